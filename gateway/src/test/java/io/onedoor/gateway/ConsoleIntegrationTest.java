package io.onedoor.gateway;

import static io.onedoor.gateway.GatewayClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console comes from the gateway: its page at / and at any of its own paths (a bookmark or a
 * reload of a console page), its assets cached for a year and sent compressed, and none of it
 * opening a way around the API's checks.
 */
@GatewayTest
class ConsoleIntegrationTest {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    int port;

    @Test
    void theConsolesPageIsServedAtTheRootAndAtEveryConsolePathWithoutBeingCached() throws Exception {
        for (String path : new String[] {"/", "/console/", "/console/matters/ledger?status=REGISTERED"}) {
            HttpResponse<byte[]> page = get(path, "identity");

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(new String(page.body(), StandardCharsets.UTF_8))
                    .contains("<div id=\"root\"></div>")
                    .contains("/assets/");
        }
    }

    @Test
    void thePageForbidsFramingAndForeignScripts() throws Exception {
        HttpResponse<byte[]> page = get("/console/", "identity");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'")
                .contains("connect-src 'self'")
                .contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void thePageAndItsScriptsAreSentCompressedAsTheBrowserAccepts() throws Exception {
        HttpResponse<byte[]> plain = get("/console/", "identity");
        HttpResponse<byte[]> gzip = get("/console/", "gzip");
        HttpResponse<byte[]> brotli = get("/console/", "gzip, deflate, br");

        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));

        String script = mainScript(new String(plain.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> raw = get(script, "identity");
        HttpResponse<byte[]> zipped = get(script, "gzip");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(raw.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(raw.body().length / 2);
        assertThat(gunzip(zipped.body())).isEqualTo(raw.body());
    }

    @Test
    void nothingOutsideTheConsoleAndTheApiIsServed() throws Exception {
        GatewayClient gateway = new GatewayClient(port);

        // The API still needs a token, and an unknown path is still the gateway's 404 problem.
        assertProblem(gateway.get("/api/v1/tenants/xj-altay/matters"), 401, "unauthenticated");
        assertThat(get("/assets/no-such-file.js", "identity").statusCode()).isEqualTo(404);
        assertThat(get("/assets/../index.html", "identity").statusCode()).isNotEqualTo(200);
        assertThat(get("/index.html", "identity").statusCode()).isEqualTo(404);
    }

    /** The entry script the page names, e.g. {@code /assets/index-B9Ti4TRr.js}. */
    private static String mainScript(String page) {
        Matcher script = Pattern.compile("src=\"(/assets/index-[\\w-]+\\.js)\"").matcher(page);
        assertThat(script.find())
                .as("the page names its entry script: %s", page)
                .isTrue();
        return script.group(1);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Encoding", acceptEncoding)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
