package io.onedoor.tenants.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.tenants.provisioning.ProvisioningFailure;
import org.junit.jupiter.api.Test;

/** What a failed step records for the operator to read. */
class FailureReasonUnitTest {

    @Test
    void keepsTheFirstLineAndTheKindOfFailure() {
        var e = new IllegalStateException("Migration V2__x.sql failed\nSQL State  : 42P01\nLine 3: select ...");

        assertThat(Onboarding.describe(e)).isEqualTo("IllegalStateException: Migration V2__x.sql failed");
    }

    @Test
    void neverKeepsAddressesOrCredentials() {
        var e = new IllegalStateException("Unable to obtain connection from database"
                + " (jdbc:postgresql://db.internal:5432/onedoor?user=app&password=s3cret) token=abc123");

        String reason = Onboarding.describe(e);

        assertThat(reason).doesNotContain("s3cret", "abc123", "db.internal").contains("jdbc:postgresql://…");
    }

    @Test
    void provisioningFailuresSpeakForThemselves() {
        assertThat(Onboarding.describe(new ProvisioningFailure("case-service answered 503")))
                .isEqualTo("case-service answered 503");
    }
}
