package io.onedoor.support.tenancy;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Tells Hibernate which tenant a new session belongs to: the one bound by {@link CurrentTenant},
 * or {@link #NO_TENANT}, whose connections sit on the empty idle schema and so can read nothing.
 */
public class TenantIdentifierResolver
        implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

    /** Not a valid tenant code, so it can never collide with one. */
    public static final String NO_TENANT = "-";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return CurrentTenant.get().map(TenantCode::value).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
