package io.onedoor.tenants;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.tenants.provisioning.TenantSchemas;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Direct access to the registry and tenant schemas, to arrange tenants without onboarding them and
 * to see what onboarding left behind.
 */
@TestComponent
public class Registry {

    private final JdbcTemplate jdbc;
    private final TenantSchemas schemas;

    Registry(JdbcTemplate jdbc, TenantSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    /**
     * An ACTIVE tenant with its schema and this service's tables, whose org tree is the center
     * (coded with the division) and one township below it ({@code division + "001"}): enough for
     * staff accounts, without onboarding through case-service.
     */
    public void withOrgTree(String code, String divisionCode, String provinceCode) {
        existing(code, divisionCode, TenantLevel.COUNTY, provinceCode, "ACTIVE");
        TenantCode tenant = new TenantCode(code);
        schemas.create(tenant);
        schemas.migrate(tenant);
        String table = tenant.quotedSchemaName() + ".org_unit";
        jdbc.update(
                "insert into " + table + " (code, name, kind, division_code, path) values (?, ?, 'CENTER', ?, ?)",
                divisionCode,
                code + " center",
                divisionCode,
                "/" + divisionCode + "/");
        jdbc.update(
                "insert into " + table + " (code, name, kind, division_code, parent_id, path)"
                        + " select ?, ?, 'TOWNSHIP', ?, id, ? from " + table + " where code = ?",
                divisionCode + "001",
                code + " township",
                divisionCode + "001",
                "/" + divisionCode + "/" + divisionCode + "001/",
                divisionCode);
    }

    /** A tenant row in the given status, without schema or steps: enough to be a parent or be listed. */
    public void existing(String code, String divisionCode, TenantLevel level, String provinceCode, String status) {
        jdbc.update(
                """
                insert into platform.tenant (code, name, division_code, level, province_code, template, status,
                    version, created_at, activated_at, request_fingerprint)
                values (?, ?, ?, ?, ?, ?, ?, 0, now(), now(), repeat('0', 64))""",
                code,
                code + " center",
                divisionCode,
                level.name(),
                provinceCode,
                level == TenantLevel.CITY ? "standard-city" : "standard-county",
                status);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** The schemas in the database that belong to this tenant code (there must be one, or none). */
    public List<String> schemasOf(String code) {
        return jdbc.queryForList(
                "select nspname from pg_namespace where nspname = ?", String.class, new TenantCode(code).schemaName());
    }

    public List<String> tablesOf(String code) {
        return jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = ? order by table_name",
                String.class,
                new TenantCode(code).schemaName());
    }

    public int count(String code, String table) {
        Integer count = jdbc.queryForObject(
                "select count(*) from " + new TenantCode(code).quotedSchemaName() + "." + table, Integer.class);
        return count == null ? 0 : count;
    }
}
