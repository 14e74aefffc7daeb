package io.onedoor.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalHeadersUnitTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "X-Request-Id",
                "x-request-id",
                "X-Onedoor-Tenant",
                "X-ONEDOOR-USER",
                "X-Tenant",
                "X-Tenant-Id",
                "X-TenantCode",
                "X-Forwarded-For",
                "x-forwarded-host",
                "X-Forwarded-Prefix",
                "Forwarded"
            })
    void clientMayNotSetPlatformHeaders(String name) {
        assertThat(InternalHeaders.isInternal(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept", "Authorization", "If-Match", "Idempotency-Key", "X-Requested-With"})
    void ordinaryHeadersPass(String name) {
        assertThat(InternalHeaders.isInternal(name)).isFalse();
    }
}
