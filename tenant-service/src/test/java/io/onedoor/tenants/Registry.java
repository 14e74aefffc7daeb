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
     * An ACTIVE tenant with its schema and this service's tables, whose configuration is an org tree of the center
     * (coded with the division) and one township below it ({@code division + "001"}): enough for
     * staff accounts, without onboarding through case-service.
     */
    public void withOrgTree(String code, String divisionCode, String provinceCode) {
        existing(code, divisionCode, TenantLevel.COUNTY, provinceCode, "ACTIVE");
        TenantCode tenant = new TenantCode(code);
        schemas.create(tenant);
        schemas.migrate(tenant);
        String document = """
                {"orgUnits": [
                  {"code": "%1$s", "name": "%2$s center", "kind": "CENTER", "divisionCode": "%1$s", "status": "ACTIVE"},
                  {"code": "%1$s001", "name": "%2$s township", "kind": "TOWNSHIP", "divisionCode": "%1$s001",
                   "parent": "%1$s", "status": "ACTIVE"}],
                 "areas": [], "departments": [], "categories": [], "calendar": {"overrides": []}, "kpis": []}""".formatted(divisionCode, code);
        jdbc.update(
                "insert into " + tenant.quotedSchemaName() + ".config_version (version, document, saved_by, summary)"
                        + " values (1, ?::jsonb, 'test', 'org tree for tests')",
                document);
    }

    /** The current configuration's org units of a kind, as {@code "code name"}, in document order. */
    public List<String> orgUnits(String code, String kind) {
        return jdbc.queryForList(
                "select u ->> 'code' || ' ' || (u ->> 'name') from (select document from "
                        + new TenantCode(code).quotedSchemaName()
                        + ".config_version order by version desc limit 1) current,"
                        + " jsonb_array_elements(current.document -> 'orgUnits') u where u ->> 'kind' = ?",
                String.class,
                kind);
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
