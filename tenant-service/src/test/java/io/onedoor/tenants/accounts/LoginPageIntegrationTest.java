package io.onedoor.tenants.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The login page people reach from the console: Chinese first, English on request, nothing to run. */
@TenantServiceTest
class LoginPageIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Tokens tokens;

    @Test
    void theLoginPageSpeaksChineseUnlessTheBrowserPrefersEnglish() throws Exception {
        HttpResponse<String> chinese = get("/login", "zh-CN,zh;q=0.9,en;q=0.8");
        HttpResponse<String> english = get("/login", "en-GB,en;q=0.9,zh-CN;q=0.5");
        HttpResponse<String> unsaid = get("/login", null);

        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body())
                .contains("<html lang=\"zh-CN\">")
                .contains(">登录名</label>")
                .contains("name=\"username\"")
                .contains("type=\"password\"")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
        assertThat(english.body()).contains("<html lang=\"en\">").contains(">Sign in</button>");
        assertThat(unsaid.body()).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void aRefusedLoginIsToldWithoutSayingWhichPartWasWrongAndThePageRunsNothing() throws Exception {
        HttpResponse<String> refused = get("/login?error", "zh-CN");

        assertThat(refused.body()).contains("role=\"alert\"").contains("登录名或密码不正确，或账号已被锁定");
        assertThat(refused.body()).doesNotContain("<script");
        assertThat(refused.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(refused.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void languagePreferenceReadsTheFirstChineseOrEnglishRange() {
        assertThat(LoginPage.prefersEnglish("en-US,en;q=0.9")).isTrue();
        assertThat(LoginPage.prefersEnglish("fr-FR,en;q=0.8,zh;q=0.5")).isTrue();
        assertThat(LoginPage.prefersEnglish("zh-TW,en;q=0.8")).isFalse();
        assertThat(LoginPage.prefersEnglish("not a language list;;;")).isFalse();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(tokens.baseUrl() + path)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
