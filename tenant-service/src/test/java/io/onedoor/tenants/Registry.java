package io.onedoor.tenants;

import io.onedoor.support.tenancy.TenantCode;
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

    Registry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
