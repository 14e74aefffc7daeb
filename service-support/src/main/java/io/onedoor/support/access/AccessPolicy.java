package io.onedoor.support.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Who may call which operation, read from the {@code x-onedoor-access} declarations of the
 * OpenAPI documents bundled in the api-server jar ({@code openapi/*.yaml}): the spec is the one
 * place access is declared, and the gateway and every service enforce the same reading of it.
 */
public final class AccessPolicy {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final List<Operation> operations;

    private AccessPolicy(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /**
     * An operation of the spec: its id, method, path template, the rules that allow it and the
     * names of the query parameters it declares.
     */
    public record Operation(
            String id,
            String method,
            String path,
            List<AccessRule> rules,
            PathPattern pattern,
            Set<String> queryParameters) {

        public Operation {
            queryParameters = Set.copyOf(queryParameters);
        }

        public boolean isInternal() {
            return rules.stream().anyMatch(AccessRule::internal);
        }
    }

    /** An operation matched to a request, with the path's variables. */
    public record Match(Operation operation, Map<String, String> variables) {}

    /** Reads the named documents (e.g. {@code "openapi/cases.yaml"}) from the classpath. */
    public static AccessPolicy fromClasspath(String... documents) {
        List<Operation> operations = new ArrayList<>();
        ClassLoader loader = AccessPolicy.class.getClassLoader();
        for (String document : documents) {
            try (InputStream in = loader.getResourceAsStream(document)) {
                if (in == null) {
                    throw new IllegalStateException("no API document " + document + " on the classpath");
                }
                operations.addAll(read(document, new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new AccessPolicy(operations);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation a request is for, if the spec declares one. */
    public Optional<Match> match(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        String verb = method.toLowerCase(Locale.ROOT);
        // Literal segments beat variables, as in routing: the most specific pattern wins.
        return operations.stream()
                .filter(op -> op.method().equals(verb))
                .sorted((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()))
                .map(op -> {
                    PathPattern.PathMatchInfo info = op.pattern().matchAndExtract(container);
                    return info == null ? null : new Match(op, info.getUriVariables());
                })
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /**
     * Decides whether the caller may perform the matched operation. Any one rule suffices. A
     * tenant outside the caller's province is {@link Decision#NOT_FOUND} when that was the only
     * reason a rule failed, so a caller cannot learn of other provinces' tenants.
     */
    public Decision decide(Match match, Caller caller, AccessFacts facts) {
        boolean hiddenByProvince = false;
        for (AccessRule rule : match.operation().rules()) {
            if (rule.internal()) {
                continue;
            }
            if (rule.authenticated()) {
                return Decision.ALLOW;
            }
            boolean roleOk = rule.roles().isEmpty() || rule.roles().stream().anyMatch(caller::hasRole);
            boolean scopesOk = caller.scopes().containsAll(rule.scopes());
            boolean tenantOk = !"path".equals(rule.tenant())
                    || (caller.tenant() != null
                            && caller.tenant().equals(match.variables().get("tenant")));
            boolean provinceOk = provinceAllows(rule, match, caller, facts);
            if (roleOk && scopesOk && tenantOk && provinceOk) {
                return Decision.ALLOW;
            }
            if (roleOk && scopesOk && tenantOk && "tenant".equals(rule.province())) {
                hiddenByProvince = true;
            }
        }
        return hiddenByProvince ? Decision.NOT_FOUND : Decision.FORBIDDEN;
    }

    private static boolean provinceAllows(AccessRule rule, Match match, Caller caller, AccessFacts facts) {
        String province = rule.province();
        if (province == null || "body".equals(province) || "own".equals(province)) {
            // body: the service compares the body's provinceCode; own: the service filters.
            return province == null || caller.province() != null;
        }
        if (caller.province() == null) {
            return false;
        }
        return switch (province) {
            case "path" -> caller.province().equals(match.variables().get("province"));
            case "tenant" -> {
                String tenant = match.variables()
                        .getOrDefault("tenant", match.variables().get("code"));
                yield tenant != null
                        && facts.provinceOfTenant(tenant)
                                .map(caller.province()::equals)
                                .orElse(false);
            }
            default -> false;
        };
    }

    private static List<Operation> read(String document, Map<String, Object> spec) {
        List<Operation> result = new ArrayList<>();
        Object paths = spec.get("paths");
        if (!(paths instanceof Map<?, ?> pathMap)) {
            return result;
        }
        for (var pathEntry : pathMap.entrySet()) {
            String path = String.valueOf(pathEntry.getKey());
            if (!(pathEntry.getValue() instanceof Map<?, ?> methods)) {
                continue;
            }
            for (var methodEntry : methods.entrySet()) {
                String method = String.valueOf(methodEntry.getKey());
                if (!METHODS.contains(method) || !(methodEntry.getValue() instanceof Map<?, ?> operation)) {
                    continue;
                }
                String id = String.valueOf(operation.get("operationId"));
                if (!(operation.get("x-onedoor-access") instanceof List<?> declared) || declared.isEmpty()) {
                    throw new IllegalStateException(
                            document + ": operation " + id + " declares no x-onedoor-access; every operation must");
                }
                List<AccessRule> rules = new ArrayList<>();
                for (Object rule : declared) {
                    if (rule instanceof Map<?, ?> map) {
                        rules.add(AccessRule.from(map));
                    }
                }
                Set<String> query = new LinkedHashSet<>();
                queryParameters(spec, methods.get("parameters"), query);
                queryParameters(spec, operation.get("parameters"), query);
                result.add(
                        new Operation(id, method, path, rules, PathPatternParser.defaultInstance.parse(path), query));
            }
        }
        return result;
    }

    /** Adds the names of the query parameters in a parameter list, following local references. */
    private static void queryParameters(Map<String, Object> spec, Object parameters, Set<String> names) {
        if (!(parameters instanceof List<?> list)) {
            return;
        }
        for (Object parameter : list) {
            Object resolved = parameter;
            if (parameter instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
                resolved = resolve(spec, ref);
            }
            if (resolved instanceof Map<?, ?> map && "query".equals(map.get("in")) && map.get("name") != null) {
                names.add(String.valueOf(map.get("name")));
            }
        }
    }

    private static Object resolve(Map<String, Object> spec, String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("parameter reference " + ref + " is not local to its document");
        }
        Object node = spec;
        for (String part : ref.substring(2).split("/")) {
            node = node instanceof Map<?, ?> map
                    ? map.get(part.replace("~1", "/").replace("~0", "~"))
                    : null;
        }
        if (node == null) {
            throw new IllegalStateException("parameter reference " + ref + " names nothing");
        }
        return node;
    }

    static Set<String> strings(Object value) {
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> result.add(String.valueOf(item)));
        } else if (value != null) {
            result.add(value.toString());
        }
        return Set.copyOf(result);
    }
}
