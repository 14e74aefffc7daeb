package io.onedoor.gateway.tenant;

import io.onedoor.gateway.FilterOrder;
import io.onedoor.gateway.problem.ProblemResponses;
import io.onedoor.gateway.request.LogContext;
import io.onedoor.gateway.request.RedisReadAhead;
import io.onedoor.gateway.request.RequestEventLoop;
import io.onedoor.gateway.request.RequestId;
import io.onedoor.gateway.request.StepEvent;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Looks up the tenant the path names, once per request, for the two steps that need it:
 * authorization (a provincial operator's access depends on the tenant's province) and the gate
 * (the tenant's status). Runs after authentication, so only authenticated callers cause a lookup.
 * Fails closed: if the directory cannot be read, the request is refused here.
 */
@Component
class TenantLookupFilter implements GlobalFilter, Ordered {

    private final TenantDirectory directory;
    private final ProblemResponses problems;

    TenantLookupFilter(TenantDirectory directory, ProblemResponses problems) {
        this.directory = directory;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return FilterOrder.TENANT_LOOKUP;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain given) {
        GatewayFilterChain chain = StepEvent.begin("tenant-lookup").until(given);
        Optional<TenantCode> tenant = RequestTenant.of(exchange);
        if (tenant.isEmpty()) {
            return chain.filter(exchange);
        }
        return directory
                .lookUp(
                        tenant.get(),
                        RequestId.of(exchange),
                        RedisReadAhead.of(exchange, TenantDirectoryEntry.key(tenant.get())),
                        RequestEventLoop.of(exchange))
                .flatMap(listing -> {
                    if (listing instanceof TenantDirectory.Listing.Unavailable) {
                        return problems.send(
                                exchange, TenantProblems.DIRECTORY_UNAVAILABLE, TenantProblems.DIRECTORY_RETRY_AFTER);
                    }
                    RequestTenant.bindListing(exchange, listing);
                    return chain.filter(exchange);
                })
                .contextWrite(
                        context -> context.put(LogContext.TENANT, tenant.get().value()));
    }
}
