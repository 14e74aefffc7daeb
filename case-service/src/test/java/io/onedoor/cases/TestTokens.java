package io.onedoor.cases;

import io.onedoor.testsupport.TestIssuer;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The stand-in token issuer of this test JVM, and the service's token settings pointing at it.
 * One issuer for the JVM, so that every test context has the same settings and Spring's context
 * cache keeps serving one context.
 */
public final class TestTokens {

    public static final TestIssuer ISSUER = TestIssuer.start();

    /** case-service's own secret for service tokens, which the issuer accepts. */
    public static final String SERVICE_SECRET = "case-service-test-secret";

    static {
        ISSUER.acceptServiceClient("case-service", SERVICE_SECRET);
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ISSUER::close));
    }

    private TestTokens() {}

    /**
     * The properties that make a case-service trust {@link #ISSUER}, and it only, and obtain its
     * service token there.
     */
    public static Map<String, String> properties() {
        return Map.of(
                "onedoor.security.issuer", ISSUER.issuer(),
                "onedoor.security.jwk-set-uri", ISSUER.jwkSetUri(),
                "onedoor.security.clock-skew", "0s",
                "onedoor.service-credentials.secret", SERVICE_SECRET,
                "onedoor.service-credentials.token-uri", ISSUER.tokenUri());
    }

    /** A valid token of an integrator client of the tenant, allowed to read and register matters. */
    public static String integrator(String tenant) {
        return ISSUER.token(TestIssuer.integrator(tenant, "cases:read", "cases:write"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        DynamicPropertyRegistrar tokenIssuer() {
            return registry -> properties().forEach((name, value) -> registry.add(name, () -> value));
        }
    }
}
