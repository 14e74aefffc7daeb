package io.onedoor.tenants.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.tenants.Registry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantServiceTest;
import io.onedoor.tenants.provisioning.TenantSchemas;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A center onboarded before configurations were versioned kept its org tree and categories in
 * tables of their own; migrating it makes them its first version, which the API then serves and
 * the rules accept as the previous version of the next change.
 */
@TenantServiceTest
class FirstVersionMigrationIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Registry registry;

    @Autowired
    TenantSchemas schemas;

    @Autowired
    TenantConfigurations configurations;

    @Test
    void anOrgTreeAndCategoriesKeptInTablesBecomeTheFirstVersion() {
        TenantCode tenant = new TenantCode("nm-horqin-left-middle");
        registry.existing(tenant.value(), "152221", TenantLevel.COUNTY, "150000", "ACTIVE");
        schemas.create(tenant);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schemaName())
                .createSchemas(false)
                .table("config_schema_history")
                .locations("classpath:db/tenant-config")
                .target("1")
                .load()
                .migrate();
        String schema = tenant.quotedSchemaName();
        jdbc.update("insert into " + schema + ".org_unit (code, name, kind, division_code, path)"
                + " values ('152221', '科尔沁左翼中旗综治中心', 'CENTER', '152221', '/152221/')");
        jdbc.update("insert into " + schema + ".org_unit (code, name, kind, division_code, parent_id, path)"
                + " select '152221100', '保康镇', 'TOWNSHIP', '152221100', id, '/152221/152221100/' from "
                + schema + ".org_unit where code = '152221'");
        jdbc.update("insert into " + schema + ".category (code, name) values ('land', '土地纠纷')");
        jdbc.update("insert into " + schema + ".category (code, name, parent_code)"
                + " values ('land.contracting', '土地承包经营', 'land')");

        assertThat(schemas.migrate(tenant)).isEqualTo("2");

        ConfigurationVersion first = configurations.current(tenant);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.savedBy()).isEqualTo("migration");
        assertThat(first.document().orgUnits())
                .extracting(OrgUnit::code, OrgUnit::parent, OrgUnit::kind, OrgUnit::status)
                .containsExactly(
                        tuple("152221", null, OrgUnit.Kind.CENTER, OrgUnit.Status.ACTIVE),
                        tuple("152221100", "152221", OrgUnit.Kind.TOWNSHIP, OrgUnit.Status.ACTIVE));
        assertThat(first.document().categories())
                .extracting(Category::code, Category::parent)
                .containsExactly(tuple("land", null), tuple("land.contracting", "land"));
        assertThat(registry.tablesOf(tenant.value())).contains("config_version").doesNotContain("org_unit", "category");
    }
}
