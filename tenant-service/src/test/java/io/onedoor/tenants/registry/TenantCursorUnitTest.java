package io.onedoor.tenants.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.support.tenancy.TenantCode;
import org.junit.jupiter.api.Test;

class TenantCursorUnitTest {

    @Test
    void cursorRoundTripsAndRefusesAnythingElse() {
        String cursor = new TenantCursor(new TenantCode("xj-altay")).encode();

        assertThat(cursor).doesNotContain("xj-altay");
        assertThat(TenantCursor.decode(cursor)).contains(new TenantCursor(new TenantCode("xj-altay")));
        assertThat(TenantCursor.decode("xj-altay")).isEmpty();
        assertThat(TenantCursor.decode("!!")).isEmpty();
        String notACode = java.util.Base64.getUrlEncoder()
                .encodeToString("t1:x'; drop schema platform".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(TenantCursor.decode(notACode)).isEmpty();
    }
}
