package io.onedoor.tenants.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.InJvmCaseService;
import io.onedoor.tenants.Onboardings;
import io.onedoor.tenants.OperatorApi;
import io.onedoor.tenants.People;
import io.onedoor.tenants.People.Answer;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.Tokens;
import io.onedoor.tenants.configuration.workbook.ConfigurationWorkbook;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A county admin's configuration through the API: seeded from the standard county template at
 * onboarding, changed section by section with If-Match, every version kept, viewable and
 * restorable, refused whole when a rule breaks, and published to case-service as a snapshot.
 */
@TenantServiceTest
class ConfigurationApiIntegrationTest {

    private static final String PROVINCE = "150000";
    private static final String CITY = "nm-hulunbuir";
    private static final String TENANT = "nm-hailar";
    private static final String DIVISION = "150702";
    private static final String BASE = "/api/v1/tenants/" + TENANT;

    @Autowired
    OperatorApi operator;

    @Autowired
    InJvmCaseService caseService;

    @Autowired
    People people;

    @Autowired
    Tokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RedisConnectionFactory redisConnections;

    @BeforeEach
    void county() {
        caseService.start();
        if (jdbc.queryForObject("select count(*) from platform.tenant where code = ?", Integer.class, TENANT) == 0) {
            assertThat(operator.onboard(Onboardings.city(CITY, "150700", PROVINCE))
                            .status())
                    .isEqualTo(201);
            assertThat(operator.onboard(Onboardings.county(TENANT, DIVISION, CITY, PROVINCE))
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void aNewCountyStartsFromTheStandardCountyTemplateUnderItsOwnDivisionCode() {
        Answer current = get("/configuration");

        assertThat(current.status()).as(current.body().toString()).isEqualTo(200);
        JsonNode body = current.body();
        assertThat(body.path("tenant").asString()).isEqualTo(TENANT);
        assertThat(body.path("orgUnits").get(0).path("code").asString()).isEqualTo(DIVISION);
        assertThat(body.path("orgUnits").get(1).path("code").asString()).isEqualTo(DIVISION + "001");
        assertThat(codes(body.path("departments"), "mode", "RESIDENT"))
                .containsExactly("police", "court", "justice", "petitions", "human-resources", "people-mediation");
        assertThat(codes(body.path("departments"), "mode", "ON_CALL"))
                .contains(
                        "notary",
                        "legal-aid",
                        "lawyers",
                        "psychological-services",
                        "labor-inspection",
                        "water",
                        "transport");
        assertThat(body.path("areas")
                        .get(0)
                        .path("windows")
                        .get(0)
                        .path("position")
                        .path("column")
                        .asInt())
                .isZero();
        assertThat(current.headers().getETag())
                .isEqualTo("\"" + body.path("version").asLong() + "\"");
    }

    @Test
    void everySavedChangeIsAVersionThatCanBeViewedAndRestored() {
        int auditedBefore = configurationChangesAudited();
        Answer before = get("/configuration");
        ObjectNode departments = section(before.body(), "departments");
        ((ArrayNode) departments.path("departments"))
                .add(json.createObjectNode()
                        .put("code", "veterans")
                        .put("mode", "ON_CALL")
                        .put("host", "justice"));

        Answer saved =
                put("/configuration/departments", departments, before.headers().getETag());

        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        long version = saved.body().path("version").asLong();
        assertThat(version).isEqualTo(before.body().path("version").asLong() + 1);
        assertThat(saved.body().path("summary").asString()).isEqualTo("departments");
        assertThat(saved.body().path("savedBy").asString())
                .isEqualTo(people.admin(TENANT).id());
        assertThat(codes(saved.body().path("departments"), "mode", "ON_CALL")).contains("veterans");

        Answer history = get("/configuration-versions?limit=2");
        assertThat(history.body().path("items").get(0).path("version").asLong()).isEqualTo(version);
        assertThat(history.body().path("items").get(0).path("summary").asString())
                .isEqualTo("departments");

        Answer earlier = get("/configuration-versions/" + (version - 1));
        assertThat(codes(earlier.body().path("departments"), "mode", "ON_CALL")).doesNotContain("veterans");

        Answer restored = post(
                "/configuration-versions/" + (version - 1) + "/restoration",
                saved.headers().getETag());
        assertThat(restored.status()).as(restored.body().toString()).isEqualTo(200);
        assertThat(restored.body().path("version").asLong()).isEqualTo(version + 1);
        assertThat(restored.body().path("summary").asString()).isEqualTo("restored version " + (version - 1));
        assertThat(restored.body().path("departments")).isEqualTo(earlier.body().path("departments"));
        // The save and the restore, each audited; a version that never was is not found.
        assertThat(configurationChangesAudited()).isEqualTo(auditedBefore + 2);
        Answer never = get("/configuration-versions/999999");
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.body().path("type").asString()).endsWith("/configuration-version-not-found");
    }

    private int configurationChangesAudited() {
        return jdbc.queryForObject(
                "select count(*) from platform.audit_event where action = 'configuration.changed' and tenant_code = ?",
                Integer.class,
                TENANT);
    }

    @Test
    void aJsonExportImportsAsItIsAndAnOlderOneBringsItsVersionBack() {
        Answer exported = get("/configuration");
        Answer unchanged =
                put("/configuration", exported.body(), exported.headers().getETag());
        assertThat(unchanged.status()).as(unchanged.body().toString()).isEqualTo(200);
        assertThat(unchanged.body().path("version")).isEqualTo(exported.body().path("version"));

        ObjectNode kpis = section(exported.body(), "kpis");
        ((ArrayNode) kpis.path("kpis")).removeAll();
        Answer changed = put("/configuration/kpis", kpis, exported.headers().getETag());
        Answer reimported =
                put("/configuration", exported.body(), changed.headers().getETag());

        assertThat(reimported.status()).as(reimported.body().toString()).isEqualTo(200);
        assertThat(reimported.body().path("version").asLong())
                .isEqualTo(exported.body().path("version").asLong() + 2);
        assertThat(reimported.body().path("summary").asString()).isEqualTo("kpis");
        for (String section : List.of("orgUnits", "areas", "departments", "categories", "calendar", "kpis")) {
            assertThat(reimported.body().path(section))
                    .as(section)
                    .isEqualTo(exported.body().path(section));
        }
    }

    @Test
    void restoringAVersionFromBeforeAUnitExistedKeepsTheUnitRetired() {
        Answer before = get("/configuration");
        ObjectNode units = section(before.body(), "orgUnits");
        ((ArrayNode) units.path("orgUnits"))
                .addObject()
                .put("code", DIVISION + "001-G09")
                .put("name", "第九网格")
                .put("kind", "GRID")
                .put("parent", DIVISION + "001")
                .put("status", "ACTIVE");
        Answer added = put("/configuration/org-units", units, before.headers().getETag());
        assertThat(added.status()).as(added.body().toString()).isEqualTo(200);

        Answer restored = post(
                "/configuration-versions/" + before.body().path("version").asLong() + "/restoration",
                added.headers().getETag());

        assertThat(restored.status()).as(restored.body().toString()).isEqualTo(200);
        JsonNode grid = find(restored.body().path("orgUnits"), DIVISION + "001-G09");
        assertThat(grid.path("status").asString()).isEqualTo("RETIRED");
        assertThat(grid.path("retiredOn").asString()).isNotBlank();
        assertThat(restored.body().path("departments")).isEqualTo(before.body().path("departments"));
    }

    @Test
    void aConcurrentEditIsRefusedNotMerged() {
        Answer read = get("/configuration");
        String etag = read.headers().getETag();
        ObjectNode kpis = section(read.body(), "kpis");
        ObjectNode calendar = section(read.body(), "calendar");
        ((ArrayNode) calendar.path("calendar").path("overrides"))
                .add(json.createObjectNode()
                        .put("date", "2026-06-01")
                        .put("working", false)
                        .put("reason", "那达慕"));
        ((ArrayNode) kpis.path("kpis")).removeAll();

        Answer first = put("/configuration/calendar", calendar, etag);
        Answer second = put("/configuration/kpis", kpis, etag);
        Answer unconditional = put("/configuration/kpis", kpis, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.body().path("type").asString()).endsWith("/precondition-failed");
        assertThat(unconditional.status()).isEqualTo(428);
        Answer now = get("/configuration");
        assertThat(now.body().path("kpis")).isNotEmpty();
        assertThat(now.body().path("calendar").path("overrides").toString()).contains("那达慕");
    }

    @Test
    void ofEightAdminsSavingFromTheSameVersionAtOnceExactlyOneWins() throws Exception {
        Answer read = get("/configuration");
        String etag = read.headers().getETag();
        String token = people.admin(TENANT).token();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                ObjectNode calendar = section(read.body(), "calendar");
                ((ArrayNode) calendar.path("calendar").path("overrides"))
                        .addObject()
                        .put("date", "2026-12-0" + (i + 1))
                        .put("working", i % 2 == 0)
                        .put("reason", "admin " + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return people.call("PUT", BASE + "/configuration/calendar", token, calendar, etag)
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 412);
        } finally {
            pool.shutdownNow();
        }
        Answer now = get("/configuration");
        assertThat(now.body().path("version").asLong())
                .isEqualTo(read.body().path("version").asLong() + 1);
        assertThat(now.body().path("calendar").path("overrides").size())
                .isEqualTo(read.body().path("calendar").path("overrides").size() + 1);
    }

    @Test
    void aConfigurationThatWouldBreakDispatchIsRefusedWholeWithEveryItemNamed() {
        Answer before = get("/configuration");
        ObjectNode document = json.createObjectNode();
        for (String section : List.of("orgUnits", "areas", "departments", "categories", "calendar", "kpis")) {
            document.set(section, before.body().path(section).deepCopy());
        }
        ArrayNode departments = (ArrayNode) document.path("departments");
        for (JsonNode department : departments) {
            if (department.path("code").asString().equals("water")) {
                ((ObjectNode) department).remove("whistle");
            }
            if (department.path("code").asString().equals("notary")) {
                ((ObjectNode) department).put("host", "civil-affairs");
            }
        }
        ((ObjectNode) document.path("kpis").get(0).path("targets").get(0)).put("target", 140);
        ((ObjectNode) document.path("categories").get(0).path("path")).put("lead", "procuratorate");
        for (JsonNode department : departments) {
            if (department.path("code").asString().equals("market-regulation")) {
                ((ArrayNode) department.path("rota"))
                        .addObject()
                        .put("weeks", "ODD")
                        .putArray("days")
                        .add("WEDNESDAY");
            }
        }
        ((ObjectNode) document.path("areas").get(0).path("windows").get(0))
                .set("departments", json.createArrayNode().add("procuratorate"));

        Answer refused = put("/configuration", document, before.headers().getETag());

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().path("type").asString()).endsWith("/configuration-invalid");
        List<String> messages = new ArrayList<>();
        refused.body()
                .path("errors")
                .forEach(error -> messages.add(error.path("message").asString()));
        assertThat(messages)
                .anyMatch(m -> m.contains("'water' has neither a host nor a whistle contact"))
                .anyMatch(m -> m.contains("hosted by 'civil-affairs', which is ROTATING, not RESIDENT"))
                .anyMatch(m -> m.contains("resolution-rate takes values from 0 to 100, not 140"))
                .anyMatch(m -> m.contains("staffed by 'procuratorate', which is not stationed here"))
                .anyMatch(m -> m.contains("category 'labor' is led by 'procuratorate', which is not stationed here"))
                .anyMatch(m -> m.contains("rota entry 1 of 'market-regulation' overlaps rota entry 0"));
        assertThat(get("/configuration").body().path("version"))
                .isEqualTo(before.body().path("version"));
    }

    @Test
    void aSectionUpdateCarriesOnlyItsSection() {
        Answer before = get("/configuration");
        ObjectNode body = section(before.body(), "departments");
        body.set("kpis", json.createArrayNode());

        Answer refused =
                put("/configuration/departments", body, before.headers().getETag());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("kpis");

        ObjectNode holes = section(before.body(), "departments");
        ((ArrayNode) holes.path("departments")).addNull();
        ((ObjectNode) holes.path("departments").get(0)).putArray("rota").addNull();
        Answer withNulls =
                put("/configuration/departments", holes, before.headers().getETag());
        assertThat(withNulls.status()).as(withNulls.body().toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        withNulls
                .body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields)
                .contains(
                        "departments[0].rota[0]",
                        "departments[" + (holes.path("departments").size() - 1) + "]");
    }

    @Test
    void malformedDocumentsAreProblemsNamingTheirFieldsNeverServerErrors() {
        String etag = get("/configuration").headers().getETag();
        List<String> bodies = List.of(
                "[]",
                "null",
                "{\"orgUnits\": {}}",
                "{\"departments\": [{}]}",
                "{\"departments\": [{\"code\": \"x\", \"mode\": \"SOMETIMES\"}]}",
                "{\"departments\": [{\"code\": \"x\", \"mode\": \"ON_CALL\", \"whistle\": {\"arrivalMinutes\": -5}}]}",
                "{\"categories\": [{\"code\": \"a\", \"name\": \"b\", \"complexity\": [{\"class\": null}]}]}",
                "{\"areas\": [{\"code\": \"a\", \"name\": \"b\", \"kind\": \"OTHER\", \"windows\": [{\"number\": \"1\","
                        + " \"name\": \"w\", \"function\": \"INTAKE\", \"departments\": [], \"openingHours\": [{\"days\":"
                        + " [\"MONDAY\"], \"opens\": \"25:00\", \"closes\": \"08:00\"}]}], \"rooms\": []}]}",
                "{\"calendar\": {\"overrides\": [{\"date\": \"2026-02-30\", \"working\": true, \"reason\": \"x\"}]}}",
                "{\"kpis\": [{\"metric\": \"resolution-rate\", \"targets\": [{\"period\": \"2026-13\", \"target\": 1,"
                        + " \"warning\": 0}]}]}",
                "{\"unknown\": 1}",
                "{\"orgUnits\": [{\"code\": \"x\", \"name\": \"y\", \"kind\": \"GRID\", \"status\": \"ACTIVE\","
                        + " \"parent\": \"x\"}]}");
        for (String body : bodies) {
            Answer whole = people.call(
                    "PUT", BASE + "/configuration", people.admin(TENANT).token(), json.readTree(body), etag);
            assertThat(whole.status()).as(body + " -> " + whole.body()).isIn(400, 422);
            assertThat(whole.body().path("type").asString()).as(body).startsWith("https://onedoor.io/problems/");
            if (whole.body().path("errors").isArray()
                    && !whole.body().path("errors").isEmpty()) {
                assertThat(whole.body().path("errors").get(0).path("field").asString())
                        .as(body)
                        .isNotBlank();
            }
        }
        assertThat(get("/configuration").headers().getETag()).isEqualTo(etag);
    }

    @Test
    void everyOptionalPropertyLeftOutIsAcceptedOrRefusedByARuleNeverAServerError() {
        // Each optional property of configuration.yaml's schemas, where it sits in the document.
        List<String> optional = List.of(
                "orgUnits[].divisionCode",
                "orgUnits[].parent",
                "orgUnits[].retiredOn",
                "areas[].floor",
                "areas[].windows[].position",
                "areas[].rooms[].position",
                "departments[].name",
                "departments[].rota",
                "departments[].rota[].from",
                "departments[].rota[].until",
                "departments[].whistle",
                "departments[].whistle.contact",
                "departments[].whistle.phone",
                "departments[].whistle.arrivalMinutes",
                "departments[].host",
                "departments[].duties",
                "departments[].duties.accepts",
                "departments[].duties.joint",
                "departments[].duties.supervisionTriggers",
                "categories[].parent",
                "categories[].retired",
                "categories[].path",
                "categories[].path.coHandlers",
                "categories[].complexity",
                "categories[].complexity[].minAmountYuan",
                "categories[].complexity[].minParties",
                "categories[].deadlines",
                "calendar",
                "kpis");
        for (String property : optional) {
            Answer before = get("/configuration");
            ObjectNode document = json.createObjectNode();
            for (String section : List.of("orgUnits", "areas", "departments", "categories", "calendar", "kpis")) {
                document.set(section, before.body().path(section).deepCopy());
            }
            int removed = leaveOut(document, property.split("\\."), 0);

            Answer saved = put("/configuration", document, before.headers().getETag());

            assertThat(saved.status())
                    .as("%s left out of %d items -> %s", property, removed, saved.body())
                    .isIn(200, 422);
            if (property.equals("categories[].complexity") || property.equals("departments[].whistle.arrivalMinutes")) {
                assertThat(saved.status()).as(property + " -> " + saved.body()).isEqualTo(200);
            }
        }
    }

    /** Removes the property at {@code path} (steps ending in [] go through every item); how many. */
    private static int leaveOut(JsonNode node, String[] path, int step) {
        String name = path[step].replace("[]", "");
        JsonNode child = node.path(name);
        if (step == path.length - 1) {
            return node instanceof ObjectNode object && object.remove(name) != null ? 1 : 0;
        }
        int removed = 0;
        if (path[step].endsWith("[]")) {
            for (JsonNode item : child) {
                removed += leaveOut(item, path, step + 1);
            }
        } else if (child.isObject()) {
            removed += leaveOut(child, path, step + 1);
        }
        return removed;
    }

    @Test
    void whoIsAtTheCenterFollowsModesRotaAndTheCalendar() {
        Answer monday = get("/presence?date=2026-11-23");
        Answer springFestival = get("/presence?date=2026-02-17");

        assertThat(monday.status()).as(monday.body().toString()).isEqualTo(200);
        assertThat(monday.body().path("workingDay").asBoolean()).isTrue();
        assertThat(codes(monday.body().path("present"), "mode", "ROTATING"))
                .containsExactlyInAnyOrder("civil-affairs", "housing");
        assertThat(codes(monday.body().path("present"), "mode", "RESIDENT")).contains("police", "court");
        JsonNode notary = find(monday.body().path("onCall"), "notary");
        assertThat(notary.path("host").asString()).isEqualTo("justice");
        assertThat(notary.path("arrivalMinutes").asInt()).isEqualTo(30);
        assertThat(springFestival.body().path("workingDay").asBoolean()).isFalse();
        assertThat(springFestival.body().path("present")).isEmpty();
        Answer unknownYear = get("/presence?date=2031-05-06");
        assertThat(unknownYear.status()).isEqualTo(422);
        assertThat(unknownYear.body().path("type").asString()).endsWith("/calendar-year-unknown");
    }

    @Test
    void workingDaysAreCountedAcrossSpringFestivalNationalDayAndTheCentersOwnDaysOff() {
        assertThat(get("/working-days?from=2026-02-13&add=5")
                        .body()
                        .path("date")
                        .asString())
                .isEqualTo("2026-02-27");
        assertThat(get("/working-days?from=2026-09-30&add=1")
                        .body()
                        .path("date")
                        .asString())
                .isEqualTo("2026-10-08");
        assertThat(get("/working-days?from=2026-10-09&add=1")
                        .body()
                        .path("date")
                        .asString())
                .isEqualTo("2026-10-10");
        Answer unknownYear = get("/working-days?from=2027-12-30&add=3");
        assertThat(unknownYear.status()).isEqualTo(422);
        assertThat(unknownYear.body().path("type").asString()).endsWith("/calendar-year-unknown");
    }

    @Test
    void aCentersOwnWorkingHoursAreSavedAndReachCaseServicesSnapshot() {
        Answer before = get("/configuration");
        assertThat(before.body().path("calendar").has("workingHours")).isFalse();
        ObjectNode calendar = section(before.body(), "calendar");
        ArrayNode hours = ((ObjectNode) calendar.path("calendar")).putArray("workingHours");
        hours.addObject().put("start", "09:30").put("end", "13:00");
        hours.addObject().put("start", "15:00").put("end", "19:30");

        Answer saved = put("/configuration/calendar", calendar, before.headers().getETag());

        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        assertThat(saved.body().path("calendar").path("workingHours")).isEqualTo(hours);
        assertThat(get("/configuration").body().path("calendar").path("workingHours"))
                .isEqualTo(hours);
        JsonNode cached = json.readTree(redis.opsForValue().get(ConfigurationSnapshots.KEY_PREFIX + TENANT));
        assertThat(cached.path("version").asLong())
                .isEqualTo(saved.body().path("version").asLong());
        assertThat(cached.path("workingHours")).isEqualTo(hours);

        // Left out again, the hours are the default, and the snapshot says which they are.
        ObjectNode reset = section(saved.body(), "calendar");
        ((ObjectNode) reset.path("calendar")).remove("workingHours");
        Answer defaulted = put("/configuration/calendar", reset, saved.headers().getETag());
        assertThat(defaulted.status()).as(defaulted.body().toString()).isEqualTo(200);
        assertThat(defaulted.body().path("calendar").has("workingHours")).isFalse();
        JsonNode recached = json.readTree(redis.opsForValue().get(ConfigurationSnapshots.KEY_PREFIX + TENANT));
        assertThat(recached.path("workingHours").toString())
                .isEqualTo("[{\"start\":\"09:00\",\"end\":\"12:00\"},{\"start\":\"13:30\",\"end\":\"17:30\"}]");
    }

    @Test
    void aCentersLightsAreSavedWithTheDefaultsFilledInAndReachCaseServicesSnapshot() {
        Answer before = get("/configuration");
        ObjectNode calendar = section(before.body(), "calendar");
        ((ObjectNode) calendar.path("calendar"))
                .putObject("lights")
                .put("yellowAtPercent", 50)
                .put("yellowWithinMinutes", 20);

        Answer saved = put("/configuration/calendar", calendar, before.headers().getETag());

        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        JsonNode lights = saved.body().path("calendar").path("lights");
        assertThat(lights.path("yellowAtPercent").asInt()).isEqualTo(50);
        assertThat(lights.path("yellowWithinMinutes").asInt()).isEqualTo(20);
        assertThat(lights.path("superviseUnsignedAfterMinutes").asInt()).isEqualTo(60);
        JsonNode cached = json.readTree(redis.opsForValue().get(ConfigurationSnapshots.KEY_PREFIX + TENANT));
        assertThat(cached.path("version").asLong())
                .isEqualTo(saved.body().path("version").asLong());
        assertThat(cached.path("lights").toString())
                .isEqualTo("{\"yellowAtPercent\":50,\"yellowWithinMinutes\":20,"
                        + "\"superviseUnsignedAfterMinutes\":60,\"supervisionWorkingDays\":3}");

        // Yellow at no share of the time at all is no light: the schema's range refuses it (400);
        // the rules hold the same ranges for a workbook, which is read without the schema (422).
        ObjectNode none = section(saved.body(), "calendar");
        ((ObjectNode) none.path("calendar").path("lights")).put("yellowAtPercent", 0);
        Answer refused = put("/configuration/calendar", none, saved.headers().getETag());
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactly("calendar.lights.yellowAtPercent");
        assertThat(get("/configuration")
                        .body()
                        .path("calendar")
                        .path("lights")
                        .path("yellowAtPercent")
                        .asInt())
                .isEqualTo(50);
    }

    @Test
    void workingHoursThatOverlapOrRunPastMidnightAreRefusedNamingTheInterval() {
        Answer before = get("/configuration");
        ObjectNode calendar = section(before.body(), "calendar");
        ArrayNode hours = ((ObjectNode) calendar.path("calendar")).putArray("workingHours");
        hours.addObject().put("start", "09:00").put("end", "12:00");
        hours.addObject().put("start", "11:30").put("end", "17:30");
        hours.addObject().put("start", "20:00").put("end", "02:00");

        Answer refused =
                put("/configuration/calendar", calendar, before.headers().getETag());

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.body()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactly("calendar.workingHours[1].start", "calendar.workingHours[2].end");

        ArrayNode none = ((ObjectNode) calendar.path("calendar")).putArray("workingHours");
        Answer empty = put("/configuration/calendar", calendar, before.headers().getETag());
        assertThat(empty.status()).as(empty.body().toString()).isIn(400, 422);
        assertThat(empty.body().path("errors").get(0).path("field").asString()).startsWith("calendar.workingHours");
        assertThat(none).isEmpty();
    }

    @Test
    void everyChangeIsPublishedToCaseServiceAsASnapshot() throws Exception {
        BlockingQueue<String> announcements = new LinkedBlockingQueue<>();
        RedisMessageListenerContainer listener = new RedisMessageListenerContainer();
        listener.setConnectionFactory(redisConnections);
        listener.addMessageListener(
                (message, pattern) -> announcements.add(new String(message.getBody(), StandardCharsets.UTF_8)),
                new ChannelTopic(ConfigurationSnapshots.CHANNEL));
        listener.afterPropertiesSet();
        listener.start();
        try {
            // Listening before anything is saved, so no announcement can pass unheard: a message
            // about a tenant that does not exist comes back once the subscription holds.
            String ping = "{\"tenant\":\"zz-listening\",\"etag\":\"\\\"0.0\\\"\"}";
            String heard = null;
            for (int attempt = 0; attempt < 50 && heard == null; attempt++) {
                redis.convertAndSend(ConfigurationSnapshots.CHANNEL, ping);
                heard = announcements.poll(100, TimeUnit.MILLISECONDS);
            }
            assertThat(heard).isEqualTo(ping);
            announcements.clear();
            Answer before = get("/configuration");
            ObjectNode calendar = section(before.body(), "calendar");
            ((ArrayNode) calendar.path("calendar").path("overrides"))
                    .add(json.createObjectNode()
                            .put("date", "2026-07-10")
                            .put("working", false)
                            .put("reason", "a local holiday"));
            Answer saved =
                    put("/configuration/calendar", calendar, before.headers().getETag());
            assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);

            String announced = announcements.poll(5, TimeUnit.SECONDS);
            while (ping.equals(announced)) {
                announced = announcements.poll(5, TimeUnit.SECONDS);
            }
            assertThat(announced).isNotNull();
            JsonNode message = json.readTree(announced);
            assertThat(message.path("tenant").asString()).isEqualTo(TENANT);
            JsonNode cached = json.readTree(redis.opsForValue().get(ConfigurationSnapshots.KEY_PREFIX + TENANT));
            assertThat(cached.path("etag").asString())
                    .isEqualTo(message.path("etag").asString());
            assertThat(cached.path("version").asLong())
                    .isEqualTo(saved.body().path("version").asLong());
            JsonNode year2026 = find(cached.path("calendar"), "year", "2026");
            assertThat(year2026.path("daysOff").toString())
                    .contains("2026-02-16", "2026-10-01", "2026-07-10")
                    .doesNotContain("2026-10-08");
            assertThat(year2026.path("extraWorkdays").toString()).contains("2026-02-14", "2026-09-20");
            // A rotating department's rota travels with it, so dispatch can tell who is away today.
            JsonNode agriculture = find(cached.path("departments"), "agriculture");
            assertThat(agriculture.path("mode").asString()).isEqualTo("ROTATING");
            assertThat(agriculture.path("rota").toString())
                    .isEqualTo("[{\"days\":[\"TUESDAY\",\"FRIDAY\"],\"weeks\":\"EVERY\"}]");
            assertThat(find(cached.path("departments"), "police").path("rota").isEmpty())
                    .isTrue();
            // The mediation rooms of every area, so a session names a room the center has.
            assertThat(find(cached.path("rooms"), "family-neighbors")
                            .path("name")
                            .asString())
                    .isEqualTo("家事邻里调解室");
            JsonNode wages = find(cached.path("categories"), "labor.wage-arrears");
            assertThat(wages.path("lead").asString()).isEqualTo("human-resources");
            assertThat(wages.path("deadlines")
                            .path("normal")
                            .path("closureWorkingDays")
                            .asInt())
                    .isEqualTo(7);

            Answer snapshot = people.call(
                    "GET", "/internal/v1/tenant-configurations/" + TENANT, tokens.service("case-service"), null);
            assertThat(snapshot.headers().getETag())
                    .isEqualTo(message.path("etag").asString());

            // A reader's re-cache never overwrites a newer snapshot (here one from the future).
            String key = ConfigurationSnapshots.KEY_PREFIX + TENANT;
            String newer = "{\"tenant\":\"" + TENANT + "\",\"etag\":\"\\\"999999.0\\\"\"}";
            redis.opsForValue().set(key, newer);
            people.call("GET", "/internal/v1/tenant-configurations/" + TENANT, tokens.service("case-service"), null);
            assertThat(redis.opsForValue().get(key)).isEqualTo(newer);
            redis.delete(key);
            people.call("GET", "/internal/v1/tenant-configurations/" + TENANT, tokens.service("case-service"), null);
            assertThat(json.readTree(redis.opsForValue().get(key)).path("etag").asString())
                    .isEqualTo(message.path("etag").asString());
            assertThat(redis.getExpire(key)).isBetween(1L, 600L);
        } finally {
            listener.stop();
            listener.destroy();
        }
    }

    @Test
    void aProvincesNewHolidayReachesEveryCentersSnapshotAndDeadlines() {
        String liaoning = "210000";
        OperatorApi.Answer onboarded = operator.onboard(Onboardings.city("ln-shenyang", "210100", liaoning));
        assertThat(onboarded.status()).as(onboarded.body().toString()).isEqualTo(201);
        String key = ConfigurationSnapshots.KEY_PREFIX + "ln-shenyang";
        JsonNode before = json.readTree(redis.opsForValue().get(key));
        String operatorToken = tokens.operator(liaoning);
        Answer official = people.call("GET", "/api/v1/provinces/" + liaoning + "/calendars/2026", operatorToken, null);
        ObjectNode notice = json.createObjectNode();
        notice.set("holidays", official.body().path("holidays").deepCopy());
        notice.set("makeUpWorkdays", official.body().path("makeUpWorkdays").deepCopy());
        ((ArrayNode) notice.path("holidays"))
                .addObject()
                .put("name", "地方节日")
                .put("from", "2026-08-14")
                .put("to", "2026-08-14");

        Answer saved =
                people.call("PUT", "/api/v1/provinces/" + liaoning + "/calendars/2026", operatorToken, notice, null);

        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        JsonNode after = json.readTree(redis.opsForValue().get(key));
        assertThat(after.path("etag").asString())
                .isNotEqualTo(before.path("etag").asString());
        assertThat(after.path("version")).isEqualTo(before.path("version"));
        assertThat(find(after.path("calendar"), "year", "2026").path("daysOff").toString())
                .contains("2026-08-14");
        Answer deadline = people.call(
                "GET", "/api/v1/tenants/ln-shenyang/working-days?from=2026-08-13&add=1", operatorToken, null);
        assertThat(deadline.body().path("date").asString()).isEqualTo("2026-08-17");
    }

    @Test
    void staffReadButOnlyAdminsAndTheirOperatorWrite() {
        String staff = people.person(TENANT, "wang.fang", List.of("STAFF"), DIVISION + "001")
                .token();
        Answer before = get("/configuration");

        Answer read = people.call("GET", BASE + "/configuration", staff, null);
        Answer write = people.call(
                "PUT",
                BASE + "/configuration/kpis",
                staff,
                section(before.body(), "kpis"),
                before.headers().getETag());
        Answer otherCounty = people.call(
                "GET",
                "/api/v1/tenants/" + TENANT + "/configuration",
                people.admin(CITY).token(),
                null);

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(otherCounty.status()).isEqualTo(403);
    }

    @Test
    void anOperatorSavesACountysConfigurationAsATemplateAndOnboardsTheNextCountyFromIt() {
        String operatorToken = tokens.operator(PROVINCE);
        Answer saved = people.call(
                "POST",
                BASE + "/configuration-templates",
                operatorToken,
                Map.of("name", "hulunbuir-county", "description", "Hailar's layout for the league's counties"));
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(201);
        assertThat(saved.body().path("province").asString()).isEqualTo(PROVINCE);

        Map<String, Object> next = Onboardings.with(
                Onboardings.county("nm-zalantun", "150783", CITY, PROVINCE), "template", "hulunbuir-county");
        OperatorApi.Answer onboarded = operator.onboard(next);
        assertThat(onboarded.status()).as(onboarded.body().toString()).isEqualTo(201);

        JsonNode source = get("/configuration").body();
        JsonNode copy = people.call("GET", "/api/v1/tenants/nm-zalantun/configuration", operatorToken, null)
                .body();
        assertThat(copy.path("departments")).isEqualTo(source.path("departments"));
        assertThat(copy.path("categories")).isEqualTo(source.path("categories"));
        assertThat(copy.path("orgUnits").get(1).path("code").asString()).isEqualTo("150783001");
        assertThat(copy.path("orgUnits").get(0).path("name").asString()).isEqualTo("nm-zalantun 县级综治中心");
        Answer listed = people.call("GET", "/api/v1/templates", operatorToken, null);
        assertThat(listed.body().toString()).contains("hulunbuir-county", "standard-county");
        Answer elsewhere = people.call("GET", "/api/v1/templates", tokens.operator("650000"), null);
        assertThat(elsewhere.body().toString()).doesNotContain("hulunbuir-county");
    }

    @Test
    void theWorkbookExportedIsTheConfigurationAndImportsBackExactly() throws Exception {
        Answer current = get("/configuration");
        String token = people.admin(TENANT).token();
        var http = HttpClient.newHttpClient();
        var exported = http.send(
                HttpRequest.newBuilder(URI.create(tokens.baseUrl() + BASE + "/configuration-workbook"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).hasValue(ConfigurationWorkbook.MEDIA_TYPE);
        CenterConfiguration read = new ConfigurationWorkbook().read(new ByteArrayInputStream(exported.body()));
        ObjectNode document = (ObjectNode) current.body().deepCopy();
        document.remove(List.of("tenant", "version", "savedAt", "savedBy", "summary"));
        assertThat(read).isEqualTo(json.convertValue(document, CenterConfiguration.class));

        var imported = http.send(
                HttpRequest.newBuilder(URI.create(tokens.baseUrl() + BASE + "/configuration-workbook"))
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", current.headers().getETag())
                        .header("Content-Type", ConfigurationWorkbook.MEDIA_TYPE)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(exported.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var notAWorkbook = http.send(
                HttpRequest.newBuilder(URI.create(tokens.baseUrl() + BASE + "/configuration-workbook"))
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", current.headers().getETag())
                        .header("Content-Type", ConfigurationWorkbook.MEDIA_TYPE)
                        .PUT(HttpRequest.BodyPublishers.ofString("code,name\nx,y\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        // Nothing changed, so no new version.
        assertThat(json.readTree(imported.body()).path("version"))
                .isEqualTo(current.body().path("version"));
        assertThat(notAWorkbook.statusCode()).isEqualTo(400);
        assertThat(notAWorkbook.body()).contains("\"field\":\"workbook\"");
    }

    @Test
    void removingADepartmentWhileCaseServiceCannotSayWhatNamesItSavesNothing() {
        Answer before = get("/configuration");
        ObjectNode departments = json.createObjectNode();
        ArrayNode kept = departments.putArray("departments");
        before.body().path("departments").forEach(department -> {
            if (!department.path("code").asString().equals("transport")) {
                kept.add(department);
            }
        });
        caseService.stop();
        Answer refused;
        try {
            refused = put(
                    "/configuration/departments", departments, before.headers().getETag());
        } finally {
            caseService.start();
        }
        Answer removed =
                put("/configuration/departments", departments, before.headers().getETag());

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
        assertThat(refused.body().path("type").asString()).endsWith("/matters-unavailable");
        assertThat(removed.status()).as(removed.body().toString()).isEqualTo(200);
        assertThat(codes(removed.body().path("departments"), "mode", "ON_CALL")).doesNotContain("transport");
    }

    @Test
    void aRetiredUnitKeepsItsHistoryButTakesNoNewAccounts() {
        Answer before = get("/configuration");
        ObjectNode units = section(before.body(), "orgUnits");
        for (JsonNode unit : units.path("orgUnits")) {
            if (unit.path("code").asString().equals(DIVISION + "201")) {
                ((ObjectNode) unit).put("status", "RETIRED").put("retiredOn", "2026-11-01");
            }
        }
        Answer retired = put("/configuration/org-units", units, before.headers().getETag());
        Answer account = people.call(
                "POST",
                BASE + "/accounts",
                people.admin(TENANT).token(),
                People.account("zhao.lei", List.of("STAFF"), DIVISION + "201"));

        assertThat(retired.status()).as(retired.body().toString()).isEqualTo(200);
        assertThat(retired.body().path("orgUnits").toString()).contains(DIVISION + "201");
        assertThat(account.status()).isEqualTo(422);
        assertThat(account.body().path("errors").get(0).path("field").asString())
                .isEqualTo("orgUnitCode");
    }

    private Answer get(String path) {
        return people.call("GET", BASE + path, people.admin(TENANT).token(), null);
    }

    private Answer put(String path, Object body, String etag) {
        return people.call("PUT", BASE + path, people.admin(TENANT).token(), body, etag);
    }

    private Answer post(String path, String etag) {
        return people.call("POST", BASE + path, people.admin(TENANT).token(), null, etag);
    }

    private ObjectNode section(JsonNode configuration, String field) {
        ObjectNode body = json.createObjectNode();
        body.set(field, configuration.path(field).deepCopy());
        return body;
    }

    private static List<String> codes(JsonNode items, String property, String value) {
        List<String> codes = new ArrayList<>();
        items.forEach(item -> {
            if (item.path(property).asString().equals(value)) {
                codes.add(item.path("code").asString());
            }
        });
        return codes;
    }

    private static JsonNode find(JsonNode items, String code) {
        return find(items, "code", code);
    }

    private static JsonNode find(JsonNode items, String property, String value) {
        for (JsonNode item : items) {
            if (item.path(property).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + property + " " + value + " in " + items);
    }
}
