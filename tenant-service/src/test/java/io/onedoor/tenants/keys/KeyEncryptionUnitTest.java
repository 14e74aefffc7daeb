package io.onedoor.tenants.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.tenants.IdentityProperties;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class KeyEncryptionUnitTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sealedKeysOpenOnlyUnderTheSameKeyAndKeyId() {
        KeyEncryption encryption = new KeyEncryption(KEY);
        byte[] plain = "private key material".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = encryption.seal("kid-1", plain);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key material");
        assertThat(encryption.open("kid-1", sealed)).isEqualTo(plain);
        assertThatThrownBy(() -> encryption.open("kid-2", sealed))
                .hasMessageContaining("does not open with onedoor.identity.key-encryption-key");
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        assertThatThrownBy(() -> new KeyEncryption(otherKey).open("kid-1", sealed))
                .hasMessageContaining("is not the one the signing keys were stored with");
    }

    @Test
    void theServiceRefusesToStartWithoutAKeyEncryptionKeySayingWhichAndHow() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

        runner.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("onedoor.identity.key-encryption-key is not set")
                .hasMessageContaining("ONEDOOR_KEY_ENCRYPTION_KEY")
                .hasMessageContaining("openssl rand -base64 32"));
        runner.withPropertyValues("onedoor.identity.key-encryption-key=c2hvcnQ=")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("has 5 bytes"));
        runner.withPropertyValues("onedoor.identity.key-encryption-key=S0VLS0VLS0VLS0VLS0VLS0VLS0VLS0VLS0VLS0VLS0s=")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IdentityProperties.class)
    static class Bound {}
}
