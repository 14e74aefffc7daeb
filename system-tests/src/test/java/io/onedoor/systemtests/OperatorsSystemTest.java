package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.Tenant;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import io.onedoor.client.tenants.model.TenantStatus;
import io.onedoor.launcher.DemoProvince;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators as the platform meets them through the gateway: the platform administrator gives a
 * province nobody ran before an operator who is a person, that person runs it; and a provincial
 * operator sets a center's own rate limit, which the gateway applies from the next request.
 */
class OperatorsSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XINJIANG = "650000";

    private static Callers callers;
    private static GatewayCalls gateway;

    @BeforeAll
    static void platform() throws Exception {
        callers = Callers.get();
        gateway = new GatewayCalls(callers.platform().gatewayUri());
    }

    @Test
    void aXinjiangOperatorMadeByThePlatformAdministratorOnboardsQingheWhichInnerMongoliaCannotSee() throws Exception {
        HttpResponse<String> created = gateway.send(
                "POST",
                "/api/v1/provinces/" + XINJIANG + "/operators",
                callers.platformAdmin(),
                "{\"username\": \"ma.jun\", \"displayName\": \"马军\"}",
                null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode operator = JSON.readTree(created.body());
        assertThat(operator.path("login").asString()).isEqualTo("ma.jun@650000");

        String token = callers.setup()
                .tokens()
                .login("ma.jun@650000", operator.path("password").asString());
        TenantsApi xinjiang =
                new TenantsApi(DemoProvince.client(callers.platform().gatewayUri(), token));
        Tenant altay = xinjiang.onboardTenant(new TenantOnboarding()
                .code("xj-altay")
                .name("阿勒泰地区社会治安综合治理中心")
                .divisionCode("654300")
                .level(TenantLevel.CITY)
                .provinceCode(XINJIANG)
                .template("standard-city"));
        Tenant qinghe = xinjiang.onboardTenant(new TenantOnboarding()
                .code("xj-qinghe")
                .name("青河县社会治安综合治理中心")
                .divisionCode("654324")
                .level(TenantLevel.COUNTY)
                .parentCode("xj-altay")
                .provinceCode(XINJIANG)
                .template("standard-county"));

        assertThat(altay.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(qinghe.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        HttpResponse<String> fromInnerMongolia =
                gateway.send("GET", "/api/v1/tenants/xj-qinghe", callers.operatorPerson(), null, null);
        assertThat(fromInnerMongolia.statusCode()).as(fromInnerMongolia.body()).isEqualTo(404);
        assertThat(fromInnerMongolia.body()).contains("tenant-not-found").doesNotContain("xj-qinghe");
        HttpResponse<String> fromThePlatformAdministrator =
                gateway.send("GET", "/api/v1/tenants/xj-qinghe", callers.platformAdmin(), null, null);
        assertThat(fromThePlatformAdministrator.statusCode()).isEqualTo(403);
    }

    @Test
    void aLimitTheOperatorSetsRefusesTheNextRequestsOfThatCenterAloneUntilItIsRemoved() throws Exception {
        String tenant = PlatformUnderTest.LIMITED_TENANT;
        String operator = callers.operatorPerson();
        TenantsApi tenants =
                new TenantsApi(DemoProvince.client(callers.platform().gatewayUri(), operator));
        tenants.onboardTenant(new TenantOnboarding()
                .code(tenant)
                .name("科尔沁左翼中旗社会治安综合治理中心")
                .divisionCode("150521")
                .level(TenantLevel.COUNTY)
                .parentCode("nm-tongliao")
                .provinceCode(DemoProvince.PROVINCE)
                .template("standard-county"));
        String client = callers.bootstrap(PlatformUnderTest.LIMITED);
        String matters = "/api/v1/tenants/" + tenant + "/matters";
        String limit = "/api/v1/tenants/" + tenant + "/rate-limit";
        GatewayCalls.await(() -> gateway.send("GET", matters, client, null, null), 200);

        HttpResponse<String> set =
                gateway.send("PUT", limit, operator, "{\"replenishRate\": 1, \"burstCapacity\": 1}", null);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        HttpResponse<String> next = gateway.send("GET", matters, client, null, null);
        assertThat(next.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue("1");
        HttpResponse<String> refused = next;
        for (int i = 0; i < 10 && refused.statusCode() != 429; i++) {
            refused = gateway.send("GET", matters, client, null, null);
        }
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.body()).contains("rate-limited");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isGreaterThanOrEqualTo(1));
        HttpResponse<String> otherCenter =
                gateway.send("GET", "/api/v1/tenants/nm-jarud/matters", callers.hotline("nm-jarud"), null, null);
        assertThat(otherCenter.statusCode()).isEqualTo(200);
        assertThat(otherCenter.headers().firstValue("X-RateLimit-Burst-Capacity"))
                .hasValueSatisfying(
                        capacity -> assertThat(Integer.parseInt(capacity)).isGreaterThan(1));

        HttpResponse<String> removed = gateway.send(
                "DELETE",
                limit,
                operator,
                null,
                set.headers().firstValue("ETag").orElseThrow());
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(JSON.readTree(removed.body()).path("source").asString()).isEqualTo("DEFAULT");
        GatewayCalls.await(() -> gateway.send("GET", matters, client, null, null), 200);
        // The default (200 a second, 400 at once) again: requests in a row all pass, and the
        // headers show a bucket larger than the one-request limit.
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> again = gateway.send("GET", matters, client, null, null);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(again.headers().firstValue("X-RateLimit-Burst-Capacity"))
                    .hasValueSatisfying(
                            capacity -> assertThat(Integer.parseInt(capacity)).isGreaterThan(1));
        }

        HttpResponse<String> audit = gateway.send(
                "GET",
                "/api/v1/tenants/" + tenant + "/audit-events?action=tenant.rate-limit-set",
                operator,
                null,
                null);
        JsonNode event = JSON.readTree(audit.body()).path("items").path(0);
        assertThat(event.path("after").path("replenishRate").asInt()).isEqualTo(1);
        assertThat(event.path("before").path("source").asString()).isEqualTo("DEFAULT");
        assertThat(event.path("actor").path("subject").asString()).isNotBlank();
    }
}
