package io.onedoor.cases.intake;

import io.onedoor.cases.matter.MatterCode;
import io.onedoor.cases.provisioning.TenantProfiles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out matter codes (一案一码): the tenant's numbers run per year, gap-free, in the year of
 * registration as a center in China counts it.
 */
@Component
class MatterNumbering {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The next code of the year. The counter row stays locked until the registering transaction
     * ends, so numbers are unique, and a registration that rolls back gives its number back. The
     * tenant's division code comes back with the number, in the same round trip.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    MatterCode next(Instant registeredAt) {
        int year = registeredAt.atZone(CHINA).getYear();
        // Plain JDBC on the session's connection: a Hibernate native query flushed the session
        // and built a query plan first, on every registration.
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(NEXT)) {
                statement.setInt(1, year);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    String division = row.getString(2);
                    if (division == null) {
                        throw TenantProfiles.notProvisioned();
                    }
                    return MatterCode.of(division, year, row.getLong(1));
                }
            }
        });
    }

    private static final String NEXT = """
            insert into matter_code_counter (year, last_value) values (?, 1)
            on conflict (year) do update set last_value = matter_code_counter.last_value + 1
            returning last_value, (select division_code from tenant_profile)""";
}
