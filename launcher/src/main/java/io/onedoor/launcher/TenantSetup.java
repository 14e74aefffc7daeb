package io.onedoor.launcher;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity moves every automated user of the platform makes (the demo, the system tests,
 * the benchmark): create a center's people, log one in, issue an integrator client. All through
 * the gateway's public API, as a person would; repeatable.
 */
public final class TenantSetup {

    private final Tokens tokens;
    private final JsonCalls calls;
    private final DemoCredentials credentials;

    public TenantSetup(URI gateway, DemoCredentials credentials) {
        this.tokens = new Tokens(gateway);
        this.calls = new JsonCalls(gateway);
        this.credentials = credentials;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Creates {@code username@tenant} with one role (409, already there, is fine). */
    public void account(String token, String tenant, String username, String displayName, String role, String orgUnit)
            throws IOException, InterruptedException {
        account(token, tenant, username, displayName, role, orgUnit, null);
    }

    /**
     * Creates {@code username@tenant} with one role, working for a department stationed at the
     * center if one is named (409, already there, is fine).
     */
    public void account(
            String token,
            String tenant,
            String username,
            String displayName,
            String role,
            String orgUnit,
            String departmentCode)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", displayName);
        body.put("roles", List.of(role));
        if (orgUnit != null) {
            body.put("orgUnitCode", orgUnit);
        }
        if (departmentCode != null) {
            body.put("departmentCode", departmentCode);
        }
        body.put("password", credentials.password(username + "@" + tenant));
        JsonCalls.Answer answer = calls.post("/api/v1/tenants/" + tenant + "/accounts", token, body);
        if (answer.status() != 201 && answer.status() != 409) {
            throw new IllegalStateException(
                    "creating " + username + "@" + tenant + " was answered " + answer.status() + ": " + answer.body());
        }
    }

    /**
     * Makes sure {@code username@<province>} is an operator of the province whose password these
     * credentials know: created by the platform administrator, or, when it exists but its password
     * was lost, given a new one. Returns the login.
     */
    public String operator(String platformAdminToken, String province, String username, String displayName)
            throws IOException, InterruptedException {
        String login = username + "@" + province;
        String operators = "/api/v1/provinces/" + province + "/operators";
        JsonCalls.Answer created =
                calls.post(operators, platformAdminToken, Map.of("username", username, "displayName", displayName));
        if (created.status() == 201) {
            credentials.password(login, created.body().path("password").asString());
            return login;
        }
        if (created.status() != 409) {
            throw new IllegalStateException(
                    "creating operator " + login + " was answered " + created.status() + ": " + created.body());
        }
        if (credentials.knownPassword(login).isPresent()) {
            return login;
        }
        JsonCalls.Answer listed = calls.get(operators + "?limit=200", platformAdminToken);
        for (var operator : listed.body().path("items")) {
            if (operator.path("login").asString().equals(login)) {
                JsonCalls.Answer reset = calls.post(
                        operators + "/" + operator.path("id").asString() + "/password-reset",
                        platformAdminToken,
                        Map.of());
                if (reset.status() != 200) {
                    throw new IllegalStateException("resetting the password of " + login + " was answered "
                            + reset.status() + ": " + reset.body());
                }
                credentials.password(login, reset.body().path("password").asString());
                return login;
            }
        }
        throw new IllegalStateException("operator " + login + " exists but is not listed");
    }

    /** The password this setup gave a person (made up and remembered on first asking). */
    public String password(String login) throws IOException {
        return credentials.password(login);
    }

    /** A person's token, logging in with the password this setup gave them. */
    public String login(String login) throws IOException, InterruptedException {
        return tokens.login(login, credentials.password(login));
    }

    /** An integrator client of the tenant, created by its admin unless a working one is known: {id, secret}. */
    public String[] client(String adminToken, String tenant, String name, List<String> scopes)
            throws IOException, InterruptedException {
        var known = credentials.client(name);
        if (known.isPresent()) {
            try {
                tokens.clientCredentials(known.get()[0], known.get()[1]);
                return known.get();
            } catch (IllegalStateException revokedOrForgotten) {
                // Issue a new one below.
            }
        }
        JsonCalls.Answer answer = calls.post(
                "/api/v1/tenants/" + tenant + "/clients", adminToken, Map.of("name", name, "scopes", scopes));
        if (answer.status() != 201) {
            throw new IllegalStateException(
                    "creating client " + name + " was answered " + answer.status() + ": " + answer.body());
        }
        String[] client = {
            answer.body().path("clientId").asString(),
            answer.body().path("clientSecret").asString()
        };
        credentials.client(name, client[0], client[1]);
        return client;
    }

    /** A token of a client this setup knows. */
    public String clientToken(String name) throws IOException, InterruptedException {
        String[] client = credentials.client(name).orElseThrow();
        return tokens.clientCredentials(client[0], client[1]);
    }
}
