package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attacks on tenant isolation and access, each through the gateway of the running platform, each
 * asserting that nothing leaks: not the data, not a difference in status or headers that tells
 * one tenant's existence or state from another's, not an echo of what the attacker sent.
 * Jarud's matter {@link #jarudMatter} is the prize; Horqin's people are the usual attackers.
 */
class AdversarialSystemTest {

    private static final HttpClient HTTP = CheckedHttpClient.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET_MARKER = "jarud-secret-" + UUID.randomUUID();

    private static Callers callers;
    private static URI gateway;
    private static String jarudMatter;
    private static String jarud;
    private static String horqin;

    @BeforeAll
    static void plantAPrize() throws Exception {
        callers = Callers.get();
        gateway = callers.platform().gatewayUri();
        jarud = callers.hotline("nm-jarud");
        horqin = callers.hotline("nm-horqin");
        HttpResponse<String> registered =
                send("POST", "/api/v1/tenants/nm-jarud/matters", jarud, matter("150526"), Map.of());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        jarudMatter = json(registered).path("id").asString();
    }

    // ---- tokens of one tenant against another -------------------------------------------------

    @Test
    void anotherCentersTokenCannotReadAMatterByItsId() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters/" + jarudMatter, horqin), 403);
    }

    @Test
    void anotherCentersTokenCannotListTheLedger() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters", horqin), 403);
    }

    @Test
    void anotherCentersTokenCannotRegisterAMatterThere() throws Exception {
        int before = ledgerSize();
        assertRefused(send("POST", "/api/v1/tenants/nm-jarud/matters", horqin, matter("150526"), Map.of()), 403);
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aMatterIdOfAnotherCenterThroughOnesOwnPathIsAbsent() throws Exception {
        HttpResponse<String> answer = get("/api/v1/tenants/nm-horqin/matters/" + jarudMatter, horqin);
        HttpResponse<String> absent = get("/api/v1/tenants/nm-horqin/matters/" + UUID.randomUUID(), horqin);
        assertThat(answer.statusCode()).isEqualTo(404).isEqualTo(absent.statusCode());
        assertThat(withoutVolatile(answer.body()).replace(jarudMatter, "ID"))
                .isEqualTo(withoutVolatile(absent.body()).replaceAll("[0-9a-f-]{36}", "ID"));
    }

    @Test
    void aCursorOfAnotherCenterIsRefused() throws Exception {
        for (int i = 0; i < 2; i++) {
            send("POST", "/api/v1/tenants/nm-jarud/matters", jarud, matter("150526"), Map.of());
        }
        String cursor = json(get("/api/v1/tenants/nm-jarud/matters?limit=1", jarud))
                .path("nextCursor")
                .asString();
        assertThat(cursor).isNotBlank();
        HttpResponse<String> replayed = get("/api/v1/tenants/nm-horqin/matters?cursor=" + cursor, horqin);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("cursor").doesNotContain(SECRET_MARKER);
    }

    @Test
    void theSameIdempotencyKeyInTwoCentersMakesTwoSeparateMatters() throws Exception {
        String key = "shared-key-" + UUID.randomUUID();
        var inJarud = send(
                "POST", "/api/v1/tenants/nm-jarud/matters", jarud, matter("150526"), Map.of("Idempotency-Key", key));
        var inHorqin = send(
                "POST", "/api/v1/tenants/nm-horqin/matters", horqin, matter("150502"), Map.of("Idempotency-Key", key));
        assertThat(inJarud.statusCode()).isEqualTo(201);
        assertThat(inHorqin.statusCode()).isEqualTo(201);
        assertThat(json(inHorqin).path("id").asString())
                .isNotEqualTo(json(inJarud).path("id").asString());
        assertThat(inHorqin.body()).doesNotContain("150526");
    }

    @Test
    void aTenantAdminOfAnotherCenterCannotCreateAccountsThere() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/tenants/nm-jarud/accounts",
                        callers.admin("nm-horqin"),
                        "{\"username\":\"mole\",\"displayName\":\"x\",\"roles\":[\"STAFF\"],\"orgUnitCode\":\"150526\",\"password\":\"correct-horse-battery\"}",
                        Map.of()),
                403);
    }

    @Test
    void aTenantAdminOfAnotherCenterCannotIssueClientsThere() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/tenants/nm-jarud/clients",
                        callers.admin("nm-horqin"),
                        "{\"name\":\"mole\",\"scopes\":[\"cases:read\"]}",
                        Map.of()),
                403);
    }

    @Test
    void anAuditorOfAnotherCenterCannotReadItsAuditLog() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/audit-events", callers.auditor("nm-horqin")), 403);
    }

    // ---- roles and scopes ------------------------------------------------------------------------

    @Test
    void aProvincialOperatorCannotReadMattersPersonalData() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters/" + jarudMatter, callers.operator()), 403);
        assertRefused(get("/api/v1/tenants/nm-jarud/matters", callers.operator()), 403);
    }

    @Test
    void aTenantAdminCannotReadMatters() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters/" + jarudMatter, callers.admin("nm-jarud")), 403);
    }

    @Test
    void anAuditorCannotRegisterMatters() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/tenants/nm-jarud/matters",
                        callers.auditor("nm-jarud"),
                        matter("150526"),
                        Map.of()),
                403);
    }

    @Test
    void aReadOnlyClientCannotRegisterMatters() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/tenants/nm-jarud/matters",
                        callers.bootstrap(PlatformUnderTest.JARUD_READER),
                        matter("150526"),
                        Map.of()),
                403);
    }

    @Test
    void aKpiClientCannotReadMatters() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters", callers.bootstrap(PlatformUnderTest.JARUD_KPI)), 403);
    }

    @Test
    void staffCannotOnboardOrSuspendCenters() throws Exception {
        assertRefused(
                send(
                        "PUT",
                        "/api/v1/tenants/nm-jarud/suspension",
                        callers.staff("nm-jarud"),
                        "{\"reason\":\"mutiny\"}",
                        Map.of()),
                403);
        assertThat(get("/api/v1/tenants/nm-jarud/matters", jarud).statusCode()).isEqualTo(200);
    }

    @Test
    void staffCannotGrantThemselvesAccounts() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/tenants/nm-jarud/accounts",
                        callers.staff("nm-jarud"),
                        "{\"username\":\"boss\",\"displayName\":\"x\",\"roles\":[\"TENANT_ADMIN\"],\"password\":\"correct-horse-battery\"}",
                        Map.of()),
                403);
    }

    @Test
    void aTownshipsStaffCannotSeeTheCountysMatter() throws Exception {
        String township = callers.townshipStaff();
        HttpResponse<String> answer = get("/api/v1/tenants/nm-jarud/matters/" + jarudMatter, township);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(SECRET_MARKER);
        assertThat(get("/api/v1/tenants/nm-jarud/matters", township).body()).doesNotContain(jarudMatter);
    }

    // ---- provinces --------------------------------------------------------------------------------

    @Test
    void anOperatorOfAnotherProvinceCannotTellAnExistingTenantFromAnAbsentOne() throws Exception {
        String xinjiang = callers.otherProvinceOperator();
        HttpResponse<String> existing = get("/api/v1/tenants/nm-jarud", xinjiang);
        HttpResponse<String> absent = get("/api/v1/tenants/nm-nowhere", xinjiang);
        assertThat(existing.statusCode()).isEqualTo(404).isEqualTo(absent.statusCode());
        assertThat(withoutVolatile(existing.body())).isEqualTo(withoutVolatile(absent.body()));
    }

    @Test
    void anOperatorOfAnotherProvinceCannotSuspendATenant() throws Exception {
        assertRefused(
                send(
                        "PUT",
                        "/api/v1/tenants/nm-jarud/suspension",
                        callers.otherProvinceOperator(),
                        "{\"reason\":\"hostile takeover\"}",
                        Map.of()),
                404);
        assertThat(get("/api/v1/tenants/nm-jarud/matters", jarud).statusCode()).isEqualTo(200);
    }

    @Test
    void anOperatorOfAnotherProvinceCannotOnboardIntoThisOne() throws Exception {
        HttpResponse<String> answer = send(
                "POST",
                "/api/v1/tenants",
                callers.otherProvinceOperator(),
                "{\"code\":\"nm-horinger\",\"name\":\"和林格尔县综治中心\",\"divisionCode\":\"150123\",\"level\":\"COUNTY\","
                        + "\"provinceCode\":\"150000\",\"template\":\"standard-county\"}",
                Map.of());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/tenants/nm-horinger", callers.operator()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOperatorOfAnotherProvinceListsNoneOfThisProvincesTenants() throws Exception {
        HttpResponse<String> answer = get("/api/v1/tenants", callers.otherProvinceOperator());
        assertThat(answer.statusCode()).isIn(200, 403);
        assertThat(answer.body()).doesNotContain("nm-jarud").doesNotContain("nm-horqin");
    }

    @Test
    void anOperatorOfAnotherProvinceCannotCreateAdminsHere() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/tenants/nm-jarud/accounts",
                        callers.otherProvinceOperator(),
                        "{\"username\":\"mole\",\"displayName\":\"x\",\"roles\":[\"TENANT_ADMIN\"],\"password\":\"correct-horse-battery\"}",
                        Map.of()),
                404);
    }

    @Test
    void anOperatorCannotIssueClientsForAnotherProvince() throws Exception {
        assertRefused(
                send(
                        "POST",
                        "/api/v1/provinces/150000/clients",
                        callers.otherProvinceOperator(),
                        "{\"name\":\"mole\",\"scopes\":[\"tenants:read\"]}",
                        Map.of()),
                403);
    }

    // ---- forged headers ---------------------------------------------------------------------------

    @Test
    void aForgedTenantHeaderGrantsNothing() throws Exception {
        assertRefused(
                send(
                        "GET",
                        "/api/v1/tenants/nm-jarud/matters",
                        horqin,
                        null,
                        Map.of("X-Onedoor-Tenant", "nm-jarud", "X-Tenant", "nm-jarud", "X-Tenant-Id", "nm-jarud")),
                403);
    }

    @Test
    void aForgedForwardedForIsNotTakenAsTheCallersAddress() throws Exception {
        assertRefused(
                send(
                        "GET",
                        "/api/v1/tenants/nm-jarud/matters",
                        horqin,
                        null,
                        Map.of("X-Forwarded-For", "127.0.0.1", "Forwarded", "for=127.0.0.1", "X-Real-IP", "10.0.0.1")),
                403);
    }

    @Test
    void aForgedRequestIdIsReplaced() throws Exception {
        HttpResponse<String> answer = send(
                "GET",
                "/api/v1/tenants/nm-horqin/matters",
                horqin,
                null,
                Map.of("X-Request-Id", "attacker-chosen-id-42"));
        assertThat(answer.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo("attacker-chosen-id-42"));
    }

    @Test
    void aForgedInternalIdentityHeaderGrantsNothingWithoutAToken() throws Exception {
        assertRefused(
                send(
                        "GET",
                        "/api/v1/tenants/nm-jarud/matters",
                        null,
                        null,
                        Map.of("X-Onedoor-Tenant", "nm-jarud", "X-Onedoor-Roles", "STAFF", "X-User", "admin")),
                401);
    }

    // ---- paths ------------------------------------------------------------------------------------

    @Test
    void anUpperCaseTenantCodeIsNotATenant() throws Exception {
        assertRefused(get("/api/v1/tenants/NM-JARUD/matters", jarud), 404);
    }

    @Test
    void aPercentEncodedTenantCodeIsNotATenant() throws Exception {
        assertRefused(get("/api/v1/tenants/nm%2Djarud/matters", jarud), 404);
    }

    @Test
    void aLookAlikeTenantCodeIsNotATenant() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-j%D0%B0rud/matters", jarud), 404);
    }

    @Test
    void pathTraversalFromOnesOwnCenterDoesNotReachAnother() throws Exception {
        HttpResponse<String> answer = rawGet("/api/v1/tenants/nm-horqin/matters/../../nm-jarud/matters", horqin);
        assertThat(answer.statusCode()).isIn(400, 403, 404);
        assertThat(answer.body()).doesNotContain(jarudMatter);
    }

    @Test
    void encodedPathTraversalDoesNotReachAnother() throws Exception {
        HttpResponse<String> answer =
                rawGet("/api/v1/tenants/nm-horqin/matters/%2e%2e/%2e%2e/nm-jarud/matters", horqin);
        assertThat(answer.statusCode()).isIn(400, 403, 404);
        assertThat(answer.body()).doesNotContain(jarudMatter);
    }

    @Test
    void aMatrixParameterCannotSmuggleAnotherTenant() throws Exception {
        HttpResponse<String> answer = rawGet("/api/v1/tenants/nm-horqin;tenant=nm-jarud/matters", horqin);
        assertThat(answer.statusCode()).isIn(400, 403, 404);
        assertThat(answer.body()).doesNotContain(jarudMatter);
    }

    @Test
    void internalEndpointsAreNotReachableThroughTheGateway() throws Exception {
        assertThat(get("/internal/v1/tenant-directory/nm-jarud", jarud).statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", "/internal/v1/tenant-schemas/nm-jarud", jarud, "{\"divisionCode\":\"150526\"}", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/internal/v1/signing-keys/rotation", callers.operator(), "{}", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void internalEndpointsAreNotReachableByTraversal() throws Exception {
        HttpResponse<String> answer = rawGet(
                "/api/v1/tenants/nm-jarud/matters/%2e%2e/%2e%2e/%2e%2e/%2e%2e/internal/v1/tenant-directory/nm-jarud",
                jarud);
        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("\"status\":\"ACTIVE\"");
    }

    // ---- malformed requests, through the gateway and straight to each service --------------------

    /** Paths a client would normalize or refuse to send, each written byte for byte. */
    private static final List<String> MALFORMED_PATHS = List.of(
            "//api/v1/tenants/nm-jarud/matters",
            "/api/v1/tenants/nm-horqin/..;/nm-jarud/matters",
            "/api/v1/tenants/nm-jarud;x=y/matters",
            "/api/v1/tenants%2fnm-jarud/matters",
            "/api/v1/tenants/nm-jarud/matters%00",
            "/api/v1/tenants/nm-horqin/matters/%2e%2e/%2e%2e/nm-jarud/matters",
            "/api/v1/tenants/nm-jarud\\matters");

    @Test
    void malformedPathsThroughTheGatewayAreAnsweredWithProblems() throws Exception {
        for (String path : MALFORMED_PATHS) {
            HttpResponse<String> answer = rawGet(gateway, path, horqin);
            assertThat(answer.statusCode()).as(path).isIn(400, 403, 404);
            assertProblem(answer, path);
        }
    }

    @Test
    void malformedPathsStraightToEachServiceAreAnsweredWithProblems() throws Exception {
        for (URI service :
                List.of(callers.platform().caseServiceUri(), callers.platform().tenantServiceUri())) {
            for (String path : MALFORMED_PATHS) {
                HttpResponse<String> answer = rawGet(service, path, horqin);
                assertThat(answer.statusCode()).as(service + path).isIn(400, 404);
                assertProblem(answer, service + path);
                assertThat(json(answer).path("requestId").asString())
                        .as(service + path)
                        .isNotBlank();
            }
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadThroughTheGatewayAndStraightToEachService() throws Exception {
        String head = "POST /api/v1/tenants/nm-jarud/matters HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nAuthorization: Bearer " + jarud + "\r\n"
                + "Content-Length: " + 5 * 1024 * 1024 + "\r\nConnection: close\r\n\r\n";
        for (URI target : List.of(gateway, callers.platform().caseServiceUri())) {
            // Five megabytes announced and none sent: only a refusal by the length answers.
            HttpResponse<String> answer = rawRequest(target, head);
            assertThat(answer.statusCode()).as(target.toString()).isEqualTo(413);
            assertProblem(answer, target.toString());
            assertThat(json(answer).path("type").asString()).isEqualTo("https://onedoor.io/problems/content-too-large");
        }
        HttpResponse<String> internal = rawRequest(
                callers.platform().tenantServiceUri(),
                "POST /internal/v1/signing-keys/rotation HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + 5 * 1024 * 1024
                        + "\r\nConnection: close\r\n\r\n");
        assertThat(internal.statusCode()).isEqualTo(413);
        assertProblem(internal, "internal");
    }

    @Test
    void anUnknownQueryParameterIsRefusedByNameInsteadOfIgnored() throws Exception {
        HttpResponse<String> answer = get("/api/v1/tenants/nm-jarud/matters?state=CLOSED", jarud);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem(answer, "state");
        assertThat(json(answer).path("errors").get(0).path("field").asString()).isEqualTo("state");
    }

    @Test
    void aChannelTheApiRefusesIsAnsweredWithTheChannelsItAccepts() throws Exception {
        HttpResponse<String> answer = send(
                "POST",
                "/api/v1/tenants/nm-jarud/matters",
                jarud,
                matter("150526").replace("WALK_IN", "FAX"),
                Map.of());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem(answer, "channel");
        JsonNode error = json(answer).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("channel");
        assertThat(error.path("allowedValues").valueStream().map(JsonNode::asString))
                .contains("WALK_IN", "HOTLINE_12345");
    }

    @Test
    void whatTheFrameworkRefusesItselfIsATypedProblemWithTheRequestId() throws Exception {
        HttpResponse<String> notAcceptable =
                send("GET", "/api/v1/tenants/nm-jarud/matters", jarud, null, Map.of("Accept", "text/csv"));
        HttpResponse<String> unsupported = HTTP.send(
                HttpRequest.newBuilder(gateway.resolve("/api/v1/tenants/nm-jarud/matters"))
                        .header("Authorization", "Bearer " + jarud)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("a matter, in words"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(unsupported.statusCode()).isEqualTo(415);
        for (HttpResponse<String> answer : List.of(notAcceptable, unsupported)) {
            assertProblem(answer, answer.uri().toString());
            assertThat(json(answer).path("requestId").asString())
                    .isEqualTo(answer.headers().firstValue("X-Request-Id").orElseThrow());
        }
        assertThat(json(notAcceptable).path("type").asString()).endsWith("/not-acceptable");
        assertThat(json(unsupported).path("type").asString()).endsWith("/unsupported-media-type");
    }

    // ---- tokens -----------------------------------------------------------------------------------

    @Test
    void aTamperedTenantClaimIsRefused() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters", Forgery.tampered(horqin, "tenant", "nm-jarud")), 401);
    }

    @Test
    void aTamperedRoleClaimIsRefused() throws Exception {
        assertRefused(
                get(
                        "/api/v1/tenants/nm-jarud/audit-events",
                        Forgery.tampered(callers.staff("nm-jarud"), "roles", List.of("AUDITOR", "TENANT_ADMIN"))),
                401);
    }

    @Test
    void aTokenReSignedWithAnotherKeyUnderTheRealKeyIdIsRefused() throws Exception {
        assertRefused(
                get(
                        "/api/v1/tenants/nm-jarud/matters",
                        Forgery.resign(horqin, claims -> new com.nimbusds.jwt.JWTClaimsSet.Builder(claims)
                                .claim("tenant", "nm-jarud")
                                .build())),
                401);
    }

    @Test
    void anHmacTokenKeyedWithPublicMaterialIsRefused() throws Exception {
        byte[] publicKeyMaterial = get("/oauth2/jwks", null).body().getBytes(StandardCharsets.UTF_8);
        assertRefused(get("/api/v1/tenants/nm-jarud/matters", Forgery.hmacSigned(jarud, publicKeyMaterial)), 401);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters", Forgery.unsigned(jarud)), 401);
    }

    @Test
    void anOversizedTokenIsRefusedWithoutBeingParsed() throws Exception {
        String huge = jarud + "A".repeat(9_000);
        HttpResponse<String> answer = get("/api/v1/tenants/nm-jarud/matters", huge);
        assertThat(answer.statusCode()).isIn(401, 431);
        assertThat(answer.body()).doesNotContain("AAAA");
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRefused() throws Exception {
        for (String garbage : List.of("not-a-jwt", "a.b", "a.b.c.d.e", "eyJhbGciOiJub25lIn0..", "%00%00")) {
            assertRefused(get("/api/v1/tenants/nm-jarud/matters", garbage), 401);
        }
    }

    @Test
    void basicCredentialsAreNotATokenForTheApi() throws Exception {
        assertRefused(
                send(
                        "GET",
                        "/api/v1/tenants/nm-jarud/matters",
                        null,
                        null,
                        Map.of(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))),
                401);
    }

    @Test
    void aTokenInTheQueryStringIsIgnored() throws Exception {
        assertRefused(get("/api/v1/tenants/nm-jarud/matters?access_token=" + jarud, null), 401);
    }

    @Test
    void twoAuthorizationHeadersAreRefused() throws Exception {
        HttpResponse<String> answer = rawRequest(
                "GET /api/v1/tenants/nm-jarud/matters HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: Bearer "
                        + horqin + "\r\nAuthorization: Bearer " + jarud + "\r\nConnection: close\r\n\r\n");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain(jarudMatter);
    }

    // ---- clients, accounts and the audit log -------------------------------------------------------

    @Test
    void aRevokedClientCanNoLongerGetTokens() throws Exception {
        String[] client = callers.newClient("nm-jarud", "to-be-revoked-" + UUID.randomUUID(), List.of("cases:read"));
        assertThat(callers.setup().tokens().clientCredentials(client[0], client[1]))
                .isNotBlank();
        HttpResponse<String> revoked = send(
                "DELETE", "/api/v1/tenants/nm-jarud/clients/" + client[0], callers.admin("nm-jarud"), null, Map.of());
        assertThat(revoked.statusCode()).isIn(200, 204);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> callers.setup().tokens().clientCredentials(client[0], client[1]))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClientSecretIsShownOnceAndNeverAgain() throws Exception {
        String[] client = callers.newClient("nm-jarud", "secret-once-" + UUID.randomUUID(), List.of("cases:read"));
        String admin = callers.admin("nm-jarud");
        assertThat(get("/api/v1/tenants/nm-jarud/clients", admin).body()).doesNotContain(client[1]);
        assertThat(get("/api/v1/tenants/nm-jarud/audit-events?limit=200", admin).body())
                .contains(client[0])
                .doesNotContain(client[1]);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String admin = callers.admin("nm-jarud");
        String login = "lock.target@nm-jarud";
        callers.setup().account(admin, "nm-jarud", "lock.target", "锁定测试", "STAFF", "150526");
        for (int i = 0; i < 5; i++) {
            try {
                callers.setup().tokens().login(login, "wrong-password-" + i);
            } catch (IllegalStateException expected) {
                // refused, as it should be
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> callers.setup().login(login))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accountChangesAreAuditedWithWhoAndWhenButNoPassword() throws Exception {
        String admin = callers.admin("nm-jarud");
        callers.setup().account(admin, "nm-jarud", "audited.one", "审计测试", "AUDITOR", null);
        String audit = get("/api/v1/tenants/nm-jarud/audit-events?limit=200", callers.auditor("nm-jarud"))
                .body();
        assertThat(audit)
                .contains("audited.one")
                .doesNotContainIgnoringCase("password\":\"")
                .doesNotContain("$2a$");
    }

    @Test
    void aTokenForACenterThatIsNotActiveOpensNothing() throws Exception {
        // Kailu's client may exist before Kailu does; until Kailu is ACTIVE its token opens nothing.
        String token = callers.bootstrap(PlatformUnderTest.KAILU);
        HttpResponse<String> answer = get("/api/v1/tenants/nm-kailu-not-yet/matters", token);
        assertThat(answer.statusCode()).isIn(403, 404);
        assertThat(answer.body()).doesNotContain("nm-kailu\"");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static String matter(String orgUnit) {
        return """
                {"channel":"WALK_IN","categoryCode":"labor.wage-arrears","description":"%s 工资拖欠",
                 "amountFen":4160000,"orgUnitCode":"%s",
                 "parties":[{"kind":"PERSON","role":"APPLICANT","name":"张某","idNumber":"150502197908210468","phone":"13904751234"}]}
                """.formatted(SECRET_MARKER, orgUnit);
    }

    private static int ledgerSize() throws Exception {
        return json(get("/api/v1/tenants/nm-jarud/matters?limit=200", jarud))
                .path("items")
                .size();
    }

    private static void assertRefused(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body())
                .doesNotContain(SECRET_MARKER)
                .doesNotContain(jarudMatter == null ? SECRET_MARKER : jarudMatter)
                .doesNotContain("13904751234")
                .doesNotContain("150502197908210468")
                .doesNotContain("eyJ")
                .doesNotContain("Exception");
    }

    /** A problem+json answer with a type, a title and its status, echoing nothing it should not. */
    private static void assertProblem(HttpResponse<String> answer, String what) {
        assertThat(answer.headers().firstValue("Content-Type"))
                .as(what + ": " + answer.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(answer);
        assertThat(problem.path("type").asString()).as(what).startsWith("https://onedoor.io/problems/");
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(answer.statusCode());
        assertThat(answer.body())
                .doesNotContain(SECRET_MARKER)
                .doesNotContain(jarudMatter)
                .doesNotContain("Exception")
                .doesNotContain("<html");
    }

    /** The problem without the parts that differ on every answer (request id, instance). */
    private static String withoutVolatile(String body) {
        return body.replaceAll("\"requestId\":\"[^\"]*\"", "").replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, Map.of());
    }

    private static HttpResponse<String> send(
            String method, String path, String token, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach((name, value) -> {
            if (!isRestricted(name)) {
                request.header(name, value);
            }
        });
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isRestricted(String header) {
        return header.equalsIgnoreCase("Host") || header.equalsIgnoreCase("Connection");
    }

    /** A GET whose path is sent exactly as written (no client-side normalisation of dots). */
    private static HttpResponse<String> rawGet(String path, String token) throws Exception {
        return rawGet(gateway, path, token);
    }

    private static HttpResponse<String> rawGet(URI target, String path, String token) throws Exception {
        return rawRequest(
                target,
                "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nConnection: close\r\n\r\n");
    }

    private static HttpResponse<String> rawRequest(String request) throws Exception {
        return rawRequest(gateway, request);
    }

    /**
     * A request written byte for byte to a port; the answer read to the end of the connection, a
     * chunked body joined, the headers kept.
     */
    private static HttpResponse<String> rawRequest(URI target, String request) throws Exception {
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            byte[] raw = socket.getInputStream().readAllBytes();
            String response = new String(raw, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).strip(), name -> new java.util.ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
            if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
                body = unchunked(body);
            }
            return new RawResponse(
                    status,
                    new String(body, StandardCharsets.UTF_8),
                    java.net.http.HttpHeaders.of(headers, (name, value) -> true));
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        var body = new java.io.ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size =
                    Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    /** A response read off the socket, for requests java.net.http would normalise. */
    private record RawResponse(int statusCode, String body, java.net.http.HttpHeaders headers)
            implements HttpResponse<String> {
        public HttpRequest request() {
            return null;
        }

        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        public URI uri() {
            return URI.create("http://localhost/");
        }

        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
