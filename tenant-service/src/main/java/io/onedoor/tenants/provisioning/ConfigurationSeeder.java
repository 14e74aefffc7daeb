package io.onedoor.tenants.provisioning;

import io.onedoor.support.tenancy.TenantCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a tenant's configuration from its template. Every insert skips what is already there, and
 * the caller's transaction (required) also records the step as done, so the seed is either all in
 * and recorded, or not at all.
 */
@Component
public class ConfigurationSeeder {

    private final JdbcTemplate jdbc;

    ConfigurationSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void seed(TenantCode tenant, Template template, String centerName, String divisionCode) {
        String schema = tenant.quotedSchemaName();
        jdbc.update(
                "insert into " + schema + ".org_unit (code, name, kind, division_code, parent_id, path)"
                        + " values (?, ?, 'CENTER', ?, null, ?) on conflict do nothing",
                divisionCode,
                centerName,
                divisionCode,
                "/" + divisionCode + "/");
        for (Template.OrgUnitSeed unit : template.orgUnits()) {
            jdbc.update(
                    "insert into " + schema + ".org_unit (code, name, kind, division_code, parent_id, path)"
                            + " select ?, ?, ?, ?, parent.id, parent.path || ? || '/'"
                            + " from " + schema + ".org_unit parent where parent.code = ?"
                            + " on conflict do nothing",
                    unit.code(divisionCode),
                    unit.name(),
                    unit.kind().name(),
                    unit.code(divisionCode),
                    unit.code(divisionCode),
                    unit.parentCode(divisionCode));
        }
        for (Template.CategorySeed category : template.categories()) {
            jdbc.update(
                    "insert into " + schema + ".category (code, name, parent_code) values (?, ?, ?)"
                            + " on conflict do nothing",
                    category.code(),
                    category.name(),
                    category.parent());
        }
    }
}
