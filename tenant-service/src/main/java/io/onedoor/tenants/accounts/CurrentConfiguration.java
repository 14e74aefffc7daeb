package io.onedoor.tenants.accounts;

import io.onedoor.support.tenancy.TenantCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an account may name from a center's current configuration version: an active unit of its
 * org tree (never a retired one) and a department it has stationed. Read from the newest version
 * as it is stored, so an account never names what the center no longer has.
 */
@Component
class CurrentConfiguration {

    private final JdbcTemplate jdbc;

    CurrentConfiguration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasActiveUnit(String tenant, String orgUnitCode) {
        return holds(tenant, "orgUnits", " and item ->> 'status' = 'ACTIVE'", orgUnitCode);
    }

    /** Any department of the configuration: resident, rotating or on call, each is stationed. */
    boolean hasStationed(String tenant, String departmentCode) {
        return holds(tenant, "departments", "", departmentCode);
    }

    private boolean holds(String tenant, String list, String condition, String code) {
        var parsed = TenantCode.parse(tenant);
        if (parsed.isEmpty()) {
            return false;
        }
        String table = parsed.get().quotedSchemaName() + ".config_version";
        // A tenant whose onboarding has not created its tables yet has no configuration at all.
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table))) {
            return false;
        }
        // The list and condition are constants of this class, never input.
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from (select document from " + table
                        + " order by version desc limit 1) current,"
                        + " jsonb_array_elements(coalesce(current.document -> '" + list + "', '[]'::jsonb)) item"
                        + " where item ->> 'code' = ?" + condition + ")",
                Boolean.class,
                code));
    }
}
