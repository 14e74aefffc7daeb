package io.onedoor.tenants.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's own request limit through the operator API: only the operator of its province sets
 * it, every rule broken is named, each change is audited, and what the gateway reads in Redis
 * follows the database, a removal included.
 */
@TenantServiceTest
class TenantRateLimitIntegrationTest {

    private static final String HAINAN = "460000";
    private static final String GANSU = "620000";
    private static final String TENANT = "hi-haikou";
    private static final String PATH = "/api/v1/tenants/" + TENANT + "/rate-limit";

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RateLimitPublisher publisher;

    @BeforeEach
    void tenant() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            registry.existing(TENANT, "460100", TenantLevel.CITY, HAINAN, "ACTIVE");
            // Redis outlives the test's database: no hash of an earlier run may look newer.
            redis.delete(RateLimitStore.key(TENANT));
        }
        jdbc.update("delete from platform.tenant_rate_limit where tenant_code = ?", TENANT);
        redis.delete(RateLimitStore.key(TENANT));
    }

    @Test
    void theOperatorSetsALimitThatReachesTheGatewaysKeyAndIsAudited() {
        Answer before = call("GET", null, null);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().path("source").asString()).isEqualTo("DEFAULT");
        assertThat(before.headers().getETag()).isEqualTo("\"0\"");

        Answer set = call("PUT", Map.of("replenishRate", 5, "burstCapacity", 20), null);

        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(set.body().path("source").asString()).isEqualTo("OWN");
        assertThat(set.body().path("replenishRate").asInt()).isEqualTo(5);
        assertThat(set.body().path("burstCapacity").asInt()).isEqualTo(20);
        assertThat(set.headers().getETag()).isEqualTo("\"1\"");
        assertThat(redis.<String, String>opsForHash().entries(RateLimitStore.key(TENANT)))
                .containsEntry("replenish-rate", "5")
                .containsEntry("burst-capacity", "20")
                .containsEntry("version", "1");
        JsonNode audit = lastAudit("tenant.rate-limit-set");
        assertThat(audit.path("before").path("source").asString()).isEqualTo("DEFAULT");
        assertThat(audit.path("after").path("replenishRate").asInt()).isEqualTo(5);
        assertThat(audit.path("after").path("burstCapacity").asInt()).isEqualTo(20);
        assertThat(audit.path("actorClientId").asString()).isEqualTo(Tokens.operatorClientId(HAINAN));
        assertThat(call("GET", null, null).body().path("replenishRate").asInt()).isEqualTo(5);
    }

    @Test
    void removingTheLimitLeavesOnlyItsVersionSoTheDefaultApplies() {
        Answer set = call("PUT", Map.of("replenishRate", 5, "burstCapacity", 20), null);

        Answer removed = call("DELETE", null, set.headers().getETag());

        assertThat(removed.status()).as(removed.body().toString()).isEqualTo(200);
        assertThat(removed.body().path("source").asString()).isEqualTo("DEFAULT");
        assertThat(removed.body().has("replenishRate")).isFalse();
        assertThat(redis.<String, String>opsForHash().entries(RateLimitStore.key(TENANT)))
                .containsExactly(Map.entry("version", "2"));
        JsonNode audit = lastAudit("tenant.rate-limit-removed");
        assertThat(audit.path("before").path("replenishRate").asInt()).isEqualTo(5);
        assertThat(audit.path("after").path("source").asString()).isEqualTo("DEFAULT");
    }

    @Test
    void aChangeAfterTheFirstNeedsTheETagLastRead() {
        call("PUT", Map.of("replenishRate", 5, "burstCapacity", 20), null);

        Answer without = call("PUT", Map.of("replenishRate", 6, "burstCapacity", 20), null);
        Answer stale = call("PUT", Map.of("replenishRate", 6, "burstCapacity", 20), "\"0\"");
        Answer removeWithout = call("DELETE", null, null);

        assertThat(without.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(removeWithout.status()).isEqualTo(428);
        assertThat(call("GET", null, null).body().path("replenishRate").asInt()).isEqualTo(5);
    }

    @Test
    void everyRuleBrokenIsNamedAndNothingIsSaved() {
        Answer zero = call("PUT", Map.of("replenishRate", 0, "burstCapacity", 0), null);
        Answer smallBurst = call("PUT", Map.of("replenishRate", 50, "burstCapacity", 10), null);
        Answer huge = call("PUT", Map.of("replenishRate", 20_000, "burstCapacity", 1_000_000), null);
        Answer missing = call("PUT", Map.of("replenishRate", 5), null);
        Answer unknownField = call("PUT", Map.of("replenishRate", 5, "burstCapacity", 10, "requestedTokens", 2), null);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(fields(zero)).contains("replenishRate", "burstCapacity");
        assertThat(smallBurst.status()).isEqualTo(422);
        assertThat(fields(smallBurst)).containsExactly("burstCapacity");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(fields(huge)).contains("replenishRate", "burstCapacity");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("burstCapacity");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.tenant_rate_limit where tenant_code = ?", Integer.class, TENANT))
                .isZero();
        assertThat(redis.hasKey(RateLimitStore.key(TENANT))).isFalse();
    }

    @Test
    void anotherProvincesOperatorFindsNoSuchTenantAndTheCentersOwnPeopleAreForbidden() {
        String gansu = tokens.operator(GANSU);
        String admin = people.admin(TENANT).token();

        Answer elsewhere = people.call("PUT", PATH, gansu, Map.of("replenishRate", 1, "burstCapacity", 1));
        Answer elsewhereRead = people.call("GET", PATH, gansu, null);
        Answer own = people.call("PUT", PATH, admin, Map.of("replenishRate", 1, "burstCapacity", 1));
        Answer unknown = call("GET", "/api/v1/tenants/hi-nowhere/rate-limit", null, null);

        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhereRead.status()).isEqualTo(404);
        assertThat(own.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(call("GET", null, null).body().path("source").asString()).isEqualTo("DEFAULT");
    }

    @Test
    void theReconcilerRestoresALimitRedisLost() {
        call("PUT", Map.of("replenishRate", 7, "burstCapacity", 70), null);
        redis.delete(RateLimitStore.key(TENANT));

        publisher.reconcile();

        assertThat(redis.<String, String>opsForHash().entries(RateLimitStore.key(TENANT)))
                .containsEntry("replenish-rate", "7")
                .containsEntry("burst-capacity", "70");
    }

    @Test
    void anOlderWriteNeverReplacesANewerLimitInRedis() {
        Answer first = call("PUT", Map.of("replenishRate", 7, "burstCapacity", 70), null);
        call("DELETE", null, first.headers().getETag());
        // A writer still holding version 1 (a reconciler that read before the removal) writes late.
        redis.opsForHash().put(RateLimitStore.key(TENANT), "version", "2");
        jdbc.update(
                "update platform.tenant_rate_limit set version = 1, replenish_rate = 7, burst_capacity = 70 where tenant_code = ?",
                TENANT);

        publisher.reconcile();

        assertThat(redis.<String, String>opsForHash().entries(RateLimitStore.key(TENANT)))
                .containsExactly(Map.entry("version", "2"));
    }

    private Answer call(String method, @Nullable Object body, @Nullable String ifMatch) {
        return call(method, PATH, body, ifMatch);
    }

    private Answer call(String method, String path, @Nullable Object body, @Nullable String ifMatch) {
        return people.call(method, path, tokens.operator(HAINAN), body, ifMatch);
    }

    private JsonNode lastAudit(String action) {
        String row = jdbc.queryForObject("""
                select json_build_object('before', before_state, 'after', after_state,
                    'actorClientId', actor_client_id)::text
                from platform.audit_event where tenant_code = ? and action = ? order by id desc limit 1""", String.class, TENANT, action);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(row);
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
