package io.onedoor.gateway.auth;

import io.onedoor.gateway.FilterOrder;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The authentication seam: the place in the chain where the caller will be authenticated and
 * authorized for the tenant in the path. It lets every request through for now; the next issue
 * (JWT resource server) fills it in.
 *
 * <p>Where it sits ({@link FilterOrder#AUTHENTICATION}): after the path guard, so the tenant named
 * by the path is known and well formed ({@code RequestTenant.of(exchange)}); before the tenant gate,
 * so an unauthenticated caller neither learns which tenants exist or are suspended, nor spends a
 * tenant's rate-limit tokens, nor makes the gateway ask tenant-service about random codes.
 *
 * <p>What it will do: verify the bearer token (or take the principal that Spring Security's web
 * filter chain established) and answer 401 {@code unauthenticated} without one; on tenant-scoped
 * routes require the token's tenant claim to equal {@code RequestTenant.of(exchange)} (else 404,
 * as for an unknown tenant, so a tenant's existence is not revealed to other tenants' callers); on
 * the operator routes require the operator role; then pass the caller's identity downstream in
 * {@code X-Onedoor-*} headers, which the request-identity filter guarantees no client can forge.
 */
@Component
class AuthenticationFilter implements GlobalFilter, Ordered {

    @Override
    public int getOrder() {
        return FilterOrder.AUTHENTICATION;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange);
    }
}
