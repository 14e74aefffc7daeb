package io.onedoor.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathGuardUnitTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/tenants/xj-altay/matters",
                "/api/v1/tenants/xj-altay/matters/2026-000123",
                "/api/v1/tenants",
                "/api/v1/tenants/xj-altay/suspension"
            })
    void ordinaryPathsPass(String rawPath) {
        assertThat(PathGuardFilter.isUnambiguous(rawPath)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/tenants/a-b/matters/../../../internal",
                "/api/v1/tenants/a-b/matters/./x",
                "/api/v1/tenants/a-b/matters/%2e%2e/internal",
                "/api/v1/tenants/a-b/matters/.%2E/internal",
                "/api/v1/tenants/a-b/matters%2F..%2Finternal",
                "/api/v1/tenants/a-b/matters/..%5Cinternal",
                "/api/v1/tenants/a-b/matters/..\\internal",
                "/api/v1/tenants/a-b/matters/..;/internal",
                "/api/v1/tenants/a-b/matters/%252e%252e/internal",
                "/api/v1/tenants/a-b/matters/x%00"
            })
    void pathsAServiceCouldReadDifferentlyAreRefused(String rawPath) {
        assertThat(PathGuardFilter.isUnambiguous(rawPath)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tenants/xj%2Daltay/matters", "/api/v1/tenants/xj%2Daltay"})
    void tenantSegmentIsTakenRawNeverDecoded(String rawPath) {
        assertThat(PathGuardFilter.tenantSegment(rawPath)).isEqualTo("xj%2Daltay");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tenants", "/api/v1/tenant%73/xj-altay/matters", "/internal/v1/x"})
    void pathsWithoutTheTenantsPrefixHaveNoTenantSegment(String rawPath) {
        assertThat(PathGuardFilter.tenantSegment(rawPath)).isNull();
    }
}
