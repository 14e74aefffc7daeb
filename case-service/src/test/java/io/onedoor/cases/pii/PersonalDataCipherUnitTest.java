package io.onedoor.cases.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PersonalDataCipherUnitTest {

    static final String KEY = "ERERERERERERERERERERERERERERERERERERERERERE=";

    final PersonalDataCipher cipher = new PersonalDataCipher(new PiiProperties(KEY));
    final TenantCode altay = new TenantCode("xj-altay");
    final TenantCode atushi = new TenantCode("xj-atushi");

    @Test
    void sealedValueOpensForItsTenantOnly() {
        String sealed = CurrentTenant.callAs(altay, () -> cipher.seal("654301198001011232"));

        assertThat(sealed).startsWith("v1:").doesNotContain("654301198001011232");
        assertThat(CurrentTenant.callAs(altay, () -> cipher.open(sealed))).isEqualTo("654301198001011232");
        assertThatThrownBy(() -> CurrentTenant.callAs(atushi, () -> cipher.open(sealed)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sameValueIsSealedDifferentlyEachTime() {
        CurrentTenant.runAs(
                altay, () -> assertThat(cipher.seal("13812345678")).isNotEqualTo(cipher.seal("13812345678")));
    }

    @Test
    void alteredSealedValueDoesNotOpen() {
        String sealed = CurrentTenant.callAs(altay, () -> cipher.seal("13812345678"));
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> CurrentTenant.callAs(altay, () -> cipher.open(altered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingOrShortKeyStopsStartupWithAClearMessage() {
        var context = new ApplicationContextRunner().withUserConfiguration(Keys.class);

        context.run(started -> assertThat(started)
                .getFailure()
                .rootCause()
                .hasMessageContaining("onedoor.pii.key is not set")
                .hasMessageContaining("ONEDOOR_PII_KEY"));
        context.withPropertyValues("onedoor.pii.key=c2hvcnQ=").run(started -> assertThat(started)
                .getFailure()
                .rootCause()
                .hasMessageContaining("onedoor.pii.key has 5 bytes"));
        context.withPropertyValues("onedoor.pii.key=" + KEY)
                .run(started -> assertThat(started).hasNotFailed());
    }

    @EnableConfigurationProperties(PiiProperties.class)
    static class Keys {}
}
