package io.onedoor.cases;

import io.onedoor.cases.CaseApi.Response;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A center's desk, as a test of a matter's life works it: the center's staff, each department's
 * staff, a matter's path and its steps taken on the version the test last read; and the few ways a
 * test reads an answer (the matter's id, the steps it allows, the fields a problem names).
 */
public final class Desk {

    private final CaseApi api;
    private final TenantCode tenant;

    public Desk(CaseApi api, TenantCode tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    /** Staff of the center who work for no department: they may take any step of its matters. */
    public CaseApi staff() {
        return api.as(TestTokens.ISSUER.token(TestIssuer.staff(tenant.value(), Requests.ORG_UNIT)));
    }

    /** Staff whose account names the department: they act for it alone. */
    public CaseApi departmentStaff(String department) {
        Map<String, Object> claims = new HashMap<>(TestIssuer.staff(tenant.value(), Requests.ORG_UNIT));
        claims.put("department", department);
        return api.as(TestTokens.ISSUER.token(claims));
    }

    /** A person of the center who signs in ({@code login}), working for the department if one is named. */
    public CaseApi person(@Nullable String department, String login) {
        Map<String, Object> claims = new HashMap<>(TestIssuer.staff(tenant.value(), Requests.ORG_UNIT));
        if (department != null) {
            claims.put("department", department);
        }
        claims.put("preferred_username", login);
        return api.as(TestTokens.ISSUER.token(claims));
    }

    /** A supervisor of the center (督办), signed in as {@code login}: opens and works items, decides extensions. */
    public CaseApi supervisor(String login) {
        Map<String, Object> claims = new HashMap<>(TestIssuer.person(
                "SUPERVISOR",
                tenant.value(),
                "150000",
                Requests.ORG_UNIT,
                "cases:read",
                "cases:write",
                "supervision:write"));
        claims.put("preferred_username", login);
        return api.as(TestTokens.ISSUER.token(claims));
    }

    public String path(Response matter) {
        return "/api/v1/tenants/" + tenant.value() + "/matters/" + id(matter);
    }

    /** The step, as the caller, decided on the version of the matter the answer carries. */
    public Response step(CaseApi as, Response matter, String path, Object body) {
        return as.send(
                "POST",
                path(matter) + path,
                body,
                null,
                Map.of("If-Match", matter.headers().getETag()));
    }

    public static String id(Response matter) {
        return matter.body().path("id").asString();
    }

    /** The steps the matter allows now. */
    public static List<String> steps(Response matter) {
        return list(matter.body().path("nextSteps")).stream()
                .map(JsonNode::asString)
                .toList();
    }

    /** The fields a problem names, in its order. */
    public static List<String> fields(Response problem) {
        return list(problem.body().path("errors")).stream()
                .map(error -> error.path("field").asString())
                .toList();
    }

    public static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
