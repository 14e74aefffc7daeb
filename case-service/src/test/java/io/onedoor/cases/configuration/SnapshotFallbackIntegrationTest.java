package io.onedoor.cases.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.StandInTenantService;
import io.onedoor.cases.TestTokens;
import io.onedoor.cases.security.ServiceCredentialsProperties;
import io.onedoor.cases.security.ServiceTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Redis unreachable, snapshots come from tenant-service (here its stand-in, a real HTTP
 * server); with tenant-service unreachable too, intake gets a 503, never a guess.
 */
class SnapshotFallbackIntegrationTest {

    static final StandInTenantService TENANT_SERVICE = StandInTenantService.INSTANCE;

    final LettuceConnectionFactory deadRedis = unreachableRedis();

    @AfterEach
    void closeRedis() {
        deadRedis.destroy();
    }

    @Test
    void redisUnreachableFallsBackToTenantService() {
        TenantCode aksu = CaseApi.newTenantCode("fallback-aksu");
        TENANT_SERVICE.serve(CaseApi.centerOf(aksu, "652901").version(4));
        ConfigurationSnapshots snapshots = snapshots(URI.create(TENANT_SERVICE.url()));

        CenterConfiguration configuration = snapshots.of(aksu);

        assertThat(configuration.tenant()).isEqualTo(aksu);
        assertThat(configuration.version()).isEqualTo(4);
        assertThat(configuration.standardPath("labor.wage-arrears")).isPresent();
        assertThat(TENANT_SERVICE.requestsFor(aksu)).isEqualTo(1);
        // Kept locally: the next request asks no one.
        snapshots.of(aksu);
        assertThat(TENANT_SERVICE.requestsFor(aksu)).isEqualTo(1);
    }

    @Test
    void redisAndTenantServiceBothUnreachableIsAServiceUnavailableProblem() throws IOException {
        TenantCode atushi = CaseApi.newTenantCode("fallback-atushi");
        ConfigurationSnapshots snapshots = snapshots(URI.create("http://127.0.0.1:" + closedPort()));

        assertThatThrownBy(() -> snapshots.of(atushi)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(503);
            assertThat(problem.getBody().getType().toString()).endsWith("/configuration-unavailable");
        });
    }

    @Test
    void tenantServiceFailingWithRedisUnreachableIsAServiceUnavailableProblemUntilItRecovers() {
        TenantCode bole = CaseApi.newTenantCode("fallback-bole");
        TENANT_SERVICE.serve(CaseApi.centerOf(bole, "652701"));
        ConfigurationSnapshots snapshots = snapshots(URI.create(TENANT_SERVICE.url()));

        TENANT_SERVICE.failing(true);
        try {
            assertThatThrownBy(() -> snapshots.of(bole)).isInstanceOf(ProblemException.class);
        } finally {
            TENANT_SERVICE.failing(false);
        }
        // A failure is not remembered: the next request asks again and is served.
        assertThat(snapshots.of(bole).tenant()).isEqualTo(bole);
    }

    @Test
    void aWrongServiceSecretGetsNoSnapshotAndTheAnswerIsServiceUnavailable() {
        TenantCode hotan = CaseApi.newTenantCode("fallback-hotan");
        TENANT_SERVICE.serve(CaseApi.centerOf(hotan, "653201"));
        ConfigurationSnapshots snapshots =
                snapshots(URI.create(TENANT_SERVICE.url()), "not-case-service-s-secret-at-all");

        assertThatThrownBy(() -> snapshots.of(hotan)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(503);
            assertThat(problem.getBody().getType().toString()).endsWith("/configuration-unavailable");
        });
        // Refused at the token endpoint: nothing was asked without a token.
        assertThat(TENANT_SERVICE.requestsFor(hotan)).isZero();
    }

    private ConfigurationSnapshots snapshots(URI tenantServiceUrl) {
        return snapshots(tenantServiceUrl, TestTokens.SERVICE_SECRET);
    }

    private ConfigurationSnapshots snapshots(URI tenantServiceUrl, String serviceSecret) {
        var redis = new StringRedisTemplate(deadRedis);
        var tenantService = new TenantServiceProperties(tenantServiceUrl, Duration.ofSeconds(1), Duration.ofSeconds(2));
        var credentials = new ServiceCredentialsProperties(
                "case-service", serviceSecret, URI.create(TestTokens.ISSUER.tokenUri()));
        return new ConfigurationSnapshots(
                new SnapshotProperties(Duration.ofSeconds(60), 100),
                new RedisSnapshots(redis),
                new TenantServiceSnapshots(
                        tenantService,
                        new ServiceTokens(credentials, tenantServiceUrl, tenantService.connectTimeout())),
                new SnapshotJson(JsonMapper.builder().build()));
    }

    private static LettuceConnectionFactory unreachableRedis() {
        try {
            var factory = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", closedPort()),
                    LettuceClientConfiguration.builder()
                            .commandTimeout(Duration.ofMillis(500))
                            .build());
            factory.afterPropertiesSet();
            factory.start();
            return factory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A local port nothing listens on (taken and released at once). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
