package io.onedoor.tenants.provisioning;

import io.onedoor.support.tenancy.TenantSchemaMigrator;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServicesProperties.class)
class ProvisioningConfiguration {

    /** tenant-service's own tables in tenant schemas, with a history table apart from case-service's. */
    @Bean
    TenantSchemaMigrator configMigrator(DataSource dataSource) {
        return new TenantSchemaMigrator(dataSource, "classpath:db/tenant-config", "config_schema_history");
    }
}
