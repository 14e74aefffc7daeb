package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.client.cases.MattersApi;
import io.onedoor.client.cases.model.Channel;
import io.onedoor.client.cases.model.Matter;
import io.onedoor.client.cases.model.MatterRegistration;
import io.onedoor.client.cases.model.MatterSummary;
import io.onedoor.client.cases.model.PartyInput;
import io.onedoor.client.cases.model.PartyKind;
import io.onedoor.client.cases.model.PartyRole;
import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.ProvisioningStep;
import io.onedoor.client.tenants.model.Suspension;
import io.onedoor.client.tenants.model.Tenant;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import io.onedoor.client.tenants.model.TenantStatus;
import io.onedoor.launcher.DemoProvince;
import io.onedoor.launcher.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform end to end, as an operator and an integrator meet it: every call goes through the
 * gateway to services running as separate processes on real PostgreSQL and Redis.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSystemTest {

    private static final HttpClient HTTP = CheckedHttpClient.create();
    private static Platform platform;
    private static Callers callers;
    private static TenantsApi tenants;

    @BeforeAll
    static void startPlatform() throws Exception {
        callers = Callers.get();
        platform = callers.platform();
        tenants = new TenantsApi(CheckedHttpClient.sdk(platform.gatewayUri(), callers.operator()));
    }

    /** The case API as a center's 12345 hotline client. */
    private static MattersApi matters(String tenant) throws Exception {
        return new MattersApi(CheckedHttpClient.sdk(platform.gatewayUri(), callers.hotline(tenant)));
    }

    private static MattersApi mattersAs(String token) {
        return new MattersApi(CheckedHttpClient.sdk(platform.gatewayUri(), token));
    }

    @Test
    @Order(1)
    void demoProvinceIsOnboardedWithEveryStepTimedAndBothServicesMigrated() throws Exception {
        List<Tenant> province =
                tenants.listTenants(DemoProvince.PROVINCE, null, null, 50, null).getItems();
        assertThat(province).extracting(Tenant::getCode).containsExactly("nm-horqin", "nm-jarud", "nm-tongliao");
        assertThat(province).allSatisfy(tenant -> assertThat(tenant.getStatus()).isEqualTo(TenantStatus.ACTIVE));

        Tenant jarud = tenants.getTenant("nm-jarud");
        assertThat(jarud.getParentCode()).isEqualTo("nm-tongliao");
        assertThat(jarud.getSchemaVersions()).containsKeys("tenant-service", "case-service");
        assertThat(jarud.getProvisioning().getSteps())
                .extracting(ProvisioningStep::getName)
                .containsExactly(
                        ProvisioningStep.NameEnum.REGISTER,
                        ProvisioningStep.NameEnum.CREATE_SCHEMA,
                        ProvisioningStep.NameEnum.MIGRATE_TENANT_SERVICE,
                        ProvisioningStep.NameEnum.MIGRATE_CASE_SERVICE,
                        ProvisioningStep.NameEnum.SEED_CONFIGURATION,
                        ProvisioningStep.NameEnum.ACTIVATE);
        assertThat(jarud.getProvisioning().getSteps()).allSatisfy(step -> {
            assertThat(step.getStatus()).isEqualTo(ProvisioningStep.StatusEnum.DONE);
            assertThat(step.getDurationMs()).isNotNull().isGreaterThanOrEqualTo(0L);
        });
    }

    @Test
    @Order(2)
    void onboardingTheSameCenterAgainChangesNothing() throws Exception {
        var again = tenants.onboardTenantWithHttpInfo(countyOnboarding("nm-jarud", "扎鲁特旗社会治安综合治理中心", "150526"));
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getData().getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenants.listTenants(DemoProvince.PROVINCE, null, null, 50, null)
                        .getItems())
                .hasSize(3);
    }

    @Test
    @Order(3)
    void aMatterOfOneCenterCannotBeSeenThroughAnother() throws Exception {
        Matter wages = matters("nm-jarud").registerMatter("nm-jarud", wageArrears("nm-jarud", "jarud-isolation"), null);
        assertThat(wages.getCode()).startsWith("150526-");

        assertThat(matters("nm-jarud").getMatter("nm-jarud", wages.getId()).getDescription())
                .contains("jarud-isolation");
        HttpResponse<String> throughHorqin =
                get("/api/v1/tenants/nm-horqin/matters/" + wages.getId(), callers.hotline("nm-horqin"));
        assertThat(throughHorqin.statusCode()).isEqualTo(404);
        assertThat(throughHorqin.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throughHorqin.body()).doesNotContain("jarud-isolation").doesNotContain("150526");
        assertThat(matters("nm-horqin")
                        .listMatters("nm-horqin", null, 200, null, null, null, null, null, null, null, null, null, null)
                        .getItems())
                .extracting(MatterSummary::getId)
                .doesNotContain(wages.getId());
        assertThat(matters("nm-jarud")
                        .listMatters("nm-jarud", null, 200, null, null, null, null, null, null, null, null, null, null)
                        .getItems())
                .extracting(MatterSummary::getId)
                .contains(wages.getId());
    }

    @Test
    @Order(4)
    void personalDataIsWholeOnTheMatterAndMaskedInTheLedger() throws Exception {
        Matter matter = matters("nm-horqin").registerMatter("nm-horqin", wageArrears("nm-horqin", "masking"), null);
        assertThat(matter.getParties().getFirst().getIdNumber()).isEqualTo("150502197908210468");
        assertThat(matter.getParties().getFirst().getPhone()).isEqualTo("13904751234");
        MatterSummary listed = matters("nm-horqin")
                .listMatters("nm-horqin", null, 200, null, null, null, null, null, null, null, null, null, null)
                .getItems()
                .stream()
                .filter(m -> m.getId().equals(matter.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.getParties().getFirst().getIdNumber())
                .startsWith("1505")
                .endsWith("0468")
                .contains("*")
                .doesNotContain("19790821");
        assertThat(listed.getParties().getFirst().getPhone()).isEqualTo("139****1234");
    }

    @Test
    @Order(5)
    void aNewCenterIsRoutableWithinASecondOfBecomingActive() throws Exception {
        String kailuToken = callers.bootstrap(PlatformUnderTest.KAILU);
        assertThat(get("/api/v1/tenants/nm-kailu/matters", kailuToken).statusCode())
                .isEqualTo(404);
        Tenant kailu = tenants.onboardTenant(countyOnboarding("nm-kailu", "开鲁县社会治安综合治理中心", "150523"));
        assertThat(kailu.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int status;
        do {
            status = get("/api/v1/tenants/nm-kailu/matters", kailuToken).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }

    @Test
    @Order(6)
    void aSuspendedCenterIsRefusedAtTheGatewayAndServedAgainOnResume() throws Exception {
        tenants.onboardTenant(countyOnboarding("nm-naiman", "奈曼旗社会治安综合治理中心", "150525"));
        String naiman = callers.bootstrap(PlatformUnderTest.NAIMAN);
        Matter before = mattersAs(naiman).registerMatter("nm-naiman", wageArrears("nm-naiman", "naiman"), null);

        tenants.suspendTenant("nm-naiman", new Suspension().reason("系统迁移，暂停服务"), null);
        HttpResponse<String> refused = awaitStatus("/api/v1/tenants/nm-naiman/matters/" + before.getId(), naiman, 403);
        assertThat(refused.body()).contains("tenant-suspended").doesNotContain("naiman\"");
        assertThat(tenants.getTenant("nm-naiman").getStatus()).isEqualTo(TenantStatus.SUSPENDED);

        tenants.resumeTenant("nm-naiman", null);
        awaitStatus("/api/v1/tenants/nm-naiman/matters/" + before.getId(), naiman, 200);
        assertThat(mattersAs(naiman).getMatter("nm-naiman", before.getId()).getDescription())
                .contains("naiman");
    }

    @Test
    @Order(7)
    void unknownCentersForgedHeadersAndInternalPathsGetProblemsNotData() throws Exception {
        String horqin = callers.hotline("nm-horqin");
        HttpResponse<String> unknown = get("/api/v1/tenants/nm-nowhere/matters", horqin);
        assertThat(unknown.statusCode()).isIn(403, 404);
        assertThat(unknown.body()).contains("https://onedoor.io/problems/");

        assertThat(get("/api/v1/tenants/NM-HORQIN/matters", horqin).statusCode())
                .isEqualTo(404);
        assertThat(get("/internal/v1/tenant-directory/nm-jarud", horqin).statusCode())
                .isEqualTo(404);

        HttpResponse<String> forged = HTTP.send(
                HttpRequest.newBuilder(platform.gatewayUri().resolve("/api/v1/tenants/nm-horqin/matters"))
                        .header("Authorization", "Bearer " + horqin)
                        .header("X-Request-Id", "forged-request-id-123")
                        .header("X-Onedoor-Tenant", "nm-jarud")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo("forged-request-id-123"));
        assertThat(forged.body()).doesNotContain("jarud-isolation");
    }

    @Test
    @Order(8)
    void badInputIsAProblemNamingEveryFieldAndWritesNothing() throws Exception {
        int before = matters("nm-tongliao")
                .listMatters("nm-tongliao", null, 200, null, null, null, null, null, null, null, null, null, null)
                .getItems()
                .size();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(platform.gatewayUri().resolve("/api/v1/tenants/nm-tongliao/matters"))
                        .header("Authorization", "Bearer " + callers.hotline("nm-tongliao"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"channel":"WALK_IN","categoryCode":"labor.wage-arrears","description":"短",
                                 "amountFen":-5,"orgUnitCode":"150500",
                                 "parties":[{"kind":"PERSON","role":"APPLICANT","name":"张某","idNumber":"150500198001010000"}]}
                                """))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("description").contains("amountFen");
        assertThat(matters("nm-tongliao")
                        .listMatters(
                                "nm-tongliao", null, 200, null, null, null, null, null, null, null, null, null, null)
                        .getItems())
                .hasSize(before);
    }

    @Test
    @Order(9)
    void aCenterOverItsRateLimitIsToldWhenToRetry() throws Exception {
        tenants.onboardTenant(countyOnboarding(PlatformUnderTest.THROTTLED_TENANT, "库伦旗社会治安综合治理中心", "150524"));
        String throttled = callers.bootstrap(PlatformUnderTest.THROTTLED);
        HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = get("/api/v1/tenants/" + PlatformUnderTest.THROTTLED_TENANT + "/matters", throttled);
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isGreaterThanOrEqualTo(1));
        assertThat(last.body()).contains("rate-limited");
        assertThat(get("/api/v1/tenants/nm-jarud/matters", callers.hotline("nm-jarud"))
                        .statusCode())
                .isEqualTo(200);
    }

    private static TenantOnboarding countyOnboarding(String code, String name, String division) {
        return new TenantOnboarding()
                .code(code)
                .name(name)
                .divisionCode(division)
                .level(TenantLevel.COUNTY)
                .parentCode("nm-tongliao")
                .provinceCode(DemoProvince.PROVINCE)
                .template("standard-county");
    }

    /** Wage arrears registered at the center's own unit (coded with its division). */
    private static MatterRegistration wageArrears(String tenant, String marker) throws Exception {
        return new MatterRegistration()
                .channel(Channel.WALK_IN)
                .categoryCode("labor.wage-arrears")
                .description("工资拖欠，标记 " + marker)
                .amountFen(4_160_000L)
                .orgUnitCode(tenants.getTenant(tenant).getDivisionCode())
                .parties(List.of(new PartyInput()
                        .kind(PartyKind.PERSON)
                        .role(PartyRole.APPLICANT)
                        .name("王某")
                        .idNumber("150502197908210468")
                        .phone("13904751234")));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(platform.gatewayUri().resolve(URI.create(path)))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> awaitStatus(String path, String token, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        HttpResponse<String> response;
        do {
            response = get(path, token);
        } while (response.statusCode() != status && System.nanoTime() < deadline);
        assertThat(response.statusCode()).as("status of %s within 1 s", path).isEqualTo(status);
        return response;
    }
}
