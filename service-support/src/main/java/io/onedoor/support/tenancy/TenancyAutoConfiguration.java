package io.onedoor.support.tenancy;

import io.onedoor.support.web.ProblemAdvice;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.RequestIdFilter;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the tenancy plumbing into a servlet service: the tenant-scope filter, problem answers, and,
 * where Hibernate is present, schema switching on the one shared pool and the scope of work done
 * for a tenant outside a request ({@link TenantWork}).
 */
// Before Web MVC, so Boot sees our ResponseEntityExceptionHandler and adds no generic one.
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@EnableConfigurationProperties(TenancyProperties.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemAdvice.class)
public class TenancyAutoConfiguration {

    @Bean
    Problems problems(JsonMapper json) {
        return new Problems(json);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TenantScopeFilter> tenantScopeFilter(TenancyProperties properties, Problems problems) {
        var registration = new FilterRegistrationBean<>(new TenantScopeFilter(properties.scopedPaths(), problems));
        // Early, but after request-id and observation filters, so their context is in place.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider")
    @ConditionalOnProperty(name = "onedoor.tenancy.hibernate", havingValue = "schema-per-tenant", matchIfMissing = true)
    static class HibernateSchemaPerTenant {

        @Bean
        SchemaSwitchingConnectionProvider schemaSwitchingConnectionProvider(
                DataSource dataSource, TenancyProperties properties) {
            return new SchemaSwitchingConnectionProvider(dataSource, properties.idleSchema());
        }

        @Bean
        TenantIdentifierResolver tenantIdentifierResolver() {
            return new TenantIdentifierResolver();
        }

        /** Work outside a request, in a tenant's scope: the one way a job binds a tenant. */
        @Bean
        TenantWork tenantWork(PlatformTransactionManager transactionManager) {
            return new TenantWork(transactionManager);
        }
    }
}
