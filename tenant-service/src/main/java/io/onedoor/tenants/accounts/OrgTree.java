package io.onedoor.tenants.accounts;

import io.onedoor.support.tenancy.TenantCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether an org unit exists in a center's org tree (its schema's {@code org_unit} table). */
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
        String table = code.get().quotedSchemaName() + ".org_unit";
        // A tenant whose onboarding has not created its tables yet has no units at all.
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table))) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from " + table + " where code = ?)", Boolean.class, orgUnitCode));
    }
}
