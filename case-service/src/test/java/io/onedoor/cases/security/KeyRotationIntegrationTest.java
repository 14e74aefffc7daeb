package io.onedoor.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.text.ParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseServiceTest
class KeyRotationIntegrationTest {

    static final TestIssuer ISSUER = TestTokens.ISSUER;

    @Autowired
    CaseApi api;

    @Test
    void keyRotatedAtTheIssuerIsTrustedWithoutARestartAndTheOldKeyStaysTrusted() throws ParseException {
        TenantCode tongliao = api.onboard("rotation", "150502");
        Map<String, Object> claims = TestIssuer.integrator(tongliao.value(), "cases:read", "cases:write");
        String beforeRotation = ISSUER.token(claims);
        // The service has fetched and cached the key set by now.
        assertThat(api.as(beforeRotation).list(tongliao, "").status()).isEqualTo(200);

        ISSUER.rotate();
        String afterRotation = ISSUER.token(claims);

        assertThat(keyId(afterRotation)).isNotEqualTo(keyId(beforeRotation));
        assertThat(api.as(afterRotation)
                        .register(tongliao, Requests.machineryRent("after rotation"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as(afterRotation).list(tongliao, "").body().path("items"))
                .hasSize(1);
        // Tokens signed before the rotation stay good until they expire, as the old key stays published.
        assertThat(api.as(beforeRotation).list(tongliao, "").status()).isEqualTo(200);
    }

    private static String keyId(String token) throws ParseException {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
