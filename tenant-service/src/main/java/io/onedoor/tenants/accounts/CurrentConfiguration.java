package io.onedoor.tenants.accounts;

import io.onedoor.support.tenancy.TenantCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether an org unit is an active unit of a center's org tree, as its current configuration
 * version has it: an account is never placed in a retired unit.
 */
@Component
class OrgTree {

    private final JdbcTemplate jdbc;

    OrgTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasUnit(String tenant, String orgUnitCode) {
        var code = TenantCode.parse(tenant);
        if (code.isEmpty()) {
            return false;
        }
        String table = code.get().quotedSchemaName() + ".config_version";
        // A tenant whose onboarding has not created its tables yet has no units at all.
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table))) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from (select document from " + table
                        + " order by version desc limit 1) current,"
                        + " jsonb_array_elements(current.document -> 'orgUnits') unit"
                        + " where unit ->> 'code' = ? and unit ->> 'status' = 'ACTIVE')",
                Boolean.class,
                orgUnitCode));
    }
}
