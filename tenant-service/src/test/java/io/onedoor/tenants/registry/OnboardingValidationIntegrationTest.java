package io.onedoor.tenants.registry;

import static io.onedoor.tenants.Onboardings.city;
import static io.onedoor.tenants.Onboardings.county;
import static io.onedoor.tenants.Onboardings.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.OperatorApi.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule a new tenant must satisfy, each refused with a problem naming the field at fault,
 * and nothing registered. Divisions are from Inner Mongolia (150000) and Gansu (620000).
 */
@TenantServiceTest
class OnboardingValidationIntegrationTest {

    private static final String INNER_MONGOLIA = "150000";
    private static final String GANSU = "620000";
    private static final String UNPROCESSABLE = "https://onedoor.io/problems/invalid-onboarding";

    @Autowired
    OperatorApi api;

    @Autowired
    Registry registry;

    /** Cities the counties below may (or may not) belong to, registered directly. */
    @BeforeEach
    void cities() {
        if (api.get("nm-baotou").status() == 404) {
            registry.existing("nm-baotou", "150200", TenantLevel.CITY, INNER_MONGOLIA, "ACTIVE");
            registry.existing("nm-hohhot", "150100", TenantLevel.CITY, INNER_MONGOLIA, "ACTIVE");
            registry.existing("nm-xincheng", "150102", TenantLevel.COUNTY, INNER_MONGOLIA, "ACTIVE");
            registry.existing("gs-lanzhou", "620100", TenantLevel.CITY, GANSU, "ACTIVE");
        }
    }

    private static Map<String, Object> guyang() {
        return county("nm-guyang", "150222", "nm-baotou", INNER_MONGOLIA);
    }

    @Test
    void reservedCodeIsRefused() {
        assertRefused(with(guyang(), "code", "platform"), "code");
    }

    @Test
    void provinceMustBeAProvinceLevelDivision() {
        assertRefused(city("nm-wuhai", "150300", "990000"), "provinceCode");
    }

    @Test
    void divisionMustLieInTheProvince() {
        assertRefused(city("nm-wuhai", "620200", INNER_MONGOLIA), "divisionCode");
    }

    @Test
    void cityDivisionMustEndIn00() {
        assertRefused(city("nm-wuhai", "150302", INNER_MONGOLIA), "divisionCode");
        assertRefused(city("nm-wuhai", "150000", INNER_MONGOLIA), "divisionCode");
    }

    @Test
    void cityHasNoParent() {
        assertRefused(with(city("nm-wuhai", "150300", INNER_MONGOLIA), "parentCode", "nm-baotou"), "parentCode");
    }

    @Test
    void countyDivisionMustNotEndIn00() {
        assertRefused(with(guyang(), "divisionCode", "150200"), "divisionCode");
    }

    @Test
    void countyUnderACityNeedsItsParent() {
        assertRefused(with(guyang(), "parentCode", null), "parentCode");
    }

    @Test
    void countyAdministeredByProvinceNeedsNoParent() {
        // Only the template is wrong here: no parent is fine for a xx90xx county.
        var tianmen = with(county("hb-tianmen", "429006", "unused", "420000"), "parentCode", null);
        assertRefused(with(tianmen, "template", "standard-city"), "template");
    }

    @Test
    void parentMustBeAnExistingTenant() {
        assertRefused(with(guyang(), "parentCode", "nm-nowhere"), "parentCode");
        assertRefused(with(guyang(), "parentCode", "public"), "parentCode");
    }

    @Test
    void parentMustBeACity() {
        assertRefused(with(guyang(), "parentCode", "nm-xincheng"), "parentCode");
    }

    @Test
    void parentMustBeInTheSameProvince() {
        assertRefused(with(guyang(), "parentCode", "gs-lanzhou"), "parentCode");
    }

    @Test
    void parentMustContainTheCountysDivision() {
        assertRefused(with(guyang(), "parentCode", "nm-hohhot"), "parentCode");
    }

    @Test
    void divisionOfAnotherTenantIsConflict() {
        Answer answer = api.onboard(county("nm-xincheng-2", "150102", "nm-hohhot", INNER_MONGOLIA));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("https://onedoor.io/problems/division-code-taken");
        assertThat(answer.fields()).containsExactly("divisionCode");
        assertThat(api.get("nm-xincheng-2").status()).isEqualTo(404);
    }

    @Test
    void templateMustExist() {
        assertRefused(with(guyang(), "template", "premium-county"), "template");
    }

    @Test
    void templateMustBeForTheTenantsLevel() {
        assertRefused(with(guyang(), "template", "standard-city"), "template");
    }

    @Test
    void everyBrokenRuleIsListed() {
        var request = Map.<String, Object>of(
                "code", "admin",
                "name", "某县综治中心",
                "divisionCode", "620100",
                "level", "COUNTY",
                "parentCode", "nm-xincheng",
                "provinceCode", INNER_MONGOLIA,
                "template", "premium");

        Answer answer = api.onboard(request);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.fields())
                .containsExactlyInAnyOrder("code", "divisionCode", "divisionCode", "parentCode", "template");
        assertThat(answer.body().path("detail").asString()).isEqualTo("5 fields are invalid");
    }

    @Test
    void malformedFieldsAreBadRequestListingEach() {
        var request = with(with(with(guyang(), "code", "NM_Guyang"), "divisionCode", "15022"), "level", null);

        Answer answer = api.onboard(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("https://onedoor.io/problems/validation");
        assertThat(answer.fields()).containsExactlyInAnyOrder("code", "divisionCode", "level");
        assertThat(answer.body().toString()).doesNotContain("NM_Guyang");
    }

    @Test
    void malformedFieldsAndBrokenRulesAreListedInOneAnswer() {
        var request = with(with(guyang(), "name", "x"), "template", "premium-county");

        Answer answer = api.onboard(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactlyInAnyOrder("name", "template");
        assertThat(api.get("nm-guyang").status()).isEqualTo(404);
    }

    @Test
    void unknownFieldIsRejected() {
        Answer answer = api.onboard(with(guyang(), "placement", "shard-7"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("placement");
    }

    private void assertRefused(Map<String, Object> request, String field) {
        Answer answer = api.onboard(request);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
        assertThat(answer.problemType()).isEqualTo(UNPROCESSABLE);
        assertThat(answer.fields()).containsExactly(field);
        assertThat(answer.body().path("errors").get(0).path("message").asString())
                .isNotBlank();
        assertThat(registry.jdbc()
                        .queryForObject(
                                "select count(*) from platform.tenant where code = ?",
                                Integer.class,
                                String.valueOf(request.get("code"))))
                .isZero();
    }
}
