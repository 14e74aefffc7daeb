package io.onedoor.cases.tenancy;

import io.onedoor.support.tenancy.TenantSchemaMigrator;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** case-service's tables in tenant schemas: where their migrations are, and who may be served. */
@Configuration(proxyBeanMethods = false)
class TenantSchemaConfiguration implements WebMvcConfigurer {

    static final String MIGRATIONS = "classpath:db/tenant-case";
    static final String HISTORY_TABLE = "case_schema_history";

    private final SchemaReadiness readiness;

    TenantSchemaConfiguration(SchemaReadiness readiness) {
        this.readiness = readiness;
    }

    @Bean
    static TenantSchemaMigrator tenantSchemaMigrator(DataSource dataSource) {
        return new TenantSchemaMigrator(dataSource, MIGRATIONS, HISTORY_TABLE);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After service-support's access interceptor (order 0): a caller who may not act for the
        // tenant is refused before anything tells it whether the tenant exists or is upgrading.
        registry.addInterceptor(new ReadinessInterceptor(readiness))
                .addPathPatterns("/api/v1/tenants/*/**")
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
