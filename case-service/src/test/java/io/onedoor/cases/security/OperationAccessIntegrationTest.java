package io.onedoor.cases.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.access.AccessPolicy;
import io.onedoor.support.access.AccessPolicy.Operation;
import io.onedoor.support.access.AccessRule;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks every operation cases.yaml declares and proves, for each, that the service itself refuses
 * every caller its {@code x-onedoor-access} does not allow (whatever the gateway did or did not do),
 * and that no refused request changes anything.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationAccessIntegrationTest {

    static final AccessPolicy CASES = AccessPolicy.fromClasspath("openapi/cases.yaml");
    static final TestIssuer ISSUER = TestTokens.ISSUER;
    static final Set<String> CASE_SCOPES = Set.of("cases:read", "cases:write", "supervision:write", "kpi:read");
    static final String COUNTY = "654301";

    /** A valid body of each step of a matter's life. */
    static final Map<String, Object> STEPS = Map.ofEntries(
            Map.entry("triageMatter", Map.of("reason", "confirmed at the window")),
            Map.entry("dispatchMatter", Map.of()),
            Map.entry("signAssignment", Map.of()),
            Map.entry("returnAssignment", Map.of("reason", "not ours")),
            Map.entry("completeAssignment", Map.of("summary", "done")),
            Map.entry("whistleDepartment", Map.of("department", "insurance", "reason", "verify the claim")),
            Map.entry("recordArrival", Map.of("person", "the committee's mediator")),
            Map.entry("addHandlingRecord", Map.of("kind", "VISIT", "summary", "visited the site")),
            Map.entry(
                    "recordMediationSession",
                    Map.of(
                            "mode",
                            "BACK_TO_BACK",
                            "mediator",
                            Map.of("name", "a people's mediator"),
                            "participants",
                            List.of("the applicant"),
                            "minutes",
                            "each side heard apart")),
            Map.entry(
                    "splitMatter",
                    Map.of("locks", List.of(Map.of("title", "wages", "department", "hrss", "workingDays", 5)))),
            Map.entry("proposeKey", Map.of("proposal", "pay the wages in two instalments")),
            Map.entry(
                    "recordJointMeeting",
                    Map.of("participants", List.of("hrss", "court"), "plan", "pay and compensate", "agent", "Li")),
            Map.entry("recordOutcome", Map.of("kind", "MEDIATED_AGREEMENT", "summary", "agreed")),
            Map.entry("recordInstalmentPayment", Map.of("paidOn", "2026-05-01")),
            Map.entry("recordJudicialConfirmation", Map.of("acceptedOn", "2026-05-01")),
            Map.entry("closeMatter", Map.of()),
            Map.entry("recordFollowUp", Map.of("satisfaction", "SATISFIED")),
            Map.entry("withdrawMatter", Map.of("reason", "settled privately")),
            Map.entry("pauseMatter", Map.of("waitingOn", "CITIZEN", "reason", "waiting for the wage records")),
            Map.entry("resumeMatter", Map.of()),
            Map.entry("requestExtension", Map.of("clock", "CLOSURE", "days", 2, "reason", "the court's files")),
            Map.entry("decideExtension", Map.of("approved", true)));

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode altay;
    TenantCode atushi;
    String altayMatter;
    String altayAttachment;
    String altaySupervision;
    String altayToSupervise;

    @BeforeAll
    void twoTenantsWithAMatterEach() {
        altay = api.onboard("acl-altay", COUNTY);
        atushi = api.onboard("acl-atushi", "653001");
        altayMatter = api.register(altay, Requests.machineryRent("altay"))
                .body()
                .path("id")
                .asString();
        api.register(atushi, Requests.machineryRent("atushi"));
        altayAttachment = api.as(ISSUER.token(claims("STAFF", altay.value(), Set.of("cases:write"))))
                .send(
                        "POST",
                        "/api/v1/tenants/" + altay.value() + "/matters/" + altayMatter
                                + "/attachments?filename=site.png",
                        new CaseApi.Binary(Requests.PNG, "image/png"),
                        null)
                .body()
                .path("id")
                .asString();
        // Matters of their own: the walk withdraws the first one.
        altayToSupervise = api.register(altay, Requests.machineryRent("altay to supervise"))
                .body()
                .path("id")
                .asString();
        String supervised = api.register(altay, Requests.machineryRent("altay supervised"))
                .body()
                .path("id")
                .asString();
        altaySupervision = api.as(ISSUER.token(claims("SUPERVISOR", altay.value(), Set.of("supervision:write"))))
                .send(
                        "POST",
                        "/api/v1/tenants/" + altay.value() + "/supervisions",
                        Map.of("matterId", supervised, "reason", "supervised for the walk"),
                        null)
                .body()
                .path("id")
                .asString();
    }

    Stream<Operation> operations() {
        return CASES.operations().stream();
    }

    @Test
    void theSpecDeclaresTheOperationsThisServiceServes() {
        // A new operation must be served, and then this walk covers it too.
        assertThat(CASES.operations())
                .extracting(Operation::id)
                .containsExactlyInAnyOrder(
                        "registerMatter",
                        "listMatters",
                        "getMatter",
                        "triageMatter",
                        "dispatchMatter",
                        "signAssignment",
                        "returnAssignment",
                        "completeAssignment",
                        "whistleDepartment",
                        "recordArrival",
                        "uploadAttachment",
                        "getAttachment",
                        "addHandlingRecord",
                        "recordMediationSession",
                        "splitMatter",
                        "proposeKey",
                        "recordJointMeeting",
                        "recordOutcome",
                        "recordInstalmentPayment",
                        "recordJudicialConfirmation",
                        "closeMatter",
                        "recordFollowUp",
                        "withdrawMatter",
                        "getMatterTimeline",
                        "pauseMatter",
                        "resumeMatter",
                        "requestExtension",
                        "decideExtension",
                        "listWarnings",
                        "listNotifications",
                        "countUnreadNotifications",
                        "markNotificationsRead",
                        "openSupervision",
                        "listSupervisions",
                        "getSupervision",
                        "recordSupervisionStep",
                        "getSupervisionBoard");
        assertThat(CASES.operations())
                .allSatisfy(
                        operation -> assertThat(operation.rules()).isNotEmpty().allSatisfy(rule -> {
                            assertThat(rule.service()).isFalse();
                            assertThat(rule.tenant()).isEqualTo("path");
                            assertThat(rule.scopes()).isNotEmpty();
                            assertThat(rule.roles()).doesNotContain("OPERATOR", "TENANT_ADMIN");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyCallerTheSpecDoesNotAllowIsRefusedAndWritesNothing(Operation operation) {
        AccessRule rule = operation.rules().getFirst();
        String role = allowedRole(rule);
        Map<String, Object> allowed = claims(role, altay.value(), rule.scopes());

        // The request itself is sound: the allowed caller gets through. A step may find the
        // matter in a state that does not allow it (or no such assignment): the matter's answer,
        // not the access rules'.
        Response control = call(operation, api.as(ISSUER.token(allowed)), Map.of());
        if (STEPS.containsKey(operation.id())) {
            assertThat(control.status()).as(operation.id() + " allowed").isIn(200, 404, 409);
            if (control.status() != 200) {
                assertThat(control.problemType())
                        .as(operation.id() + " allowed")
                        .matches(".*/(illegal-transition|assignment-not-found|whistle-not-found|instalment-not-found"
                                + "|lock-not-found|extension-not-found)$");
            }
        } else {
            assertThat(control.status()).as(operation.id() + " allowed").isBetween(200, 299);
        }

        String before = snapshot();
        List<Denial> denials = new ArrayList<>();
        denials.add(new Denial("no token", api.anonymous(), 401, "unauthenticated"));
        denials.add(new Denial("expired", api.as(ISSUER.expired(allowed)), 401, "invalid-token"));
        denials.add(new Denial(
                "signed by an unpublished key", api.as(ISSUER.signedByUnpublishedKey(allowed)), 401, "invalid-token"));
        denials.add(new Denial("alg none", api.as(ISSUER.unsigned(allowed)), 401, "invalid-token"));
        denials.add(new Denial(
                "HS256 keyed with the published public key", api.as(hmacWithPublicKey(allowed)), 401, "invalid-token"));
        denials.add(new Denial(
                "another issuer",
                api.as(ISSUER.token(with(allowed, "iss", "https://issuer.example.org"))),
                401,
                "invalid-token"));
        denials.add(new Denial("malformed", api.withAuthorization("Bearer not.a.token"), 401, "invalid-token"));
        // Signed and valid in every other way: refused for its size alone.
        denials.add(new Denial(
                "Authorization header over 8 KB",
                api.as(ISSUER.token(with(allowed, "padding", "a".repeat(6 * 1024)))),
                401,
                "invalid-token"));
        denials.add(new Denial(
                "basic credentials", api.withAuthorization("Basic YWRtaW46YWRtaW4="), 401, "unauthenticated"));
        denials.add(new Denial(
                "another tenant's token",
                api.as(ISSUER.token(claims(role, atushi.value(), rule.scopes()))),
                403,
                "forbidden"));
        denials.add(new Denial(
                "a provincial token without a tenant",
                api.as(ISSUER.token(claims(role, null, rule.scopes()))),
                403,
                "forbidden"));
        for (String wrongRole : List.of("OPERATOR", "TENANT_ADMIN")) {
            // Even with the tenant and every scope the operation names: the role is not one of its roles.
            denials.add(new Denial(
                    "role " + wrongRole,
                    api.as(ISSUER.token(claims(wrongRole, altay.value(), CASE_SCOPES))),
                    403,
                    "forbidden"));
        }
        denials.add(new Denial("no role", api.as(ISSUER.token(with(allowed, "roles", List.of()))), 403, "forbidden"));
        for (String required : rule.scopes()) {
            Set<String> others = new TreeSet<>(CASE_SCOPES);
            others.remove(required);
            denials.add(new Denial(
                    "missing scope " + required,
                    api.as(ISSUER.token(claims(role, altay.value(), others))),
                    403,
                    "forbidden"));
        }

        for (Denial denial : denials) {
            Response refused = call(operation, denial.api(), Map.of());
            String what = operation.id() + ", " + denial.name();
            assertThat(refused.status()).as(what).isEqualTo(denial.status());
            if (denial.status() == 401) {
                assertThat(refused.headers().getFirst("WWW-Authenticate"))
                        .as(what)
                        .startsWith("Bearer");
            }
            if (denial.kind() != null) {
                assertThat(refused.problemType()).as(what).endsWith("/" + denial.kind());
            }
            // Nothing of the tenant's matters, nor of the caller's claims, comes back.
            assertThat(refused.text()).as(what).doesNotContain("altay]").doesNotContain(role);
        }
        assertThat(snapshot()).as(operation.id()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void neitherAForwardedTenantHeaderNorAMismatchedTenantClaimGrantsAccess(Operation operation) {
        AccessRule rule = operation.rules().getFirst();
        String role = allowedRole(rule);
        Map<String, String> forwarded = Map.of(
                "X-Onedoor-Tenant",
                altay.value(),
                "X-Forwarded-User",
                "staff-of-" + altay.value(),
                "X-Onedoor-Roles",
                role);
        String before = snapshot();

        Map<String, CaseApi> callers = new HashMap<>();
        callers.put("another tenant's token", api.as(ISSUER.token(claims(role, atushi.value(), rule.scopes()))));
        callers.put("a token without a tenant", api.as(ISSUER.token(claims(role, null, rule.scopes()))));
        callers.put(
                "tenant claim in capitals",
                api.as(ISSUER.token(claims(role, altay.value().toUpperCase(java.util.Locale.ROOT), rule.scopes()))));
        callers.put("tenant claim padded", api.as(ISSUER.token(claims(role, " " + altay.value(), rule.scopes()))));
        callers.put(
                "tenant claim as a list",
                api.as(ISSUER.token(with(claims(role, null, rule.scopes()), "tenant", List.of(altay.value())))));
        callers.put(
                "tenant claim of a longer code",
                api.as(ISSUER.token(claims(role, altay.value() + "0", rule.scopes()))));
        for (var caller : callers.entrySet()) {
            String what = operation.id() + ", " + caller.getKey();
            for (Map<String, String> headers : List.of(Map.<String, String>of(), forwarded)) {
                Response refused = call(operation, caller.getValue(), headers);
                assertThat(refused.status()).as(what).isEqualTo(403);
                assertThat(refused.problemType()).as(what).endsWith("/forbidden");
            }
        }
        Response anonymous = call(operation, api.anonymous(), forwarded);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(snapshot()).as(operation.id()).isEqualTo(before);
    }

    /** The operation on the first tenant, with a valid body where it takes one. */
    private Response call(Operation operation, CaseApi caller, Map<String, String> headers) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value =
                    switch (variable.group(1)) {
                        case "tenant" -> altay.value();
                        case "matterId" -> altayMatter;
                        case "attachmentId" -> altayAttachment;
                        case "supervisionId" -> altaySupervision;
                        case "assignmentId", "whistleId", "lockId" ->
                            java.util.UUID.randomUUID().toString();
                        case "number" -> "1";
                        default ->
                            throw new IllegalStateException(operation.id()
                                    + " has a path variable this test cannot fill: " + variable.group(1));
                    };
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        if (STEPS.containsKey(operation.id())) {
            // Any version: the walk is about who may take the step, not which version it was decided on.
            Map<String, String> withVersion = new HashMap<>(headers);
            withVersion.put("If-Match", "*");
            return caller.send("POST", path.toString(), STEPS.get(operation.id()), null, withVersion);
        }
        if (operation.id().equals("uploadAttachment")) {
            return caller.send(
                    "POST", path + "?filename=site.png", new CaseApi.Binary(Requests.PNG, "image/png"), null, headers);
        }
        Object body =
                switch (operation.id()) {
                    case "openSupervision" -> Map.of("matterId", altayToSupervise, "reason", "opened by the walk");
                    case "recordSupervisionStep" -> Map.of("kind", "REMINDER", "note", "reminded by the walk");
                    case "markNotificationsRead" -> Map.of("upTo", Instant.now().toString());
                    default -> operation.method().equals("post") ? Requests.machineryRent(operation.id()) : null;
                };
        String key = operation.method().equals("post") ? "access-" + java.util.UUID.randomUUID() : null;
        return caller.send(operation.method().toUpperCase(java.util.Locale.ROOT), path.toString(), body, key, headers);
    }

    /** Everything a request could have written, in both tenants. */
    private String snapshot() {
        StringBuilder state = new StringBuilder();
        for (TenantCode tenant : List.of(altay, atushi)) {
            String schema = tenant.quotedSchemaName();
            state.append(jdbc.queryForMap("select (select count(*) from " + schema + ".matter) as matters, "
                    + "(select count(*) from " + schema + ".matter_party) as parties, "
                    + "(select count(*) from " + schema + ".idempotency_record) as keys, "
                    + "(select coalesce(sum(last_value), 0) from " + schema + ".matter_code_counter) as numbers, "
                    + "(select coalesce(max(version), 0) from " + schema + ".matter) as versions, "
                    + "(select count(*) from " + schema + ".matter_assignment) as assignments, "
                    + "(select count(*) from " + schema + ".matter_attachment) as attachments, "
                    + "(select count(*) from " + schema + ".matter_handling_record) as records, "
                    + "(select count(*) from " + schema + ".matter_mediation_session) as sessions, "
                    + "(select count(*) from " + schema + ".matter_instalment) as instalments, "
                    + "(select count(*) from " + schema + ".matter_lock) as locks, "
                    + "(select count(*) from " + schema + ".matter_joint_meeting) as meetings, "
                    + "(select count(*) from " + schema + ".matter_pause) as pauses, "
                    + "(select count(*) from " + schema + ".matter_extension) as extensions, "
                    + "(select count(*) from " + schema + ".matter_event) as events, "
                    + "(select count(*) from " + schema + ".warning) as warnings, "
                    + "(select count(*) from " + schema + ".notification) as notifications, "
                    + "(select count(*) from " + schema + ".notification_read) as reads, "
                    + "(select count(*) from " + schema + ".supervision) as supervisions, "
                    + "(select count(*) from " + schema + ".supervision_step) as supervision_steps"));
        }
        return state.toString();
    }

    private static String allowedRole(AccessRule rule) {
        // Staff where the operation allows it: the most common caller; any allowed role will do.
        return rule.roles().contains("STAFF") ? "STAFF" : new TreeSet<>(rule.roles()).first();
    }

    private static Map<String, Object> claims(String role, @Nullable String tenant, Set<String> scopes) {
        return TestIssuer.person(role, tenant, "650000", COUNTY, new LinkedHashSet<>(scopes).toArray(String[]::new));
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(claims);
        changed.put(name, value);
        return changed;
    }

    /**
     * The classic algorithm confusion: HMAC-signed with the issuer's public key (which anyone can
     * fetch) as the secret, naming the published key's id.
     */
    private static String hmacWithPublicKey(Map<String, Object> claims) {
        try {
            String jwks = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(ISSUER.jwkSetUri()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            RSAKey published = (RSAKey) JWKSet.parse(jwks).getKeys().getFirst();
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer(ISSUER.issuer())
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(300)));
            claims.forEach(set::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(published.getKeyID())
                            .build(),
                    set.build());
            jwt.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException | java.io.IOException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Denial(
            String name, CaseApi api, int status, @Nullable String kind) {}
}
