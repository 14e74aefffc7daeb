package io.onedoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi.Response;
import io.onedoor.support.tenancy.TenantCode;
import java.io.IOException;
import java.net.ServerSocket;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A replica whose Redis does not answer starts, and registers matters on the configuration it
 * asks tenant-service for (here the JVM's stand-in).
 */
@CaseServiceTest
class RedisOutageIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    Environment environment;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void replicaWithoutRedisRegistersOnTheSnapshotTenantServiceGives() throws IOException {
        TenantCode aksu = api.onboard("outage-aksu", "652901");
        StandInTenantService.INSTANCE.serve(CaseApi.centerOf(aksu, "652901").version(2));

        try (ConfigurableApplicationContext replica = Replica.start(
                environment,
                "spring.data.redis.port=" + closedPort(),
                "onedoor.services.tenant-service-url=" + StandInTenantService.INSTANCE.url())) {
            CaseApi withoutRedis = new CaseApi(Replica.url(replica), json, dataSource, redis);

            Response registered = withoutRedis.register(aksu, Requests.machineryRent("while Redis is down"));

            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            assertThat(registered.body().path("leadDepartment").asString()).isEqualTo("hrss");
            assertThat(StandInTenantService.INSTANCE.requestsFor(aksu)).isPositive();
        }
    }

    /** A local port nothing listens on (taken and released at once). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
