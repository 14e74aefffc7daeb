package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.access.AccessPolicy;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.Decision;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the public API documents, called through the gateway with requests derived
 * from a valid one by mutation: each body property removed, set to null, of the wrong JSON type,
 * empty, huge, with a NUL, an emoji or a right-to-left mark, numbers at the int64 limits and
 * beyond, lists with null items, an unknown property; each path, query and header parameter
 * mutated the same way, left out, and an unknown one added. Whatever the mutant, the platform
 * never answers with a server error, every refusal is a problem with a {@code type}, and a
 * refused write leaves what it would have written as it was (the resource its operation writes,
 * read before and after, is unchanged).
 *
 * <p>Deterministic: mutants are drawn with a seeded random, one stream per operation
 * ({@code -Donedoor.fuzz.seed=...} replays a run, {@code -Donedoor.fuzz.mutants-per-operation=...}
 * bounds it). It works on a center of its own, so that nothing it writes touches the other tests.
 * The internal API is left out: the gateway routes none of it, and its callers are the services.
 */
class OperationFuzzSystemTest {

    private static final long SEED = Long.getLong("onedoor.fuzz.seed", 20261207L);
    private static final int PER_OPERATION = Integer.getInteger("onedoor.fuzz.mutants-per-operation", 36);
    private static final List<String> SPECS = List.of("tenants", "cases", "identity", "configuration");

    private static final String TENANT = "nm-kezuohou";
    private static final String DIVISION = "150522";
    private static final String PROVINCE = "150000";
    /** The province whose calendar is fuzzed: not the one of the demo centers, whose deadlines it sets. */
    private static final String CALENDAR_PROVINCE = "650000";

    private static final AccessPolicy POLICY = AccessPolicy.fromClasspath(
            "openapi/tenants.yaml", "openapi/cases.yaml", "openapi/identity.yaml", "openapi/configuration.yaml");
    private static final AccessFacts PROVINCES = tenant -> Optional.of(tenant.startsWith("nm-") ? PROVINCE : "650000");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static URI gateway;
    private static final Map<String, Token> callers = new LinkedHashMap<>();
    private static final Map<String, String> variables = new LinkedHashMap<>();

    @BeforeAll
    static void aCenterOfItsOwn() throws Exception {
        Callers source = Callers.get();
        gateway = source.platform().gatewayUri();
        var setup = source.setup();
        String operator = source.operator();
        String onboarding = onboarding().toString();
        var onboarded =
                send("POST", "/api/v1/tenants", operator, Map.of(), onboarding.getBytes(StandardCharsets.UTF_8));
        assertThat(onboarded.statusCode()).as(onboarded.body()).isIn(200, 201);
        setup.account(operator, TENANT, "admin", "中心管理员", "TENANT_ADMIN", null);
        String admin = setup.login("admin@" + TENANT);
        setup.account(admin, TENANT, "staff", "受理窗口工作人员", "STAFF", DIVISION);
        setup.account(admin, TENANT, "auditor", "审计员", "AUDITOR", null);
        setup.account(admin, TENANT, "fuzz.target", "被测账号", "AUDITOR", null);
        setup.account(admin, TENANT, "supervisor", "督办专员", "SUPERVISOR", DIVISION);
        String[] hotline = setup.client(admin, TENANT, "fuzz-hotline", List.of("cases:read", "cases:write"));
        String[] target = setup.client(admin, TENANT, "fuzz-target", List.of("cases:read"));

        callers.put("admin", new Token(() -> setup.login("admin@" + TENANT)));
        callers.put("staff", new Token(() -> setup.login("staff@" + TENANT)));
        callers.put("hotline", new Token(() -> setup.tokens().clientCredentials(hotline[0], hotline[1])));
        callers.put("auditor", new Token(() -> setup.login("auditor@" + TENANT)));
        callers.put("supervisor", new Token(() -> setup.login("supervisor@" + TENANT)));
        callers.put("operator", new Token(source::operator));
        callers.put("operator of Xinjiang", new Token(source::otherProvinceOperator));
        callers.put("platform administrator", new Token(source::platformAdmin));

        var matter = send(
                "POST",
                "/api/v1/tenants/" + TENANT + "/matters",
                callers.get("hotline").value(),
                Map.of(),
                registration().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(matter.statusCode()).as(matter.body()).isIn(200, 201);
        var accounts = send("GET", "/api/v1/tenants/" + TENANT + "/accounts?limit=200", admin, Map.of(), null);
        String accountId = null;
        for (JsonNode account : JSON.readTree(accounts.body()).path("items")) {
            if (account.path("username").asString().equals("fuzz.target")) {
                accountId = account.path("id").asString();
            }
        }
        var provincial = send(
                "POST",
                "/api/v1/provinces/" + PROVINCE + "/clients",
                operator,
                Map.of(),
                "{\"name\": \"fuzz provincial\", \"scopes\": [\"kpi:read\"]}".getBytes(StandardCharsets.UTF_8));
        assertThat(provincial.statusCode()).as(provincial.body()).isEqualTo(201);

        var fuzzOperator = send(
                "POST",
                "/api/v1/provinces/" + PROVINCE + "/operators",
                callers.get("platform administrator").value(),
                Map.of(),
                "{\"username\": \"fuzz.operator\", \"displayName\": \"模糊测试\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(fuzzOperator.statusCode()).as(fuzzOperator.body()).isEqualTo(201);

        variables.put(
                "operatorId", JSON.readTree(fuzzOperator.body()).path("id").asString());
        variables.put("tenant", TENANT);
        variables.put("code", TENANT);
        variables.put("province", PROVINCE);
        variables.put("year", "2026");
        variables.put("version", "1");
        variables.put("section", "departments");
        variables.put("matterId", JSON.readTree(matter.body()).path("id").asString());
        // No such assignment: its steps are fuzzed up to the matter's answer that it has none.
        variables.put("assignmentId", java.util.UUID.randomUUID().toString());
        variables.put("whistleId", java.util.UUID.randomUUID().toString());
        variables.put("attachmentId", java.util.UUID.randomUUID().toString());
        // No instalments on the fuzzed matter's outcome: the payment step answers that it has none.
        variables.put("number", "1");
        variables.put("lockId", java.util.UUID.randomUUID().toString());
        // A supervision item on the matter, for the item's own operations.
        var item = send(
                "POST",
                "/api/v1/tenants/" + TENANT + "/supervisions",
                callers.get("supervisor").value(),
                Map.of(),
                ("{\"matterId\": \"" + variables.get("matterId") + "\", \"reason\": \"模糊测试督办\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        variables.put("supervisionId", JSON.readTree(item.body()).path("id").asString());
        variables.put("accountId", Objects.requireNonNull(accountId, "no fuzz.target account"));
        variables.put("clientId", target[0]);
        variables.put(
                "provincialClientId",
                JSON.readTree(provincial.body()).path("clientId").asString());
    }

    @TestFactory
    Stream<DynamicTest> noMutantOfAnyOperationIsAServerErrorOrLeavesARefusedWriteBehind() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        Path specs = Path.of(System.getProperty("onedoor.specs", "../openapi/specs"));
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> readable = new java.util.HashSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (String spec : SPECS) {
            OpenAPI api =
                    new OpenAPIV3Parser().read(specs.resolve(spec + ".yaml").toString(), null, options);
            assertThat(api).as("%s.yaml could not be read", spec).isNotNull();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String verb = method.name().toLowerCase(Locale.ROOT);
                if (verb.equals("get")) {
                    readable.add(path);
                }
                endpoints.add(new Endpoint(verb, path, item, operation));
            }));
        }
        for (Endpoint endpoint : endpoints) {
            tests.add(dynamicTest(
                    endpoint.operation().getOperationId(), () -> fuzz(endpoint, witnessOf(endpoint.path(), readable))));
        }
        return tests.stream();
    }

    private record Endpoint(String method, String path, PathItem item, Operation operation) {

        List<Parameter> parameters() {
            List<Parameter> all = new ArrayList<>();
            if (item.getParameters() != null) {
                all.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                all.addAll(operation.getParameters());
            }
            return all;
        }

        @Nullable
        String mediaType() {
            return operation.getRequestBody() == null
                    ? null
                    : operation
                            .getRequestBody()
                            .getContent()
                            .keySet()
                            .iterator()
                            .next();
        }

        boolean writes() {
            return !method.equals("get");
        }
    }

    /** A request as the fuzz sends it: values of the path's variables, query, headers and body. */
    private record Call(
            String what,
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            @Nullable JsonNode json,
            byte @Nullable [] bytes) {

        Call with(String what, Map<String, String> path, Map<String, String> query, Map<String, String> headers) {
            return new Call(what, path, query, headers, json, bytes);
        }

        Call withJson(String what, @Nullable JsonNode json) {
            return new Call(what, path, query, headers, json, null);
        }

        Call withBytes(String what, byte[] bytes) {
            return new Call(what, path, query, headers, null, bytes);
        }
    }

    private static void fuzz(Endpoint endpoint, String witness) throws Exception {
        String id = endpoint.operation().getOperationId();
        Random random = new Random(SEED ^ id.hashCode());
        Map<String, String> vars = variablesFor(endpoint);
        String caller = callerFor(endpoint, vars);
        Call valid = validCall(endpoint, vars, caller);
        List<Call> mutants = mutants(endpoint, valid, random);
        List<String> failures = new ArrayList<>();
        String concreteWitness = expand(witness, vars);
        Seen known = null;
        for (int index = 0; index < mutants.size(); index++) {
            Call mutant = mutants.get(index);
            // What the previous refused mutant left is what this one starts from.
            Seen before = !endpoint.writes() ? null : known != null ? known : seen(concreteWitness, caller);
            known = null;
            Map<String, String> headers = new LinkedHashMap<>(mutant.headers());
            // A precondition not under test is the current one, so the mutant gets past it; a key
            // not under test is a new one, so the mutant is taken in rather than compared.
            if (CURRENT_ETAG.equals(headers.get("If-Match"))) {
                if (before == null || before.etag().isEmpty()) {
                    headers.remove("If-Match");
                } else {
                    headers.put("If-Match", before.etag());
                }
            }
            if (FRESH_KEY.equals(headers.get("Idempotency-Key"))) {
                headers.put("Idempotency-Key", "fuzz-" + SEED + "-" + id + "-" + index);
            }
            HttpResponse<String> answer = send(
                    endpoint,
                    mutant.with(mutant.what(), mutant.path(), mutant.query(), headers),
                    callers.get(caller).value());
            String where = String.format(
                    "%s %s as %s, %s",
                    endpoint.method().toUpperCase(Locale.ROOT),
                    answer.uri().getRawPath()
                            + (answer.uri().getRawQuery() == null
                                    ? ""
                                    : "?" + answer.uri().getRawQuery()),
                    caller,
                    mutant.what());
            int status = answer.statusCode();
            if (status >= 500) {
                failures.add(where + " -> " + status + " " + abbreviated(answer.body()));
                continue;
            }
            if (status >= 400) {
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("application/problem+json") || !problemType(answer.body())) {
                    failures.add(where + " -> " + status + " without a problem type: " + type + " "
                            + abbreviated(answer.body()));
                }
                if (before != null) {
                    Seen after = seen(concreteWitness, caller);
                    if (!after.equals(before)) {
                        failures.add(where + " -> " + status + " but " + concreteWitness + " changed");
                    }
                    known = after;
                }
            } else if (id.equals("suspendTenant")) {
                // A suspension that took effect would shut the center to every later mutant.
                Seen suspended = seen(concreteWitness, caller);
                send(
                        "DELETE",
                        concreteWitness + "/suspension",
                        callers.get(caller).value(),
                        Map.of("If-Match", suspended.etag()),
                        null);
            }
        }
        assertThat(failures)
                .as("%d of %d mutants of %s (seed %d) answered wrongly", failures.size(), mutants.size(), id, SEED)
                .isEmpty();
    }

    // ---- the valid request of each operation ----------------------------------------------

    private static final String CURRENT_ETAG = "<current>";
    private static final String FRESH_KEY = "<fresh>";

    private static Map<String, String> variablesFor(Endpoint endpoint) {
        Map<String, String> vars = new LinkedHashMap<>(variables);
        if (endpoint.path().startsWith("/api/v1/provinces/{province}/clients")) {
            vars.put("clientId", variables.get("provincialClientId"));
        }
        if (endpoint.path().contains("/calendars/")) {
            vars.put("province", CALENDAR_PROVINCE);
        }
        return vars;
    }

    /** The first of the center's callers (then the operators) that the operation's declaration allows. */
    private static String callerFor(Endpoint endpoint, Map<String, String> vars) throws Exception {
        var match =
                POLICY.match(endpoint.method(), expand(endpoint.path(), vars)).orElseThrow();
        for (var entry : callers.entrySet()) {
            Caller caller = Caller.fromClaims(Forgery.claims(entry.getValue().value()));
            if (POLICY.decide(match, caller, PROVINCES) == Decision.ALLOW) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no caller may call " + endpoint.operation().getOperationId());
    }

    private static Call validCall(Endpoint endpoint, Map<String, String> vars, String caller) throws Exception {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : endpoint.parameters()) {
            String name = parameter.getName();
            switch (parameter.getIn()) {
                case "path" -> path.put(name, vars.get(name));
                case "query" -> {
                    String value = queryValue(name);
                    if (value != null) {
                        query.put(name, value);
                    }
                }
                case "header" -> {
                    if (name.equals("If-Match")) {
                        headers.put(name, CURRENT_ETAG);
                    } else if (name.equals("Idempotency-Key")) {
                        headers.put(name, FRESH_KEY);
                    }
                }
                default -> {}
            }
        }
        Call call = new Call("the valid request", path, query, headers, null, null);
        String media = endpoint.mediaType();
        if (media == null) {
            return call;
        }
        String id = endpoint.operation().getOperationId();
        if (media.equals("application/json")) {
            return call.withJson("the valid request", validBody(id, vars, caller));
        }
        if (id.equals("uploadAttachment")) {
            // The smallest PDF a center would keep: a scanned page's header and trailer.
            return call.withBytes(
                    "the valid request",
                    "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        }
        // The workbook: as exported.
        var workbook = send(
                "GET",
                expand("/api/v1/tenants/{tenant}/configuration-workbook", vars),
                callers.get(caller).value(),
                Map.of(),
                null);
        return call.withBytes("the valid request", workbook.body().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static @Nullable String queryValue(String name) {
        return switch (name) {
            case "limit" -> "10";
            case "orgUnit" -> DIVISION;
            case "action" -> "account.created";
            case "province" -> PROVINCE;
            case "level" -> "COUNTY";
            case "status" -> "ACTIVE";
            case "date" -> "2026-11-23";
            case "from" -> "2026-02-13";
            case "add" -> "5";
            case "before" -> "3";
            case "filename" -> "现场照片.pdf";
            default -> null;
        };
    }

    private static JsonNode validBody(String operation, Map<String, String> vars, String caller) throws Exception {
        return switch (operation) {
            case "onboardTenant" -> onboarding();
            case "suspendTenant" -> JSON.readTree("{\"reason\": \"模糊测试暂停\"}");
            // The most a tenant may be given: an accepted mutant must not throttle the fuzz.
            case "setTenantRateLimit" -> JSON.readTree("{\"replenishRate\": 10000, \"burstCapacity\": 10000}");
            case "createOperator" -> JSON.readTree("{\"username\": \"fuzz.another\", \"displayName\": \"模糊测试\"}");
            case "registerMatter" -> registration();
            // The steps of a matter's life: the fuzz walks them in the spec's order on one matter.
            case "triageMatter" -> JSON.readTree("{\"reason\": \"窗口确认为拖欠工资\"}");
            case "dispatchMatter", "signAssignment", "closeMatter" -> JSON.readTree("{}");
            case "returnAssignment" -> JSON.readTree("{\"reason\": \"不属于本部门职责\"}");
            case "completeAssignment" -> JSON.readTree("{\"summary\": \"已核实工时和金额\"}");
            case "whistleDepartment" -> JSON.readTree("{\"department\": \"water\", \"reason\": \"核实工程进度\"}");
            case "recordArrival" -> JSON.readTree("{\"person\": \"水利局 李工\"}");
            case "addHandlingRecord" -> JSON.readTree("{\"kind\": \"VISIT\", \"summary\": \"到工地核对机械台班\"}");
            case "recordMediationSession" -> JSON.readTree("""
                    {"mode": "BACK_TO_BACK", "mediator": {"name": "人民调解员 王某"}, "room": "家事邻里调解室",
                     "participants": ["申请人张某", "承包方代理人"], "minutes": "分别听取双方意见"}""");
            case "splitMatter" ->
                JSON.readTree(
                        "{\"locks\": [{\"title\": \"拖欠工资\", \"department\": \"human-resources\", \"workingDays\": 5}]}");
            case "proposeKey" -> JSON.readTree("{\"proposal\": \"核实工时后分两期支付工资\"}");
            case "recordJointMeeting" ->
                JSON.readTree(
                        "{\"participants\": [\"human-resources\", \"court\"], \"plan\": \"先付工资再赔偿\", \"agent\": \"代办员 王某\"}");
            case "recordOutcome" -> JSON.readTree("{\"kind\": \"MEDIATED_AGREEMENT\", \"summary\": \"双方达成调解协议\"}");
            case "recordInstalmentPayment" -> JSON.readTree("{\"paidOn\": \"2026-05-01\"}");
            case "recordJudicialConfirmation" ->
                JSON.readTree("{\"acceptedOn\": \"2026-05-01\", \"number\": \"(2026)新0102民特12号\"}");
            case "recordFollowUp" -> JSON.readTree("{\"satisfaction\": \"SATISFIED\"}");
            case "withdrawMatter" -> JSON.readTree("{\"reason\": \"当事人自行和解\"}");
            case "pauseMatter" -> JSON.readTree("{\"waitingOn\": \"CITIZEN\", \"reason\": \"等待申请人补充材料\"}");
            case "resumeMatter" -> JSON.readTree("{}");
            case "requestExtension" -> JSON.readTree("{\"clock\": \"CLOSURE\", \"days\": 3, \"reason\": \"需等待鉴定结论\"}");
            case "decideExtension" -> JSON.readTree("{\"approved\": false, \"remarks\": \"理由不充分\"}");
            case "markNotificationsRead" -> JSON.readTree("{\"upTo\": \"2026-12-01T00:00:00Z\"}");
            case "openSupervision" ->
                JSON.readTree("{\"matterId\": \"" + vars.get("matterId") + "\", \"reason\": \"模糊测试督办\"}");
            case "recordSupervisionStep" -> JSON.readTree("{\"kind\": \"REMINDER\", \"note\": \"请尽快办理\"}");
            case "createAccount" -> JSON.readTree("""
                    {"username": "fuzz.new", "displayName": "模糊测试", "roles": ["STAFF"], "orgUnitCode": "%s",
                     "department": "综治办", "password": "Fuzz-password-2026!"}""".formatted(DIVISION));
            case "changeAccountRoles" -> JSON.readTree("{\"roles\": [\"AUDITOR\"]}");
            case "changeAccountDepartment" -> JSON.readTree("{\"departmentCode\": \"human-resources\"}");
            case "setAccountPassword" -> JSON.readTree("{\"password\": \"Fuzz-password-2027!\"}");
            case "createTenantClient" -> JSON.readTree("{\"name\": \"fuzz client\", \"scopes\": [\"cases:read\"]}");
            case "createProvincialClient" -> JSON.readTree("{\"name\": \"fuzz client\", \"scopes\": [\"kpi:read\"]}");
            case "saveConfigurationAsTemplate" ->
                JSON.readTree("{\"name\": \"fuzz-template\", \"description\": \"模糊测试的模板\"}");
            case "replaceConfiguration", "replaceConfigurationSection" -> {
                JsonNode current = JSON.readTree(text(send(
                        "GET",
                        expand("/api/v1/tenants/{tenant}/configuration", vars),
                        callers.get(caller).value(),
                        Map.of(),
                        null)));
                ObjectNode document = NODES.objectNode();
                List<String> sections = operation.equals("replaceConfiguration")
                        ? List.of("orgUnits", "areas", "departments", "categories", "calendar", "kpis")
                        : List.of(vars.get("section"));
                sections.forEach(
                        section -> document.set(section, current.path(section).deepCopy()));
                yield document;
            }
            case "putProvinceCalendar" ->
                JSON.readTree(text(send(
                        "GET",
                        expand("/api/v1/provinces/{province}/calendars/{year}", vars),
                        callers.get(caller).value(),
                        Map.of(),
                        null)));
            default -> throw new AssertionError("no valid body known for " + operation + "; add one");
        };
    }

    private static ObjectNode onboarding() {
        ObjectNode body = NODES.objectNode();
        body.put("code", TENANT);
        body.put("name", "科尔沁左翼后旗社会治安综合治理中心");
        body.put("divisionCode", DIVISION);
        body.put("level", "COUNTY");
        body.put("parentCode", "nm-tongliao");
        body.put("provinceCode", PROVINCE);
        body.put("template", "standard-county");
        return body;
    }

    private static JsonNode registration() throws Exception {
        return JSON.readTree("""
                {"channel": "WALK_IN", "categoryCode": "labor.wage-arrears",
                 "description": "王某反映某养殖合作社拖欠工资一万二千元。", "amountFen": 1200000,
                 "orgUnitCode": "%s", "place": "保康镇", "occurredOn": "2026-10-08",
                 "parties": [{"kind": "PERSON", "role": "APPLICANT", "name": "王某",
                              "idNumber": "150502197908210468", "phone": "13904751234"},
                             {"kind": "ORGANIZATION", "role": "RESPONDENT", "name": "某养殖专业合作社"}]}""".formatted(DIVISION));
    }

    /**
     * Where a write of the path can be seen: the path itself if it can be read, else the nearest
     * readable resource above it (a center's configuration for everything that writes it).
     */
    private static String witnessOf(String path, Set<String> readable) {
        if (path.contains("/configuration-templates")) {
            return "/api/v1/templates";
        }
        if (path.contains("/configuration")) {
            return "/api/v1/tenants/{tenant}/configuration";
        }
        String at = path;
        while (!readable.contains(at) && at.lastIndexOf('/') > 0) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return at;
    }

    // ---- mutants ------------------------------------------------------------------------

    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> TEXTS = List.of("nul", "emoji", "rtl", "empty", "huge");
    /** The mutants made of every place in a body, not drawn: each found a server error once. */
    private static final List<String> ALWAYS = List.of(" left out", " nul", " with a null item");

    /**
     * The mutants of the request: every one of the parameters and of the body as a whole, and,
     * for each distinct place in the body (items of a list count as one place, one item drawn
     * for it), the property left out, a NUL in its text and a null item in its list; then as
     * many of the other mutants of those places as the bound leaves room for (at least a third
     * of it), drawn by the seeded random.
     */
    private static List<Call> mutants(Endpoint endpoint, Call valid, Random random) {
        List<Call> always = new ArrayList<>();
        List<Call> drawn = new ArrayList<>();
        for (Parameter parameter : endpoint.parameters()) {
            always.addAll(parameterMutants(parameter, valid));
        }
        Map<String, String> unknown = new LinkedHashMap<>(valid.query());
        unknown.put("fuzz", "1");
        always.add(valid.with("an unknown query parameter", valid.path(), unknown, valid.headers()));
        if (valid.json() != null) {
            JsonNode body = valid.json();
            always.add(valid.withJson("no body", null));
            always.add(valid.withJson("body null", NODES.nullNode()));
            always.add(valid.withJson("body an array", NODES.arrayNode().add(body.deepCopy())));
            always.add(valid.withJson("body a string", NODES.stringNode("{}")));
            always.add(valid.withBytes("body not JSON", "{\"unclosed\": [".getBytes(StandardCharsets.UTF_8)));
            Map<String, List<String[]>> shapes = new LinkedHashMap<>();
            places(body, new ArrayList<>(), shapes);
            for (List<String[]> places : shapes.values()) {
                String[] place = places.get(random.nextInt(places.size()));
                for (Call mutant : bodyMutants(valid, place)) {
                    (ALWAYS.stream().anyMatch(mutant.what()::endsWith) ? always : drawn).add(mutant);
                }
            }
        } else if (valid.bytes() != null) {
            always.add(valid.withBytes("an empty upload", new byte[0]));
            always.add(valid.withBytes(
                    "an upload that is no workbook", "not a workbook".getBytes(StandardCharsets.UTF_8)));
            byte[] noise = new byte[64 * 1024];
            random.nextBytes(noise);
            always.add(valid.withBytes("64 KB of noise", noise));
            byte[] truncated = java.util.Arrays.copyOf(valid.bytes(), valid.bytes().length / 2);
            always.add(valid.withBytes("a workbook cut in half", truncated));
        }
        Collections.shuffle(drawn, random);
        List<Call> chosen = new ArrayList<>(always);
        chosen.addAll(
                drawn.subList(0, Math.min(drawn.size(), Math.max(PER_OPERATION - always.size(), PER_OPERATION / 3))));
        return chosen;
    }

    private static List<Call> parameterMutants(Parameter parameter, Call valid) {
        String name = parameter.getName();
        String in = parameter.getIn();
        String type = parameter.getSchema() == null
                ? "string"
                : String.valueOf(parameter.getSchema().getType());
        List<Call> mutants = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (in.equals("header")) {
            values.addAll(List.of("", "x", "*", "\"99999\"", "W/\"1\"", "x".repeat(1000)));
        } else {
            String base =
                    in.equals("path") ? valid.path().get(name) : valid.query().getOrDefault(name, "a");
            values.addAll(List.of("\u0000", base + "\uD83C\uDFE0", "\u202E" + base, "x".repeat(1000), "x"));
            if (!in.equals("path")) {
                values.add("");
            }
            if (type.equals("integer") || type.equals("number") || in.equals("path")) {
                values.addAll(List.of(
                        "-1",
                        "0",
                        "1.5",
                        "9223372036854775807",
                        "-9223372036854775808",
                        "9223372036854775808",
                        "1e400"));
            }
        }
        for (String value : values) {
            mutants.add(parameterSet(valid, in, name, value, in + " " + name + " = " + printable(value)));
        }
        if (!in.equals("path")) {
            mutants.add(parameterSet(valid, in, name, null, in + " " + name + " left out"));
        }
        return mutants;
    }

    private static Call parameterSet(Call valid, String in, String name, @Nullable String value, String what) {
        Map<String, String> path = new LinkedHashMap<>(valid.path());
        Map<String, String> query = new LinkedHashMap<>(valid.query());
        Map<String, String> headers = new LinkedHashMap<>(valid.headers());
        Map<String, String> target =
                switch (in) {
                    case "path" -> path;
                    case "query" -> query;
                    default -> headers;
                };
        if (value == null) {
            target.remove(name);
        } else {
            target.put(name, value);
        }
        return valid.with(what, path, query, headers);
    }

    /**
     * Every property and item of the body, as the steps that lead to it, grouped by their shape
     * (the steps with the items' indexes left out: {@code parties[].name}).
     */
    private static void places(JsonNode node, List<String> at, Map<String, List<String[]>> shapes) {
        if (node.isObject()) {
            for (var property : node.properties()) {
                List<String> next = new ArrayList<>(at);
                next.add(property.getKey());
                add(next, shapes);
                places(property.getValue(), next, shapes);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> next = new ArrayList<>(at);
                next.add("[" + i + "]");
                add(next, shapes);
                places(node.get(i), next, shapes);
            }
        }
    }

    private static void add(List<String> place, Map<String, List<String[]>> shapes) {
        String shape = String.join(".", place).replaceAll("\\[[0-9]+]", "[]");
        shapes.computeIfAbsent(shape, key -> new ArrayList<>()).add(place.toArray(String[]::new));
    }

    private static List<Call> bodyMutants(Call valid, String[] place) {
        JsonNode value = locate(valid.json(), place);
        String where = String.join(".", place).replace(".[", "[");
        List<Call> mutants = new ArrayList<>();
        if (!place[place.length - 1].startsWith("[")) {
            mutants.add(valid.withJson(where + " left out", replaced(valid.json(), place, null)));
        }
        mutants.add(valid.withJson(where + " = null", replaced(valid.json(), place, NODES.nullNode())));
        if (value.isString()) {
            mutants.add(valid.withJson(where + " a number", replaced(valid.json(), place, NODES.numberNode(12345))));
            for (String kind : TEXTS) {
                String text =
                        switch (kind) {
                            case "nul" -> value.asString() + "\u0000";
                            case "emoji" -> value.asString() + "\uD83C\uDFE0";
                            case "rtl" -> "\u202E" + value.asString();
                            case "empty" -> "";
                            default -> HUGE;
                        };
                mutants.add(valid.withJson(where + " " + kind, replaced(valid.json(), place, NODES.stringNode(text))));
            }
        } else if (value.isNumber()) {
            mutants.add(valid.withJson(where + " a string", replaced(valid.json(), place, NODES.stringNode("12x"))));
            mutants.add(valid.withJson(
                    where + " int64 max", replaced(valid.json(), place, NODES.numberNode(Long.MAX_VALUE))));
            mutants.add(valid.withJson(
                    where + " int64 min", replaced(valid.json(), place, NODES.numberNode(Long.MIN_VALUE))));
            mutants.add(valid.withJson(
                    where + " past int64",
                    replaced(valid.json(), place, NODES.numberNode(new java.math.BigInteger("9223372036854775808")))));
            mutants.add(valid.withJson(where + " negative", replaced(valid.json(), place, NODES.numberNode(-1))));
            mutants.add(valid.withJson(where + " a fraction", replaced(valid.json(), place, NODES.numberNode(0.5))));
        } else if (value.isBoolean()) {
            mutants.add(valid.withJson(where + " a string", replaced(valid.json(), place, NODES.stringNode("yes"))));
        } else if (value.isArray()) {
            mutants.add(valid.withJson(
                    where + " an object",
                    replaced(valid.json(), place, NODES.objectNode().put("x", 1))));
            mutants.add(valid.withJson(where + " empty", replaced(valid.json(), place, NODES.arrayNode())));
            ArrayNode holed = (ArrayNode) value.deepCopy();
            holed.addNull();
            mutants.add(valid.withJson(where + " with a null item", replaced(valid.json(), place, holed)));
        } else if (value.isObject()) {
            mutants.add(valid.withJson(where + " a string", replaced(valid.json(), place, NODES.stringNode("x"))));
            ObjectNode extra = (ObjectNode) value.deepCopy();
            extra.put("fuzzUnknown", 1);
            mutants.add(valid.withJson(where + " with an unknown property", replaced(valid.json(), place, extra)));
        }
        return mutants;
    }

    private static JsonNode locate(@Nullable JsonNode root, String[] place) {
        JsonNode at = Objects.requireNonNull(root);
        for (String step : place) {
            at = step.startsWith("[") ? at.get(Integer.parseInt(step.substring(1, step.length() - 1))) : at.get(step);
        }
        return at;
    }

    /** A copy of the body with the value at the place replaced, or removed (null). */
    private static JsonNode replaced(@Nullable JsonNode root, String[] place, @Nullable JsonNode value) {
        JsonNode copy = Objects.requireNonNull(root).deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < place.length - 1; i++) {
            String step = place[i];
            parent = step.startsWith("[")
                    ? parent.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : parent.get(step);
        }
        String last = place[place.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last.substring(1, last.length() - 1)), value == null ? NODES.nullNode() : value);
        } else if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        }
        return copy;
    }

    // ---- HTTP ---------------------------------------------------------------------------

    /** What a reader of the written resource sees: status, ETag and body. */
    private record Seen(int status, String etag, String body) {}

    private static Seen seen(String path, String caller) throws Exception {
        var answer = send("GET", path, callers.get(caller).value(), Map.of(), null);
        return new Seen(answer.statusCode(), answer.headers().firstValue("ETag").orElse(""), answer.body());
    }

    private static HttpResponse<String> send(Endpoint endpoint, Call call, String token) throws Exception {
        String path = endpoint.path();
        for (var variable : call.path().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", encoded(variable.getValue()));
        }
        StringBuilder query = new StringBuilder();
        call.query().forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                .append(encoded(name))
                .append('=')
                .append(encoded(value)));
        byte[] body =
                call.bytes() != null ? call.bytes() : call.json() == null ? null : JSON.writeValueAsBytes(call.json());
        Map<String, String> headers = new LinkedHashMap<>(call.headers());
        if (body != null) {
            headers.put("Content-Type", Objects.requireNonNullElse(endpoint.mediaType(), "application/json"));
        }
        return send(endpoint.method().toUpperCase(Locale.ROOT), path + query, token, headers, body);
    }

    private static HttpResponse<String> send(
            String method, String pathAndQuery, String token, Map<String, String> headers, byte @Nullable [] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> answer =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        // The gateway's rate limits are not under test here: wait as told and ask again.
        for (int tries = 0; answer.statusCode() == 429 && tries < 20; tries++) {
            Thread.sleep(1000L
                    * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        }
        return answer;
    }

    /** Percent-encodes every byte of the value's UTF-8 but the unreserved characters. */
    private static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String expand(String template, Map<String, String> vars) {
        String path = template;
        for (var variable : vars.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        return path;
    }

    private static boolean problemType(String body) {
        try {
            return JSON.readTree(body).path("type").isString();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** Answers are read byte for byte (a workbook is one); a JSON one is UTF-8. */
    private static String text(HttpResponse<String> answer) {
        return new String(answer.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        String text = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String printable(String value) {
        String shown = value.length() > 20 ? value.substring(0, 8) + "...(" + value.length() + " chars)" : value;
        return shown.replace("\u0000", "\\u0000").replace("\u202E", "\\u202E");
    }

    /** A caller's token, fetched again before it can expire (tokens live five minutes). */
    private static final class Token {

        private final Source source;
        private @Nullable String value;
        private long fetchedAt;

        Token(Source source) {
            this.source = source;
        }

        synchronized String value() throws Exception {
            if (value == null
                    || System.nanoTime() - fetchedAt > Duration.ofMinutes(3).toNanos()) {
                value = source.get();
                fetchedAt = System.nanoTime();
            }
            return value;
        }

        @FunctionalInterface
        interface Source {
            String get() throws Exception;
        }
    }
}
