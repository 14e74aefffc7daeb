package io.onedoor.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;

class TenantRoutesUnitTest {

    @Test
    void aTenantRouteNobodyClassifiedStopsTheGatewayFromStarting() {
        GatewayProperties gateway = routes(
                route("case-service-matters", "/api/v1/tenants/{tenant}/matters"),
                route("tenant-service-configuration", "/api/v1/tenants/{tenant}/configuration/**"));

        assertThatIllegalStateException()
                .isThrownBy(() -> new TenantRoutes(
                        new TenantRoutesProperties(Set.of("case-service-matters"), Set.of(), Set.of()), gateway))
                .withMessageContaining("tenant-service-configuration");
    }

    @Test
    void aListedRouteThatDoesNotExistStopsTheGatewayFromStarting() {
        GatewayProperties gateway = routes(route("case-service-matters", "/api/v1/tenants/{tenant}/matters"));

        assertThatIllegalStateException()
                .isThrownBy(() -> new TenantRoutes(
                        new TenantRoutesProperties(
                                Set.of("case-service-matters", "case-service-matter"), Set.of(), Set.of()),
                        gateway))
                .withMessageContaining("case-service-matter");
    }

    @Test
    void aRouteJoinsTheGateByConfigurationAlone() {
        GatewayProperties gateway = routes(
                route("case-service-matters", "/api/v1/tenants/{tenant}/matters"),
                route("tenant-service-configuration", "/api/v1/tenants/{tenant}/configuration/**"),
                route("tenant-service-registry", "/api/v1/tenants/{code}"));

        TenantRoutes routes = new TenantRoutes(
                new TenantRoutesProperties(
                        Set.of("case-service-matters", "tenant-service-configuration"),
                        Set.of("tenant-service-registry"),
                        Set.of()),
                gateway);

        assertThat(routes.kindOf(built("tenant-service-configuration"))).isEqualTo(TenantRoutes.Kind.TENANT_SCOPED);
        assertThat(routes.kindOf(built("tenant-service-registry"))).isEqualTo(TenantRoutes.Kind.TENANT_CODE_CHECKED);
    }

    @Test
    void anApiRouteListedAsUnauthenticatedStopsTheGatewayFromStarting() {
        GatewayProperties gateway = routes(
                route("case-service-matters", "/api/v1/tenants/{tenant}/matters"),
                route("tenant-service-identity", "/api/v1/identity/**"),
                route("everything", "/**"),
                route("anything-first", "/{first}/**"),
                route("authorization-server", "/oauth2/**,/login"));

        for (String unauthenticated :
                List.of("tenant-service-identity", "everything", "anything-first", "case-service-matters")) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> new TenantRoutes(
                            new TenantRoutesProperties(
                                    Set.of("case-service-matters"), Set.of(), Set.of(unauthenticated)),
                            gateway))
                    .withMessageContaining(unauthenticated)
                    .withMessageContaining("cannot be unauthenticated");
        }
    }

    @Test
    void onlyTheListedRoutesGoWithoutAToken() {
        GatewayProperties gateway = routes(
                route("case-service-matters", "/api/v1/tenants/{tenant}/matters"),
                route("authorization-server", "/oauth2/**,/login,/.well-known/**"));

        TenantRoutes routes = new TenantRoutes(
                new TenantRoutesProperties(Set.of("case-service-matters"), Set.of(), Set.of("authorization-server")),
                gateway);

        assertThat(routes.isUnauthenticated(built("authorization-server"))).isTrue();
        assertThat(routes.isUnauthenticated(built("case-service-matters"))).isFalse();
        assertThat(routes.isUnauthenticated(built("a-route-added-later"))).isFalse();
    }

    @Test
    void anUnauthenticatedRouteThatDoesNotExistStopsTheGatewayFromStarting() {
        GatewayProperties gateway = routes(route("case-service-matters", "/api/v1/tenants/{tenant}/matters"));

        assertThatIllegalStateException()
                .isThrownBy(() -> new TenantRoutes(
                        new TenantRoutesProperties(Set.of("case-service-matters"), Set.of(), Set.of("login")), gateway))
                .withMessageContaining("login");
    }

    private static GatewayProperties routes(RouteDefinition... definitions) {
        GatewayProperties properties = new GatewayProperties();
        properties.setRoutes(List.of(definitions));
        return properties;
    }

    private static RouteDefinition route(String id, String path) {
        RouteDefinition route = new RouteDefinition();
        route.setId(id);
        route.setUri(URI.create("http://127.0.0.1:1"));
        route.setPredicates(List.of(new PredicateDefinition("Path=" + path)));
        return route;
    }

    private static Route built(String id) {
        return Route.async()
                .id(id)
                .uri(URI.create("http://127.0.0.1:1"))
                .predicate(exchange -> true)
                .build();
    }
}
