package io.onedoor.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class BearerTokenUnitTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";

    @Test
    void noHeaderIsMissingNotInvalid() {
        assertThat(BearerToken.from(new HttpHeaders())).isInstanceOf(BearerToken.Missing.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "bearer ", "BEARER "})
    void theSchemeIsCaseInsensitive(String scheme) {
        assertThat(BearerToken.from(headers(scheme + JWT))).isEqualTo(new BearerToken.Offered(JWT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Bearer",
                "Bearer ",
                "Basic dXNlcjpwYXNz",
                "Bearer  " + JWT,
                "Bearer " + JWT + " ",
                "Bearer " + JWT + "," + JWT,
                "Bearer " + JWT + "\t",
                "Bearer tok\u00e9n"
            })
    void anythingButOneBearerTokenIsUnusable(String value) {
        assertThat(BearerToken.from(headers(value))).isInstanceOf(BearerToken.Unusable.class);
    }

    @Test
    void twoHeadersAreUnusableEvenIfEqual() {
        HttpHeaders headers = headers("Bearer " + JWT);
        headers.add(HttpHeaders.AUTHORIZATION, "Bearer " + JWT);

        assertThat(BearerToken.from(headers)).isInstanceOf(BearerToken.Unusable.class);
    }

    @Test
    void aHeaderOver8KbIsUnusableUnread() {
        String atLimit = "Bearer " + "a".repeat(BearerToken.MAX_HEADER_LENGTH - "Bearer ".length());

        assertThat(BearerToken.from(headers(atLimit))).isInstanceOf(BearerToken.Offered.class);
        assertThat(BearerToken.from(headers(atLimit + "a"))).isInstanceOf(BearerToken.Unusable.class);
    }

    @Test
    void anOfferedTokenNeverShowsInItsDescription() {
        assertThat(new BearerToken.Offered(JWT).toString()).doesNotContain(JWT).doesNotContain("eyJ");
    }

    private static HttpHeaders headers(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.AUTHORIZATION, authorization);
        return headers;
    }
}
