package io.onedoor.cases.provisioning;

import io.onedoor.support.web.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What case-service knows of the current tenant itself, kept in a one-row table of the tenant's
 * schema: its GB/T 2260 division code, the prefix of every matter code.
 */
@Component
public class TenantProfiles {

    @PersistenceContext
    private EntityManager entityManager;

    private final Clock clock;

    TenantProfiles(Clock clock) {
        this.clock = clock;
    }

    /** Records the division code; recording the same code again changes nothing. */
    @Transactional
    public void record(String divisionCode) {
        entityManager
                .createNativeQuery("""
                        insert into tenant_profile (singleton, division_code, updated_at) values (true, ?1, ?2)
                        on conflict (singleton) do update set division_code = excluded.division_code,
                            updated_at = excluded.updated_at
                        where tenant_profile.division_code <> excluded.division_code""")
                .setParameter(1, divisionCode)
                .setParameter(2, clock.instant())
                .executeUpdate();
    }

    /** The schema was migrated but provisioning did not finish; tenant-service retries it. */
    public static ProblemException notProvisioned() {
        return ProblemException.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "tenant-not-provisioned",
                "Tenant is being set up",
                "The tenant's set-up has not finished; retry later.");
    }
}
