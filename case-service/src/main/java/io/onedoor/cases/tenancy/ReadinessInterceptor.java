package io.onedoor.cases.tenancy;

import io.onedoor.support.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Admits a tenant-scoped request only for a tenant whose schema is current. */
final class ReadinessInterceptor implements HandlerInterceptor {

    private final SchemaReadiness readiness;

    ReadinessInterceptor(SchemaReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // The scope filter has bound the tenant of every path under /api/v1/tenants/{tenant}.
        readiness.admit(CurrentTenant.require());
        return true;
    }
}
