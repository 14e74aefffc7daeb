package io.onedoor.tenants.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One onboarding step of a tenant, part of the {@link Tenant} aggregate: how often it was tried,
 * when the last try started and ended, and why it failed. A step left RUNNING means the process
 * running it died; the next onboarding run simply tries it again.
 */
@Entity
@Table(schema = "platform", name = "provisioning_step")
class ProvisioningStep {

    /** Error texts are cut to fit the column; the log has the rest. */
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int position;

    @Enumerated(EnumType.STRING)
    private OnboardingStep name;

    @Enumerated(EnumType.STRING)
    private StepStatus status;

    private int attempts;

    private @Nullable Instant startedAt;

    private @Nullable Instant finishedAt;

    @Column(name = "duration_ms")
    private @Nullable Long durationMs;

    private @Nullable String error;

    protected ProvisioningStep() {
        this.name = OnboardingStep.REGISTER;
        this.status = StepStatus.PENDING;
    }

    ProvisioningStep(OnboardingStep name) {
        this.name = name;
        this.position = name.ordinal();
        this.status = StepStatus.PENDING;
    }

    void start(Instant now) {
        status = StepStatus.RUNNING;
        attempts++;
        startedAt = now;
        finishedAt = null;
        durationMs = null;
        error = null;
    }

    void finish(Instant now) {
        end(now);
        status = StepStatus.DONE;
    }

    void fail(Instant now, String why) {
        end(now);
        status = StepStatus.FAILED;
        error = why.length() <= MAX_ERROR_LENGTH ? why : why.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private void end(Instant now) {
        finishedAt = now;
        durationMs = startedAt == null ? 0 : Duration.between(startedAt, now).toMillis();
    }

    OnboardingStep name() {
        return name;
    }

    StepStatus status() {
        return status;
    }

    boolean isDone() {
        return status == StepStatus.DONE;
    }

    int attempts() {
        return attempts;
    }

    @Nullable
    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant finishedAt() {
        return finishedAt;
    }

    @Nullable
    Long durationMs() {
        return durationMs;
    }

    @Nullable
    String error() {
        return error;
    }
}
