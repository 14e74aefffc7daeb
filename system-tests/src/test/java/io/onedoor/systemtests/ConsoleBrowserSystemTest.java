package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import io.onedoor.launcher.DemoProvince;
import io.onedoor.launcher.TenantSetup;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console in a real browser against the whole platform: the Playwright tests in
 * admin-console/e2e, driving the machine's Chromium (nothing downloads a browser), each person
 * signed in as themselves through the login page. This test makes the center and the people the
 * browser tests sign in as, writes who they are to a file the tests read, and fails with the
 * tests' own report if any of them fails. Screenshots of every page visited are left under
 * admin-console/target/screenshots for a reviewer.
 */
class ConsoleBrowserSystemTest {

    /** A county of Tongliao of the console's own, so its tests change no other test's center. */
    static final String CENTER = "nm-huolin";

    static final String DIVISION = "150581";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyPersonsMainFlowWorksInTheBrowser() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("ONEDOOR_CHROMIUM", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as(
                        "the browser tests drive the machine's Chromium at %s (Debian: apt-get install chromium"
                                + " fonts-noto-cjk; elsewhere set ONEDOOR_CHROMIUM)",
                        chromium)
                .isTrue();
        Path console =
                Path.of(System.getProperty("onedoor.console")).toAbsolutePath().normalize();
        Callers callers = Callers.get();
        Path people = console.resolve("target/e2e-people.json");
        Files.createDirectories(people.getParent());
        Files.writeString(people, JSON.writeValueAsString(people(callers)), StandardCharsets.UTF_8);

        Path report = console.resolve("target/playwright.log");
        ProcessBuilder browserTests = new ProcessBuilder("npx", "playwright", "test")
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        browserTests
                .environment()
                .put(
                        "ONEDOOR_CONSOLE_URL",
                        "http://localhost:" + callers.platform().gatewayUri().getPort());
        browserTests.environment().put("ONEDOOR_E2E_PEOPLE", people.toString());
        browserTests.environment().put("ONEDOOR_CHROMIUM", chromium.toString());
        browserTests.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process playwright = browserTests.start();
        boolean finished = playwright.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            playwright.destroyForcibly().waitFor();
        }
        String log = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(finished)
                .as("the browser tests finished within 15 minutes:%n%s", log)
                .isTrue();
        assertThat(playwright.exitValue())
                .as("the browser tests failed (%s):%n%s", report, log)
                .isZero();
        assertThat(log).contains(" passed").doesNotContain(" skipped").doesNotContain(" flaky");
    }

    /**
     * The console's center (onboarded from the standard county template) and its people: the
     * province's operator, the center's admin, its window clerk, and two departments' staff.
     */
    private static Map<String, Object> people(Callers callers) throws Exception {
        TenantSetup setup = callers.setup();
        String operator = callers.operator();
        new TenantsApi(DemoProvince.client(callers.platform().gatewayUri(), operator))
                .onboardTenant(new TenantOnboarding()
                        .code(CENTER)
                        .name("霍林郭勒市社会治安综合治理中心")
                        .divisionCode(DIVISION)
                        .level(TenantLevel.COUNTY)
                        .parentCode("nm-tongliao")
                        .provinceCode(DemoProvince.PROVINCE)
                        .template("standard-county"));
        setup.account(operator, CENTER, "admin", "中心管理员", "TENANT_ADMIN", null);
        String admin = setup.login("admin@" + CENTER);
        setup.account(admin, CENTER, "window", "受理窗口 王芳", "STAFF", DIVISION);
        setup.account(admin, CENTER, "agri.mediator", "农业农村局调解员 马强", "STAFF", DIVISION, "agriculture");
        setup.account(admin, CENTER, "water.engineer", "水利局工程师 李工", "STAFF", DIVISION, "water");
        setup.account(admin, CENTER, "supervisor", "督办科 赵敏", "SUPERVISOR", DIVISION);
        callers.operatorPerson();
        String redItemMatter = redSupervisionItem(callers, setup);

        Map<String, Object> people = new LinkedHashMap<>();
        people.put("operator", person(setup, DemoProvince.operatorLogin()));
        people.put("admin", person(setup, "admin@" + CENTER));
        people.put("window", person(setup, "window@" + CENTER));
        people.put("agriculture", person(setup, "agri.mediator@" + CENTER));
        people.put("water", person(setup, "water.engineer@" + CENTER));
        people.put("supervisor", person(setup, "supervisor@" + CENTER));
        people.put(
                "facts",
                Map.of(
                        "tenant",
                        CENTER,
                        "province",
                        DemoProvince.PROVINCE,
                        "city",
                        "nm-tongliao",
                        "division",
                        DIVISION,
                        "redSupervisionMatter",
                        redItemMatter));
        return people;
    }

    /**
     * An open matter of the center with an open supervision item already past its own deadline
     * (red): the browser cannot wait for a clock to run out. The supervisor opens it by hand, due
     * a few seconds on, and the item is red once that moment passes. Answers the matter's code.
     */
    private static String redSupervisionItem(Callers callers, TenantSetup setup) throws Exception {
        GatewayCalls calls = new GatewayCalls(callers.platform().gatewayUri());
        String base = "/api/v1/tenants/" + CENTER;
        String window = setup.login("window@" + CENTER);
        String supervisor = setup.login("supervisor@" + CENTER);
        HttpResponse<String> registered = calls.send("POST", base + "/matters", window, """
                {"channel": "WALK_IN", "categoryCode": "land.contracting",
                 "description": "村民反映土地承包合同到期后发包方拒绝续包，协商未果。",
                 "orgUnitCode": "%s",
                 "parties": [{"kind": "PERSON", "role": "APPLICANT", "name": "包某"}]}""".formatted(DIVISION), null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var matter = JSON.readTree(registered.body());
        Instant due = Instant.now().plusSeconds(3);
        HttpResponse<String> opened = calls.send(
                "POST",
                base + "/supervisions",
                supervisor,
                """
                {"matterId": "%s", "responsibleUnit": "agriculture",
                 "reason": "群众多次反映，限期答复", "dueAt": "%s"}""".formatted(matter.path("id").asString(), due),
                null);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String item = JSON.readTree(opened.body()).path("id").asString();
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            HttpResponse<String> read = calls.send("GET", base + "/supervisions/" + item, supervisor, null, null);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            if (JSON.readTree(read.body()).path("light").asString().equals("RED")) {
                return matter.path("code").asString();
            }
            assertThat(Instant.now()).as("the item turned red: " + read.body()).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static Map<String, String> person(TenantSetup setup, String login) throws IOException {
        return Map.of("login", login, "password", setup.password(login));
    }
}
