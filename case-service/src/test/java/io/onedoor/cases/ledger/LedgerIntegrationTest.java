package io.onedoor.cases.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.support.tenancy.TenantCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseServiceTest
class LedgerIntegrationTest {

    @Autowired
    CaseApi api;

    @Test
    void pagingVisitsEveryMatterOnceNewestFirst() {
        TenantCode tongliao = api.onboard("tongliao", "150500");
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            registered.add(api.register(tongliao, Requests.machineryRent("m" + i))
                    .body()
                    .path("id")
                    .asString());
        }

        List<String> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.list(tongliao, "?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            pageSizes.add(page.body().path("items").size());
            page.body().path("items").forEach(item -> {
                seen.add(item.path("id").asString());
                times.add(Instant.parse(item.path("registeredAt").asString()));
            });
            cursor = page.body().path("nextCursor").asString(null);
            if (pageSizes.size() == 1) {
                // A matter registered meanwhile is newer than the cursor: it neither repeats nor hides a row.
                api.register(tongliao, Requests.machineryRent("meanwhile"));
            }
        } while (cursor != null);

        assertThat(pageSizes).containsExactly(5, 5, 2);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(registered.reversed());
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void orgUnitFilterShowsThatUnitsMattersOnly() {
        TenantCode hohhot = api.onboard("hohhot", "150100", "150102", "150103", "150102001");
        for (String unit : List.of("150102", "150103", "150102", "150102001")) {
            Map<String, Object> body = Requests.machineryRent(unit);
            body.put("orgUnitCode", unit);
            api.register(hohhot, body);
        }

        Response page = api.list(hohhot, "?orgUnit=150102&limit=1");
        assertThat(page.body().path("items")).hasSize(1);
        Response rest = api.list(
                hohhot,
                "?orgUnit=150102&cursor=" + page.body().path("nextCursor").asString());

        assertThat(rest.body().path("items")).hasSize(1);
        assertThat(rest.body().has("nextCursor")).isFalse();
        assertThat(List.of(page, rest)).allSatisfy(p -> assertThat(
                        p.body().path("items").get(0).path("orgUnitCode").asString())
                .isEqualTo("150102"));
        assertThat(api.list(hohhot, "?orgUnit=bad%20unit").status()).isEqualTo(400);
    }

    @Test
    void alteredOrMalformedCursorIsRefusedNamingIt() {
        TenantCode moyu = api.onboard("moyu", "653222");
        api.register(moyu, Requests.machineryRent("one"));
        api.register(moyu, Requests.machineryRent("two"));
        String cursor = api.list(moyu, "?limit=1").body().path("nextCursor").asString();
        String content = cursor.substring(0, cursor.indexOf('.'));
        String signature = cursor.substring(cursor.indexOf('.') + 1);
        String forged = new String(Base64.getUrlDecoder().decode(content), java.nio.charset.StandardCharsets.US_ASCII)
                .replaceFirst("\\|\\d", "|9");

        List<String> bad = List.of(
                Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "." + signature,
                content + "." + signature.substring(1),
                content,
                "not-a-cursor",
                "...",
                "x".repeat(301));
        for (String each : bad) {
            Response refused = api.list(moyu, "?cursor=" + each);
            assertThat(refused.status()).as(each).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString())
                    .as(each)
                    .isEqualTo("cursor");
        }
        Response undecodable = api.list(moyu, "?cursor=%FF%FE");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.problemType()).endsWith("/validation");
        assertThat(api.list(moyu, "?cursor=" + cursor).body().path("items")).hasSize(1);
    }

    @Test
    void pageSizeOutsideOneToTwoHundredIsRefused() {
        TenantCode qinghe = api.onboard("qinghe", "654324");

        for (String limit : List.of("0", "201", "-5", "many")) {
            Response refused = api.list(qinghe, "?limit=" + limit);
            assertThat(refused.status()).as(limit).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString())
                    .isEqualTo("limit");
        }
        assertThat(api.list(qinghe, "?limit=200").status()).isEqualTo(200);
    }
}
