package io.onedoor.cases.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SchemaMigrationPropertiesUnitTest {

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void fourTenantsMigrateAtOnceUnlessToldOtherwise() {
        context.run(started -> assertThat(
                        started.getBean(SchemaMigrationProperties.class).parallelism())
                .isEqualTo(4));
        context.withPropertyValues("onedoor.case.schema-migrations.parallelism=8")
                .run(started -> assertThat(
                                started.getBean(SchemaMigrationProperties.class).parallelism())
                        .isEqualTo(8));
    }

    @Test
    void parallelismOutsideOneToThirtyTwoStopsStartup() {
        for (String value : new String[] {"0", "33"}) {
            context.withPropertyValues("onedoor.case.schema-migrations.parallelism=" + value)
                    .run(started -> assertThat(started).hasFailed());
        }
    }

    @EnableConfigurationProperties(SchemaMigrationProperties.class)
    static class Settings {}
}
