package io.onedoor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi.Response;
import io.onedoor.support.tenancy.TenantCode;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second replica, started the way tenant-service's tests start case-service in-process: from
 * the main class with properties only, on the same database as the first, trusting the same
 * issuer. Every request carries a token; each replica verifies it on its own.
 */
@CaseServiceTest
class SecondReplicaIntegrationTest {

    @Autowired
    CaseApi first;

    @Autowired
    Environment environment;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void secondReplicaStartsFromPropertiesAndServesTenantsTheFirstProvisioned() {
        TenantCode hohhot = first.onboard("hohhot", "150100");
        String matter = first.register(hohhot, Requests.machineryRent("before the second"))
                .body()
                .path("id")
                .asString();

        try (ConfigurableApplicationContext replica = Replica.start(environment)) {
            CaseApi second = new CaseApi(Replica.url(replica), json, dataSource, redis);

            assertThat(second.send("GET", "/actuator/health/readiness", null, null)
                            .body()
                            .path("status")
                            .asString())
                    .isEqualTo("UP");
            Response read = second.get(hohhot, matter);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().path("parties").get(0).path("idNumber").asString())
                    .isEqualTo(Requests.ZHANG_ID);

            // Provisioned through the second, served by the first, whose cache has never heard of it.
            TenantCode guyang = second.onboard("guyang", "150222");
            String cursor = second.register(guyang, Requests.machineryRent("one"))
                    .body()
                    .path("id")
                    .asString();
            second.register(guyang, Requests.machineryRent("two"));
            assertThat(first.get(guyang, cursor).status()).isEqualTo(200);
            String next =
                    second.list(guyang, "?limit=1").body().path("nextCursor").asString();
            assertThat(first.list(guyang, "?cursor=" + next).body().path("items"))
                    .hasSize(1);
        }
    }
}
