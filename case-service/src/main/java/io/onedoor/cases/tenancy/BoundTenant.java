package io.onedoor.cases.tenancy;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/** The tenant a controller works for: the one bound to the request, which must be the one in its path. */
public final class BoundTenant {

    private static final Logger log = LoggerFactory.getLogger(BoundTenant.class);

    private BoundTenant() {}

    /**
     * The tenant bound by the scope filter, provided it is the one named by the path variable.
     * They can only differ if the filter's path patterns and the controller's mapping drift
     * apart; the request is then refused rather than served for either tenant.
     */
    public static TenantCode matching(String pathTenant) {
        var bound = CurrentTenant.get();
        if (bound.isPresent() && bound.get().value().equals(pathTenant)) {
            return bound.get();
        }
        log.error("request path names a tenant other than the bound one; check onedoor.tenancy.scoped-paths");
        throw ProblemException.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
    }
}
