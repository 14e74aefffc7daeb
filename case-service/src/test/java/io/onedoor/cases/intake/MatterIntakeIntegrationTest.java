package io.onedoor.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantSchemaMigrator;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@CaseServiceTest
class MatterIntakeIntegrationTest {

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantSchemaMigrator migrator;

    @Test
    void registeredMatterIsNumberedByDivisionAndYearAndReadBackInFull() {
        TenantCode altay = api.onboard("altay", "654301");
        String year = String.valueOf(Year.now(ZoneId.of("Asia/Shanghai")).getValue());

        Response first = api.register(altay, Requests.machineryRent("first"));
        Response second = api.register(altay, Requests.machineryRent("second"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("code").asString()).isEqualTo("654301-" + year + "-000001");
        assertThat(second.body().path("code").asString()).isEqualTo("654301-" + year + "-000002");
        JsonNode matter = first.body();
        assertThat(matter.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(matter.path("tenant").asString()).isEqualTo(altay.value());
        assertThat(matter.path("amountFen").asLong()).isEqualTo(4_160_000L);
        assertThat(matter.path("occurredOn").asString()).isEqualTo("2026-08-25");
        assertThat(matter.path("registeredAt").asString()).endsWith("Z");
        assertThat(matter.path("parties")).hasSize(2);
        assertThat(first.headers().getLocation())
                .hasPath("/api/v1/tenants/" + altay.value() + "/matters/"
                        + matter.path("id").asString());
        assertThat(first.headers().getETag()).isEqualTo("\"0\"");

        Response read = api.get(altay, matter.path("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(matter);
        assertThat(read.headers().getETag()).isEqualTo("\"0\"");
    }

    @Test
    void matterWithoutAnyOptionalValueReadsBackAsItWasAnswered() {
        TenantCode burqin = api.onboard("burqin", "654321");
        Map<String, Object> body = Requests.machineryRent("bare");
        body.remove("amountFen");
        body.remove("place");
        body.remove("occurredOn");
        body.put(
                "parties",
                List.of(Requests.organization("APPLICANT", "某合作社"), Requests.organization("RESPONDENT", "某公司")));

        Response registered = api.register(burqin, body);
        assertThat(registered.status()).isEqualTo(201);
        JsonNode matter = registered.body();
        assertThat(matter.has("amountFen")).isFalse();
        assertThat(matter.has("place")).isFalse();
        assertThat(matter.has("occurredOn")).isFalse();
        assertThat(matter.path("parties").get(1).has("idNumber")).isFalse();

        Response read = api.get(burqin, matter.path("id").asString());
        assertThat(read.body()).isEqualTo(matter);
        assertThat(jdbc.queryForList(
                        "select ordinal, name from " + burqin.quotedSchemaName() + ".matter_party order by ordinal"))
                .extracting(row -> row.get("ordinal") + " " + row.get("name"))
                .containsExactly("0 某合作社", "1 某公司");
    }

    @Test
    void invalidRegistrationNamesEveryFieldAtFaultAndWritesNothing() {
        TenantCode atushi = api.onboard("atushi", "653001");

        Map<String, Object> body = Requests.machineryRent("bad");
        body.remove("description");
        body.put("amountFen", -1);
        body.put("categoryCode", "Labor Wages");
        Requests.party(body, 0).put("idNumber", "654301198001011231"); // wrong check digit
        Requests.party(body, 0).put("phone", "12345");
        Requests.party(body, 1).remove("name");
        Response invalid = api.register(atushi, body);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemType()).endsWith("/validation");
        assertThat(fields(invalid))
                .containsExactlyInAnyOrder(
                        "description",
                        "amountFen",
                        "categoryCode",
                        "parties[0].idNumber",
                        "parties[0].phone",
                        "parties[1].name");
        assertThat(invalid.text()).doesNotContain("654301198001011231");

        // The check digit alone, as the domain finds it after bean validation passes.
        Map<String, Object> badChecksum = Requests.machineryRent("checksum");
        badChecksum.put(
                "parties",
                List.of(
                        Requests.person("APPLICANT", "白某", Requests.BAI_ID, "13900001111"),
                        Requests.person("RESPONDENT", "徐某", "654301199002150027", "0991-2345678")));
        Response checksum = api.register(atushi, badChecksum);
        assertThat(checksum.status()).isEqualTo(400);
        assertThat(fields(checksum)).containsExactly("parties[1].idNumber");

        Map<String, Object> unknown = Requests.machineryRent("unknown");
        unknown.put("priority", "HIGH");
        assertThat(fields(api.register(atushi, unknown))).containsExactly("priority");

        Map<String, Object> badEnum = Requests.machineryRent("enum");
        badEnum.put("channel", "CARRIER_PIGEON");
        assertThat(fields(api.register(atushi, badEnum))).containsExactly("channel");

        Map<String, Object> badKind = Requests.machineryRent("kind");
        Requests.party(badKind, 1).put("kind", "ROBOT");
        assertThat(fields(api.register(atushi, badKind))).containsExactly("parties[1].kind");

        Map<String, Object> noParties = Requests.machineryRent("none");
        noParties.put("parties", List.of());
        assertThat(fields(api.register(atushi, noParties))).containsExactly("parties");

        assertThat(api.send("POST", "/api/v1/tenants/" + atushi.value() + "/matters", "{not json", null)
                        .status())
                .isEqualTo(400);
        assertThat(api.list(atushi, "").body().path("items")).isEmpty();
    }

    @Test
    void registrationWithFaultsInEveryLayerListsThemAllInOneAnswer() {
        TenantCode artux = api.onboard("artux", "653001");

        Map<String, Object> body = Requests.machineryRent("five");
        body.put("channel", "CARRIER_PIGEON"); // not a channel: the JSON reader's layer
        body.put("amountFen", "a lot"); // not a number: the JSON reader's layer
        body.put("occurredOn", "yesterday"); // not a date: the JSON reader's layer
        body.put("categoryCode", "labor.no-such-category"); // not in the center's configuration
        Requests.party(body, 0).put("idNumber", "654301198001011231"); // wrong check digit
        Requests.party(body, 0).put("phone", "12345"); // bean validation
        Requests.party(body, 1).remove("name"); // bean validation
        List<Object> parties = new ArrayList<>((List<?>) body.get("parties"));
        parties.add(null);
        body.put("parties", parties);
        Response invalid = api.register(artux, body);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemType()).endsWith("/validation");
        assertThat(fields(invalid))
                .containsExactlyInAnyOrder(
                        "channel",
                        "amountFen",
                        "occurredOn",
                        "categoryCode",
                        "parties[0].idNumber",
                        "parties[0].phone",
                        "parties[1].name",
                        "parties[2]");
        assertThat(invalid.text()).contains("WALK_IN").doesNotContain("654301198001011231");

        // Well-formed but unknown to the center: both codes in one 422.
        Map<String, Object> foreign = Requests.machineryRent("foreign");
        foreign.put("categoryCode", "labor.no-such-category");
        foreign.put("orgUnitCode", "999999");
        Response refused = api.register(artux, foreign);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("categoryCode", "orgUnitCode");

        // A check digit the domain refuses and a code the center lacks: one 400 with both.
        Map<String, Object> mixed = Requests.machineryRent("mixed");
        mixed.put("orgUnitCode", "999999");
        Requests.party(mixed, 0).put("idNumber", "654301198001011231");
        Response both = api.register(artux, mixed);
        assertThat(both.status()).isEqualTo(400);
        assertThat(fields(both)).containsExactlyInAnyOrder("orgUnitCode", "parties[0].idNumber");
        assertThat(api.list(artux, "").body().path("items")).isEmpty();
    }

    @Test
    void sameKeyAndSameRequestReplaysTheOriginalMatter() {
        TenantCode karamay = api.onboard("karamay", "650203");
        Map<String, Object> body = Requests.machineryRent("wages of Liu");

        Response first = api.register(karamay, body, "intake-0001-liu");
        Response again = api.register(karamay, body, "intake-0001-liu");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.list(karamay, "").body().path("items")).hasSize(1);
        assertThat(count(karamay, "matter")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherRequestIsRefused() {
        TenantCode karamay = api.onboard("karamay", "650203");
        api.register(karamay, Requests.machineryRent("first"), "intake-0002-liu");

        Map<String, Object> other = Requests.machineryRent("first");
        other.put("amountFen", 20_000_000L);
        Response reused = api.register(karamay, other, "intake-0002-liu");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");
        assertThat(fields(reused)).containsExactly("Idempotency-Key");
        assertThat(count(karamay, "matter")).isEqualTo(1);
    }

    @Test
    void malformedKeyIsRefusedNamingTheHeader() {
        TenantCode karamay = api.onboard("karamay", "650203");

        for (String key : List.of("short", "has spaces in it", "x".repeat(129))) {
            Response refused = api.register(karamay, Requests.machineryRent("key"), key);
            assertThat(refused.status()).as(key).isEqualTo(400);
            assertThat(fields(refused)).containsExactly("Idempotency-Key");
        }
        assertThat(count(karamay, "matter")).isZero();
    }

    @Test
    void keysBelongToOneTenant() {
        TenantCode jarud = api.onboard("jarud", "150526");
        TenantCode horqin = api.onboard("horqin", "150502");
        Map<String, Object> body = Requests.machineryRent("migrant workers");

        Response atJarud = api.register(jarud, body, "shared-key-0001");
        Response atHorqin = api.register(horqin, body, "shared-key-0001");

        assertThat(atJarud.status()).isEqualTo(201);
        assertThat(atHorqin.status()).isEqualTo(201);
        assertThat(atHorqin.body().path("id")).isNotEqualTo(atJarud.body().path("id"));
        assertThat(atHorqin.body().path("code").asString()).startsWith("150502-");
    }

    @Test
    void concurrentRequestsWithOneKeyRegisterExactlyOneMatter() throws Exception {
        TenantCode yutian = api.onboard("yutian", "653226");
        Map<String, Object> body = Requests.machineryRent("traffic accident");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.register(yutian, body, "accident-2026-0001");
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).extracting(Response::status).containsOnly(200, 201);
            assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(responses)
                    .extracting(r -> r.body().path("id").asString())
                    .containsOnly(responses.getFirst().body().path("id").asString());
            assertThat(count(yutian, "matter")).isEqualTo(1);
            assertThat(count(yutian, "idempotency_record")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registrationThatFailsLeavesNothingBehind() {
        // Migrated, but its provisioning never recorded the division code: registering fails
        // after the key and the number were taken.
        TenantCode guyang = CaseApi.newTenantCode("guyang");
        api.createSchema(guyang);
        migrator.migrate(guyang);
        api.configure(CaseApi.centerOf(guyang, "150222"));
        Map<String, Object> body = Requests.machineryRent("tutoring fee");

        Response failed = api.register(guyang, body, "tutoring-fee-0001");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(count(guyang, "matter")).isZero();
        assertThat(count(guyang, "matter_party")).isZero();
        assertThat(count(guyang, "idempotency_record")).isZero();
        assertThat(count(guyang, "matter_code_counter")).isZero();

        assertThat(api.provision(guyang.value(), "150222").status()).isEqualTo(200);
        Response retried = api.register(guyang, body, "tutoring-fee-0001");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().path("code").asString()).endsWith("-000001");
    }

    @Test
    void personalDataIsSealedAtRestShownInFullAloneAndMaskedInLists() {
        TenantCode gaochang = api.onboard("gaochang", "650402");
        Map<String, Object> body = Requests.machineryRent("fence repairs");
        body.put(
                "parties",
                List.of(
                        Requests.person("APPLICANT", "白某", Requests.BAI_ID, "13812345678"),
                        Requests.person("APPLICANT", "白某某", Requests.BAI_ID, "0991-2345678"),
                        Requests.person("RESPONDENT", "徐某", Requests.LI_ID, "13900001111")));
        String id = api.register(gaochang, body).body().path("id").asString();

        List<Map<String, Object>> stored = jdbc.queryForList("select id_number_sealed, phone_sealed from "
                + gaochang.quotedSchemaName() + ".matter_party order by ordinal");
        assertThat(stored).hasSize(3).allSatisfy(row -> {
            assertThat(row.values()).allSatisfy(value -> assertThat((String) value)
                    .startsWith("v1:")
                    .doesNotContain(Requests.BAI_ID)
                    .doesNotContain(Requests.LI_ID)
                    .doesNotContain("12345678")
                    .doesNotContain("2345678")
                    .doesNotContain("00001111"));
        });
        // Random IVs: the same number never looks the same twice at rest.
        assertThat(stored.get(0).get("id_number_sealed"))
                .isNotEqualTo(stored.get(1).get("id_number_sealed"));

        JsonNode full = api.get(gaochang, id).body().path("parties");
        assertThat(full.get(0).path("idNumber").asString()).isEqualTo(Requests.BAI_ID);
        assertThat(full.get(0).path("phone").asString()).isEqualTo("13812345678");
        assertThat(full.get(1).path("phone").asString()).isEqualTo("0991-2345678");

        Response list = api.list(gaochang, "");
        JsonNode listed = list.body().path("items").get(0).path("parties");
        assertThat(listed.get(0).path("idNumber").asString()).isEqualTo("6543**********0028");
        assertThat(listed.get(0).path("phone").asString()).isEqualTo("138****5678");
        assertThat(listed.get(1).path("phone").asString()).isEqualTo("099*****5678");
        assertThat(listed.get(2).path("idNumber").asString()).isEqualTo("1101**********002X");
        assertThat(list.text())
                .doesNotContain(Requests.BAI_ID)
                .doesNotContain(Requests.LI_ID)
                .doesNotContain("13812345678");
    }

    private int count(TenantCode tenant, String table) {
        return jdbc.queryForObject("select count(*) from " + tenant.quotedSchemaName() + "." + table, Integer.class);
    }

    private static List<String> fields(Response problem) {
        List<String> fields = new ArrayList<>();
        problem.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
