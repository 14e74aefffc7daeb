package io.onedoor.support.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"xj-altay", "nm-hohhot", "nm-guyang", "abc", "a1-b2-c3", "x0"})
    void acceptsLowerCaseSlugsAndMapsThemToAPrefixedSchema(String code) {
        assertThat(TenantCode.isValid(code) || code.length() < 3).isTrue();
        if (code.length() >= 3) {
            TenantCode tenant = new TenantCode(code);
            assertThat(tenant.schemaName()).isEqualTo("t_" + code.replace('-', '_'));
            assertThat(tenant.quotedSchemaName()).isEqualTo("\"t_" + code.replace('-', '_') + "\"");
            assertThat(TenantCode.fromSchemaName(tenant.schemaName())).contains(tenant);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ab",
                "XJ-ALTAY",
                "Xj-altay",
                "xj_altay",
                "xj-altay-",
                "-xj-altay",
                "1xj",
                "xj--altay",
                "public",
                "platform",
                "pg_catalog",
                "pg-catalog",
                "information_schema",
                "xj\"altay",
                "xj';drop schema public cascade;--",
                "xj;altay",
                "xj altay",
                "xj.altay",
                "xj/altay",
                "..",
                "xj%2daltay",
                "xj-аltay", // Cyrillic a
                "xј-altay", // Cyrillic je
                "ｘｊ-altay", // full-width letters
                "xj-altay\u200b", // zero-width space
                "xj-altay\n",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" // 41 characters
            })
    void refusesCodesThatCouldEscapeOrCollideWithASchema(String code) {
        assertThat(TenantCode.isValid(code)).isFalse();
        assertThat(TenantCode.parse(code)).isEmpty();
        assertThatThrownBy(() -> new TenantCode(code))
                .isInstanceOf(TenantCode.InvalidTenantCodeException.class)
                .hasMessageNotContaining(code.isEmpty() ? "\u0000" : code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"public", "t_", "t_XJ", "t_xj-altay", "pg_toast", "t_xj__a"})
    void recognisesOnlyTenantSchemasInTheCatalog(String schema) {
        assertThat(TenantCode.fromSchemaName(schema)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThat(TenantCode.parse(null)).isEmpty();
    }
}
