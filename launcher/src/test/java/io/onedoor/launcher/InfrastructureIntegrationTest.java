package io.onedoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path a laptop with only a JDK takes: real PostgreSQL and Redis started from bundled binaries. */
class InfrastructureIntegrationTest {

    @Test
    void startsRealPostgresAndRedisWhenNoneAreAvailable(@TempDir Path state) throws Exception {
        int postgresPort = freePort();
        int redisPort = freePort();
        Map<String, String> env = Map.of(
                "ONEDOOR_INFRA", "embedded",
                "ONEDOOR_EMBEDDED_POSTGRES_PORT", Integer.toString(postgresPort),
                "ONEDOOR_EMBEDDED_REDIS_PORT", Integer.toString(redisPort));
        try (Infrastructure infrastructure = Infrastructure.resolve(state, env)) {
            assertThat(infrastructure.database().origin()).startsWith("embedded PostgreSQL");
            try (var connection = DriverManager.getConnection(
                            infrastructure.database().jdbcUrl(),
                            infrastructure.database().user(),
                            "");
                    var result = connection.createStatement().executeQuery("select current_database(), version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("onedoor");
                assertThat(result.getString(2)).startsWith("PostgreSQL 18");
            }
            assertThat(infrastructure.redis().origin()).startsWith("embedded Redis");
            assertThat(Infrastructure.redisAnswers("127.0.0.1", redisPort)).isTrue();
        }
        assertThat(Infrastructure.redisAnswers("127.0.0.1", redisPort)).isFalse();
    }

    @Test
    void generatesSecretsOnceAndKeepsThem(@TempDir Path state) throws Exception {
        Secrets first = Secrets.load(state, Map.of());
        Secrets second = Secrets.load(state, Map.of());
        assertThat(first).isEqualTo(second);
        assertThat(java.util.Base64.getDecoder().decode(first.piiKey())).hasSize(32);
        assertThat(first.piiKey()).isNotEqualTo(first.cursorKey());
        assertThat(Secrets.load(state, Map.of("ONEDOOR_PII_KEY", "from-env")).piiKey())
                .isEqualTo("from-env");
    }

    @Test
    void demoIdNumbersCarryAValidCheckDigit() {
        // The worked example of GB 11643: 11010519491231002X.
        assertThat(DemoProvince.idNumber("110105", "19491231", "002")).isEqualTo("11010519491231002X");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
