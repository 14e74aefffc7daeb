package io.onedoor.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.access.AccessPolicy;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.Decision;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation the public API documents declare, called through the gateway of the running
 * platform by every kind of real caller: the answer must be what the operation's
 * {@code x-onedoor-access} declaration says (a denial is 403, or 404 for a tenant outside an
 * operator's province, and an allowed caller is never refused), and every operation refuses with
 * 401 a missing, expired, foreign-key or {@code alg: none} token.
 */
class OperationAccessSystemTest {

    private static final AccessPolicy POLICY = AccessPolicy.fromClasspath(
            "openapi/tenants.yaml", "openapi/cases.yaml", "openapi/identity.yaml", "openapi/configuration.yaml");
    private static final AccessFacts PROVINCES = tenant -> Optional.of(tenant.startsWith("nm-") ? "150000" : "650000");
    private static final HttpClient HTTP = CheckedHttpClient.create();

    private static URI gateway;
    private static final Map<String, String> callers = new LinkedHashMap<>();
    private static final List<String> expired = new ArrayList<>();

    @BeforeAll
    static void realCallers() throws Exception {
        Callers source = Callers.get();
        gateway = source.platform().gatewayUri();
        String shortOperator = source.bootstrap(PlatformUnderTest.SHORT_LIVED_OPERATOR);
        String shortIntegrator = source.bootstrap(PlatformUnderTest.SHORT_LIVED_JARUD);
        callers.put("operator of Inner Mongolia", source.operator());
        callers.put("operator of Xinjiang", source.otherProvinceOperator());
        callers.put("operator of Inner Mongolia (a person)", source.operatorPerson());
        callers.put("platform administrator", source.platformAdmin());
        callers.put("admin of Jarud", source.admin("nm-jarud"));
        callers.put("admin of Horqin", source.admin("nm-horqin"));
        callers.put("staff of Jarud", source.staff("nm-jarud"));
        callers.put("staff of Horqin", source.staff("nm-horqin"));
        callers.put("auditor of Jarud", source.auditor("nm-jarud"));
        callers.put("hotline of Jarud", source.hotline("nm-jarud"));
        callers.put("hotline of Horqin", source.hotline("nm-horqin"));
        callers.put("Jarud reader client (cases:read)", source.bootstrap(PlatformUnderTest.JARUD_READER));
        callers.put("Jarud KPI client (kpi:read)", source.bootstrap(PlatformUnderTest.JARUD_KPI));
        // Both short-lived tokens live one second; the services allow no clock skew in this run.
        Thread.sleep(2_000);
        expired.add(shortOperator);
        expired.add(shortIntegrator);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheSpecDeclares() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AccessPolicy.Operation operation : POLICY.operations()) {
            if (operation.isInternal()) {
                continue;
            }
            String path = concrete(operation.path());
            var match = POLICY.match(operation.method(), path).orElseThrow();
            callers.forEach((who, token) -> tests.add(dynamicTest(operation.id() + " as " + who, () -> {
                Decision expected = POLICY.decide(match, Caller.fromClaims(Forgery.claims(token)), PROVINCES);
                HttpResponse<String> answer = call(operation.method(), path, token);
                switch (expected) {
                    case ALLOW -> {
                        assertThat(answer.statusCode())
                                .as("%s %s as %s: %s", operation.method(), path, who, answer.body())
                                .isNotIn(401, 403);
                        // Routed and served: not the gateway's answer to a path no route takes.
                        assertThat(answer.body())
                                .as("%s %s as %s", operation.method(), path, who)
                                .doesNotContain("https://onedoor.io/problems/not-found\"");
                    }
                    case FORBIDDEN -> {
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
                        assertThat(answer.body()).contains("https://onedoor.io/problems/forbidden");
                    }
                    case NOT_FOUND -> {
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
                        assertThat(answer.body()).contains("tenant-not-found");
                    }
                }
            })));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesTokensThatDoNotVerify() {
        List<DynamicTest> tests = new ArrayList<>();
        String real = callers.get("operator of Inner Mongolia");
        String realTenant = callers.get("hotline of Jarud");
        for (AccessPolicy.Operation operation : POLICY.operations()) {
            if (operation.isInternal()) {
                continue;
            }
            String path = concrete(operation.path());
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("no token", null);
            bad.put("expired operator token", expired.get(0));
            bad.put("expired integrator token", expired.get(1));
            bad.put("operator token signed by another key", Forgery.signedByAnotherKey(real));
            bad.put("integrator token signed by another key", Forgery.signedByAnotherKey(realTenant));
            bad.put("alg none", Forgery.unsigned(realTenant));
            bad.forEach((what, token) -> tests.add(dynamicTest(operation.id() + " with " + what, () -> {
                HttpResponse<String> answer = call(operation.method(), path, token);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
                assertThat(answer.headers().firstValue("WWW-Authenticate"))
                        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
                assertThat(answer.body()).doesNotContain("eyJ");
            })));
        }
        return tests.stream();
    }

    private static String concrete(String template) {
        return template.replace("{tenant}", "nm-jarud")
                .replace("{code}", "nm-jarud")
                .replace("{province}", "150000")
                .replace("{version}", "1")
                .replace("{section}", "departments")
                .replace("{year}", "2026")
                .replace("{matterId}", UUID.randomUUID().toString())
                .replace("{assignmentId}", UUID.randomUUID().toString())
                .replace("{accountId}", UUID.randomUUID().toString())
                .replace("{operatorId}", UUID.randomUUID().toString())
                .replace("{clientId}", "no-such-client")
                .replace("{number}", "1")
                // Any other id (an assignment's, a whistle's, an attachment's...): one that exists nowhere.
                .replaceAll("\\{[A-Za-z]+Id}", UUID.randomUUID().toString());
    }

    private static HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("get") || method.equals("delete")) {
            request.method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.noBody());
        } else {
            // An empty body: nothing an allowed caller sends here can change anything.
            request.header("Content-Type", "application/json")
                    .method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
