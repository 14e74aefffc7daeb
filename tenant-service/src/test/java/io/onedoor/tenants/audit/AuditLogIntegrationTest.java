package io.onedoor.tenants.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The audit log: what operators do to tenants, who and from where; and that it cannot be rewritten. */
@TenantServiceTest
class AuditLogIntegrationTest {

    private static final String PROVINCE = "360000";

    @Autowired
    OperatorApi api;

    @Autowired
    Registry registry;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowsCanNeitherBeChangedNorRemoved() {
        registry.existing("jx-nanchang", "360100", TenantLevel.CITY, PROVINCE, "ACTIVE");
        api.suspend("jx-nanchang", "检查", null);
        long id = jdbc.queryForObject(
                "select max(id) from platform.audit_event where tenant_code = 'jx-nanchang'", Long.class);

        assertThatThrownBy(
                        () -> jdbc.update("update platform.audit_event set action = 'tenant.resumed' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from platform.audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate platform.audit_event"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select action from platform.audit_event where id = ?", String.class, id))
                .isEqualTo("tenant.suspended");
    }

    @Test
    void suspensionAndResumptionRecordWhoWhenFromWhereAndTheChange() {
        registry.existing("jx-jiujiang", "360400", TenantLevel.CITY, PROVINCE, "ACTIVE");
        String operator = tokens.operator(PROVINCE);

        // Through the gateway, which names the caller in X-Forwarded-For.
        int status = RestClient.builder()
                .baseUrl(tokens.baseUrl())
                .requestFactory(new JdkClientHttpRequestFactory(Tokens.asGateway()))
                .build()
                .put()
                .uri("/api/v1/tenants/jx-jiujiang/suspension")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + operator)
                .header("X-Forwarded-For", "203.0.113.7, 10.0.0.2")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"年度检查\"}")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(200);
        assertThat(api.resume("jx-jiujiang", null).status()).isEqualTo(200);
        assertThat(api.resume("jx-jiujiang", null).status())
                .as("resuming again")
                .isEqualTo(200);

        List<JsonNode> events = tenantEvents("jx-jiujiang", operator);
        assertThat(events)
                .extracting(event -> event.path("action").asString())
                .containsExactly("tenant.resumed", "tenant.suspended");
        JsonNode suspended = events.get(1);
        assertThat(suspended.path("actor").path("clientId").asString()).isEqualTo(Tokens.operatorClientId(PROVINCE));
        assertThat(suspended.path("actor").path("roles").toString()).isEqualTo("[\"OPERATOR\"]");
        assertThat(suspended.path("from").asString()).isEqualTo("203.0.113.7");
        assertThat(suspended.path("province").asString()).isEqualTo(PROVINCE);
        assertThat(suspended.path("before").path("status").asString()).isEqualTo("ACTIVE");
        assertThat(suspended.path("after").path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("after").path("suspensionReason").asString()).isEqualTo("年度检查");
        assertThat(suspended.path("at").asString()).isNotBlank();
        assertThat(events.get(0).path("from").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void aForgedForwardedForStraightToTheServiceIsNotWhereTheAuditSaysTheCallCameFrom() {
        registry.existing("jx-pingxiang", "360300", TenantLevel.CITY, PROVINCE, "ACTIVE");
        String operator = tokens.operator(PROVINCE);

        int status = RestClient.create(tokens.baseUrl())
                .put()
                .uri("/api/v1/tenants/jx-pingxiang/suspension")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + operator)
                .header("X-Forwarded-For", "203.0.113.99")
                .header("Forwarded", "for=198.51.100.99")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"检查\"}")
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(200);
        JsonNode suspended = tenantEvents("jx-pingxiang", operator).getFirst();
        assertThat(suspended.path("action").asString()).isEqualTo("tenant.suspended");
        assertThat(suspended.path("from").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void theProvincesLogHoldsItsCentersEventsAndPagesNewestFirst() {
        for (String code : List.of("jx-ganzhou", "jx-jian", "jx-yichun")) {
            String division =
                    switch (code) {
                        case "jx-ganzhou" -> "360700";
                        case "jx-jian" -> "360800";
                        default -> "360900";
                    };
            registry.existing(code, division, TenantLevel.CITY, PROVINCE, "ACTIVE");
            api.suspend(code, "检查", null);
        }
        String operator = tokens.operator(PROVINCE);

        List<Long> ids = new ArrayList<>();
        List<String> tenants = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = people.call(
                    "GET",
                    "/api/v1/provinces/" + PROVINCE + "/audit-events?action=tenant.suspended&limit=2"
                            + (cursor == null ? "" : "&cursor=" + cursor),
                    operator,
                    null);
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(event -> {
                ids.add(event.path("id").asLong());
                tenants.add(event.path("tenant").asString());
            });
            cursor = page.body().path("nextCursor").isMissingNode()
                    ? null
                    : page.body().path("nextCursor").asString();
        } while (cursor != null);

        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(tenants).contains("jx-ganzhou", "jx-jian", "jx-yichun");
        assertThat(tenantEvents("jx-jian", operator))
                .extracting(event -> event.path("tenant").asString())
                .containsOnly("jx-jian");
        assertThat(people.call(
                                "GET",
                                "/api/v1/provinces/" + PROVINCE + "/audit-events?cursor=bm90LWEtY3Vyc29y",
                                operator,
                                null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anActionThatIsNoActionNameIsABadRequestNamingIt() {
        registry.existing("jx-xinyu", "360500", TenantLevel.CITY, PROVINCE, "ACTIVE");
        String operator = tokens.operator(PROVINCE);
        String admin = people.admin("jx-xinyu").token();

        for (String action : List.of("%00", "%F0%9F%8F%A0", "%E2%80%AEtenant.suspended")) {
            Answer tenant = people.getAsWritten("/api/v1/tenants/jx-xinyu/audit-events?action=" + action, admin);
            Answer province =
                    people.getAsWritten("/api/v1/provinces/" + PROVINCE + "/audit-events?action=" + action, operator);

            for (Answer refused : List.of(tenant, province)) {
                assertThat(refused.status())
                        .as(action + " -> " + refused.body())
                        .isEqualTo(400);
                assertThat(refused.body().path("errors").get(0).path("field").asString())
                        .isEqualTo("action");
            }
        }
    }

    private List<JsonNode> tenantEvents(String tenant, String token) {
        Answer page = people.call("GET", "/api/v1/tenants/" + tenant + "/audit-events?limit=50", token, null);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        page.body().path("items").forEach(events::add);
        return events;
    }
}
