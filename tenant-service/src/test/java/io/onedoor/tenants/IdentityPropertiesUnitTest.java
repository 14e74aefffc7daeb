package io.onedoor.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration is printed in startup failures and debug logs: its secrets never are. */
class IdentityPropertiesUnitTest {

    @Test
    void bootstrapSettingsPrintWithoutTheirSecrets() {
        var operator = new IdentityProperties.Operator("onedoor-demo-operator", "operator-secret-0123456789", "150000");
        var admin = new IdentityProperties.PlatformAdmin("platform.admin", "admin-password-0123456789", "平台管理员");
        var bootstrap = new IdentityProperties.Bootstrap(List.of(), operator, admin);

        assertThat(bootstrap.toString())
                .contains("onedoor-demo-operator", "platform.admin")
                .doesNotContain("operator-secret-0123456789", "admin-password-0123456789");
    }
}
