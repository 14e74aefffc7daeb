package io.onedoor.tenants.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.OperatorApi.Answer;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** Suspension, resumption, reading and listing of tenants by the provincial operator. */
@TenantServiceTest
class TenantAdministrationIntegrationTest {

    @Autowired
    OperatorApi api;

    @Autowired
    Registry registry;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void suspendAndResumeRepublishDirectory() {
        registry.existing("gd-shenzhen", "440300", TenantLevel.CITY, "440000", "ACTIVE");
        String etag = api.get("gd-shenzhen").etag();

        Answer suspended = api.suspend("gd-shenzhen", "年度安全检查期间暂停", etag);

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.body().path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.body().path("suspensionReason").asString()).isEqualTo("年度安全检查期间暂停");
        assertThat(suspended.etag()).isEqualTo("\"1\"");
        assertThat(directoryEntry("gd-shenzhen"))
                .isEqualTo(
                        "{\"code\":\"gd-shenzhen\",\"status\":\"SUSPENDED\",\"version\":1,\"provinceCode\":\"440000\"}");

        Answer resumed = api.resume("gd-shenzhen", suspended.etag());

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.body().has("suspensionReason")).isFalse();
        assertThat(directoryEntry("gd-shenzhen"))
                .isEqualTo(
                        "{\"code\":\"gd-shenzhen\",\"status\":\"ACTIVE\",\"version\":2,\"provinceCode\":\"440000\"}");
    }

    @Test
    void suspendingTwiceAndResumingAnActiveTenantChangeNothingMore() {
        registry.existing("gd-zhuhai", "440400", TenantLevel.CITY, "440000", "ACTIVE");
        assertThat(api.suspend("gd-zhuhai", "检查", null).status()).isEqualTo(200);

        Answer again = api.suspend("gd-zhuhai", "检查", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.etag()).isEqualTo("\"1\"");

        assertThat(api.resume("gd-zhuhai", null).etag()).isEqualTo("\"2\"");
        Answer resumedAgain = api.resume("gd-zhuhai", null);
        assertThat(resumedAgain.status()).isEqualTo(200);
        assertThat(resumedAgain.etag()).isEqualTo("\"2\"");
    }

    @Test
    void staleEtagIsPreconditionFailed() {
        registry.existing("gd-shantou", "440500", TenantLevel.CITY, "440000", "ACTIVE");
        String stale = api.get("gd-shantou").etag();
        assertThat(api.suspend("gd-shantou", "第一次", stale).status()).isEqualTo(200);

        Answer answer = api.resume("gd-shantou", stale);

        assertThat(answer.status()).isEqualTo(412);
        assertThat(answer.problemType()).isEqualTo("https://onedoor.io/problems/precondition-failed");
        assertThat(api.get("gd-shantou").body().path("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void tenantStillOnboardingCannotBeSuspended() {
        registry.existing("gd-foshan", "440600", TenantLevel.CITY, "440000", "PROVISIONING");

        Answer answer = api.suspend("gd-foshan", "不应成功", null);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("https://onedoor.io/problems/tenant-state-conflict");
        assertThat(answer.body().path("tenantStatus").asString()).isEqualTo("PROVISIONING");
        assertThat(api.resume("gd-foshan", null).status()).isEqualTo(409);
    }

    @Test
    void unknownOrReservedTenantIsNotFoundWithoutEcho() {
        for (String code : List.of("gd-nowhere", "platform", "information-schema")) {
            Answer answer = api.get(code);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("https://onedoor.io/problems/tenant-not-found");
            assertThat(answer.body().toString()).doesNotContain(code);
            assertThat(api.suspend(code, "原因", null).status()).isEqualTo(404);
        }
        // Access is decided before the request is read: a code that names no tenant of the
        // caller's province is not found, malformed or not.
        assertThat(api.get("Bad_Code").status()).isEqualTo(404);
    }

    @Test
    void listFiltersAndPaginates() {
        // Tibet (540000) is used by this test alone.
        registry.existing("xz-lhasa", "540100", TenantLevel.CITY, "540000", "ACTIVE");
        registry.existing("xz-shigatse", "540200", TenantLevel.CITY, "540000", "SUSPENDED");
        registry.existing("xz-chengguan", "540102", TenantLevel.COUNTY, "540000", "ACTIVE");
        registry.existing("xz-doilungdeqen", "540103", TenantLevel.COUNTY, "540000", "ACTIVE");
        registry.existing("xz-dagze", "540104", TenantLevel.COUNTY, "540000", "FAILED");
        registry.existing("xz-lhunzhub", "540121", TenantLevel.COUNTY, "540000", "ACTIVE");
        registry.existing("xz-nyemo", "540122", TenantLevel.COUNTY, "540000", "ACTIVE");
        registry.existing("qh-xining", "630100", TenantLevel.CITY, "630000", "ACTIVE");

        List<String> seen = new ArrayList<>();
        String query = "province=540000&level=COUNTY&status=ACTIVE&limit=2";
        Answer page = api.list(query);
        int pages = 1;
        while (true) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().path("items").size()).isLessThanOrEqualTo(2);
            page.body().path("items").forEach(item -> seen.add(item.path("code").asString()));
            JsonNode next = page.body().path("nextCursor");
            if (next.isMissingNode()) {
                break;
            }
            page = api.list(query + "&cursor=" + next.asString());
            pages++;
        }

        assertThat(seen).containsExactly("xz-chengguan", "xz-doilungdeqen", "xz-lhunzhub", "xz-nyemo");
        assertThat(pages).isEqualTo(2);
        assertThat(codes(api.list("province=540000&level=CITY"))).containsExactly("xz-lhasa", "xz-shigatse");
        assertThat(codes(api.list("province=540000&status=FAILED"))).containsExactly("xz-dagze");
        assertThat(codes(api.list("province=540000"))).hasSize(7);
        JsonNode item = api.list("province=630000").body().path("items").get(0);
        assertThat(item.path("code").asString()).isEqualTo("qh-xining");
        assertThat(item.path("provisioning").path("steps").isArray()).isTrue();
    }

    @Test
    void malformedCursorOrLimitIsBadRequestNamingIt() {
        Answer cursor = api.list("cursor=not-a-cursor");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.fields()).containsExactly("cursor");

        Answer forged = api.list("cursor=" + java.util.Base64.getUrlEncoder().encodeToString("t1:'; drop".getBytes()));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.fields()).containsExactly("cursor");

        Answer limit = api.list("limit=201");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.fields()).containsExactly("limit");
    }

    private String directoryEntry(String code) {
        return redis.opsForValue().get(TenantDirectoryEntry.key(new TenantCode(code)));
    }

    private static List<String> codes(Answer page) {
        List<String> codes = new ArrayList<>();
        page.body().path("items").forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }
}
