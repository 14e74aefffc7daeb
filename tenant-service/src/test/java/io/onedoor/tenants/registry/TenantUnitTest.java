package io.onedoor.tenants.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantUnitTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private static OnboardingRequest altay() {
        return new OnboardingRequest(
                "xj-altay", "阿勒泰市综治中心", "654301", TenantLevel.COUNTY, "xj-altay-pref", "650000", "standard-county");
    }

    private static Tenant registered() {
        return Tenant.register(altay(), T0, T0.plusMillis(40));
    }

    private static void runThrough(Tenant tenant, OnboardingStep last) {
        Instant now = T0;
        for (OnboardingStep step : OnboardingStep.values()) {
            if (step == OnboardingStep.REGISTER) {
                continue;
            }
            now = now.plusMillis(100);
            tenant.startStep(step, now);
            if (step == OnboardingStep.ACTIVATE) {
                tenant.activate(now.plusMillis(5));
            } else {
                tenant.completeStep(step, now.plusMillis(5));
            }
            if (step == last) {
                return;
            }
        }
    }

    @Test
    void registeredTenantIsProvisioningWithRegisterDone() {
        Tenant tenant = registered();

        assertThat(tenant.status()).isEqualTo(TenantStatus.PROVISIONING);
        assertThat(tenant.steps()).hasSize(6);
        assertThat(tenant.steps().getFirst().isDone()).isTrue();
        assertThat(tenant.steps().getFirst().durationMs()).isEqualTo(40);
        assertThat(tenant.nextStep()).contains(OnboardingStep.CREATE_SCHEMA);
    }

    @Test
    void stepsRunInOrderOnly() {
        Tenant tenant = registered();

        assertThatThrownBy(() -> tenant.startStep(OnboardingStep.MIGRATE_CASE_SERVICE, T0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failedStepFailsTheTenantUntilRetried() {
        Tenant tenant = registered();
        runThrough(tenant, OnboardingStep.MIGRATE_TENANT_SERVICE);
        tenant.startStep(OnboardingStep.MIGRATE_CASE_SERVICE, T0.plusSeconds(1));

        tenant.failStep(OnboardingStep.MIGRATE_CASE_SERVICE, "case-service answered 503", T0.plusSeconds(2));

        assertThat(tenant.status()).isEqualTo(TenantStatus.FAILED);
        assertThat(tenant.failedStep()).contains(OnboardingStep.MIGRATE_CASE_SERVICE);
        assertThat(tenant.nextStep()).contains(OnboardingStep.MIGRATE_CASE_SERVICE);
        assertThatThrownBy(() -> tenant.startStep(OnboardingStep.MIGRATE_CASE_SERVICE, T0))
                .isInstanceOf(IllegalTenantTransition.class);

        tenant.resumeOnboarding();
        tenant.startStep(OnboardingStep.MIGRATE_CASE_SERVICE, T0.plusSeconds(3));

        assertThat(tenant.status()).isEqualTo(TenantStatus.PROVISIONING);
        assertThat(tenant.failedStep()).isEmpty();
        assertThat(tenant.steps().get(3).attempts()).isEqualTo(2);
        assertThat(tenant.steps().get(3).error()).isNull();
    }

    @Test
    void activationNeedsEveryStepDone() {
        Tenant tenant = registered();
        runThrough(tenant, OnboardingStep.ACTIVATE);

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.activatedAt()).isNotNull();
        assertThat(tenant.isOnboarded()).isTrue();
        assertThat(tenant.nextStep()).isEmpty();
        assertThatThrownBy(tenant::resumeOnboarding).isInstanceOf(IllegalTenantTransition.class);
    }

    @Test
    void onlyActiveTenantsAreSuspendedAndOnlySuspendedOnesResumed() {
        Tenant onboarding = registered();
        assertThatThrownBy(() -> onboarding.suspend("检查")).isInstanceOf(IllegalTenantTransition.class);
        assertThatThrownBy(onboarding::resume).isInstanceOf(IllegalTenantTransition.class);

        Tenant active = registered();
        runThrough(active, OnboardingStep.ACTIVATE);
        active.suspend("检查");
        assertThat(active.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(active.suspensionReason()).isEqualTo("检查");
        assertThatThrownBy(() -> active.startStep(OnboardingStep.ACTIVATE, T0))
                .isInstanceOf(IllegalTenantTransition.class);

        active.resume();
        assertThat(active.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(active.suspensionReason()).isNull();
    }

    @Test
    void longErrorsAreCutToFit() {
        Tenant tenant = registered();
        tenant.startStep(OnboardingStep.CREATE_SCHEMA, T0);

        tenant.failStep(OnboardingStep.CREATE_SCHEMA, "x".repeat(5000), T0.plusMillis(3));

        assertThat(tenant.steps().get(1).error()).hasSize(ProvisioningStep.MAX_ERROR_LENGTH);
    }

    @Test
    void fingerprintTellsRequestsApart() {
        OnboardingRequest request = altay();
        OnboardingRequest withoutParent = new OnboardingRequest(
                "xj-altay", "阿勒泰市综治中心", "654301", TenantLevel.COUNTY, null, "650000", "standard-county");
        OnboardingRequest emptyParent = new OnboardingRequest(
                "xj-altay", "阿勒泰市综治中心", "654301", TenantLevel.COUNTY, "", "650000", "standard-county");

        assertThat(request.fingerprint()).isEqualTo(altay().fingerprint()).hasSize(64);
        assertThat(withoutParent.fingerprint())
                .isNotEqualTo(request.fingerprint())
                .isNotEqualTo(emptyParent.fingerprint());
        assertThat(registered().wasRequestedAs(request)).isTrue();
        assertThat(registered().wasRequestedAs(withoutParent)).isFalse();
    }
}
