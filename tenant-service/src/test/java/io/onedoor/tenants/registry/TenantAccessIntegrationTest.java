package io.onedoor.tenants.registry;

import static io.onedoor.tenants.Onboardings.city;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.OperatorApi.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator API within the caller's province only: onboarding elsewhere is forbidden, tenants
 * elsewhere do not exist for the caller, and a list shows the caller's province alone.
 */
@TenantServiceTest
class TenantAccessIntegrationTest {

    private static final String YUNNAN = "530000";
    private static final String GUIZHOU = "520000";

    @Autowired
    OperatorApi api;

    @Autowired
    Registry registry;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void tenants() {
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = 'yn-kunming'", Integer.class) == 0) {
            registry.existing("yn-kunming", "530100", TenantLevel.CITY, YUNNAN, "ACTIVE");
            registry.existing("gz-guiyang", "520100", TenantLevel.CITY, GUIZHOU, "ACTIVE");
        }
    }

    @Test
    void anOperatorOnboardsOnlyInTheirOwnProvince() {
        Answer answer = api.operatorOf(GUIZHOU).onboard(city("yn-qujing", "530300", YUNNAN));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.fields()).containsExactly("provinceCode");
        assertThat(jdbc.queryForObject("select count(*) from platform.tenant where code = 'yn-qujing'", Integer.class))
                .isZero();
    }

    @Test
    void aTenantOfAnotherProvinceIsNotFound() {
        OperatorApi guizhou = api.operatorOf(GUIZHOU);

        for (Answer answer : List.of(
                guizhou.get("yn-kunming"),
                guizhou.suspend("yn-kunming", "不应成功", null),
                guizhou.resume("yn-kunming", null))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("https://onedoor.io/problems/tenant-not-found");
            assertThat(answer.body().toString()).doesNotContain("yn-kunming");
        }
        assertThat(api.get("yn-kunming").body().path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void aListShowsTheCallersProvinceOnly() {
        OperatorApi yunnan = api.operatorOf(YUNNAN);

        assertThat(codes(yunnan.list("limit=200"))).contains("yn-kunming").doesNotContain("gz-guiyang");
        Answer elsewhere = yunnan.list("province=" + GUIZHOU);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(codes(elsewhere)).isEmpty();
    }

    @Test
    void callersWithoutTheRoleOrScopeAreRefused() {
        String readOnly = tokens.clientCredentials(
                        Tokens.operatorClientId(YUNNAN), Tokens.OPERATOR_SECRET, "tenants:read")
                .accessToken();

        assertThat(api.as(null).get("yn-kunming").status()).isEqualTo(401);
        assertThat(api.as(readOnly).get("yn-kunming").status()).isEqualTo(200);
        assertThat(api.as(readOnly).suspend("yn-kunming", "无权", null).status()).isEqualTo(403);
        assertThat(api.as(readOnly).onboard(city("yn-yuxi", "530400", YUNNAN)).status())
                .isEqualTo(403);
    }

    private static List<String> codes(Answer page) {
        List<String> codes = new ArrayList<>();
        page.body().path("items").forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }
}
