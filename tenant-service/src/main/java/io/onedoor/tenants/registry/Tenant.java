package io.onedoor.tenants.registry;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.tenancy.TenantDirectoryEntry;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.TenantStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A governance center registered on the platform, with its onboarding steps and the schema
 * version each service has migrated it to. Every status change goes through this class:
 *
 * <pre>
 * PROVISIONING -> ACTIVE | FAILED      FAILED -> PROVISIONING (a retry)
 * ACTIVE <-> SUSPENDED
 * </pre>
 *
 * Anything else is refused with {@link IllegalTenantTransition}. Each change raises
 * {@link TenantChanged}, which refreshes the gateway's directory once committed. The version
 * counts changes of the tenant row (status, suspension) and is the ETag; step progress is
 * deliberately left out of it.
 */
@Entity
@Table(schema = "platform", name = "tenant")
public class Tenant extends AbstractAggregateRoot<Tenant> {

    private static final Set<TenantStatus> ONBOARDED =
            EnumSet.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED, TenantStatus.ARCHIVED);

    @Id
    private String code;

    private String name;

    private String divisionCode;

    @Enumerated(EnumType.STRING)
    private TenantLevel level;

    private @Nullable String parentCode;

    private String provinceCode;

    private String template;

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    private String placement;

    private @Nullable String suspensionReason;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    private @Nullable Instant activatedAt;

    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "tenant_code", nullable = false, updatable = false)
    @OrderBy("position")
    @OptimisticLock(excluded = true)
    private List<ProvisioningStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(
            schema = "platform",
            name = "tenant_schema_version",
            joinColumns = @JoinColumn(name = "tenant_code"))
    @MapKeyColumn(name = "service")
    @Column(name = "version")
    @OptimisticLock(excluded = true)
    private Map<String, String> schemaVersions = new HashMap<>();

    protected Tenant() {
        this.code = "";
        this.name = "";
        this.divisionCode = "";
        this.level = TenantLevel.COUNTY;
        this.provinceCode = "";
        this.template = "";
        this.status = TenantStatus.PROVISIONING;
        this.placement = "";
        this.createdAt = Instant.EPOCH;
        this.requestFingerprint = "";
    }

    private Tenant(OnboardingRequest request, Instant now) {
        this.code = new TenantCode(request.code()).value();
        this.name = request.name();
        this.divisionCode = request.divisionCode();
        this.level = request.level();
        this.parentCode = request.parentCode();
        this.provinceCode = request.provinceCode();
        this.template = request.template();
        this.status = TenantStatus.PROVISIONING;
        this.placement = "primary";
        this.createdAt = now;
        this.requestFingerprint = request.fingerprint();
        for (OnboardingStep step : OnboardingStep.values()) {
            steps.add(new ProvisioningStep(step));
        }
    }

    /**
     * A tenant that starts onboarding: PROVISIONING, with every step pending but {@code REGISTER},
     * which is done by the time this row commits.
     *
     * @param received when the request arrived, so REGISTER's duration includes its checks
     */
    static Tenant register(OnboardingRequest request, Instant received, Instant now) {
        Tenant tenant = new Tenant(request, received);
        ProvisioningStep register = tenant.step(OnboardingStep.REGISTER);
        register.start(received);
        register.finish(now);
        tenant.changed();
        return tenant;
    }

    /** True when the tenant came from exactly this onboarding request. */
    boolean wasRequestedAs(OnboardingRequest request) {
        return requestFingerprint.equals(request.fingerprint());
    }

    /** True once onboarding finished; running it again has nothing to do. */
    boolean isOnboarded() {
        return ONBOARDED.contains(status);
    }

    /**
     * Takes up an onboarding that failed (FAILED becomes PROVISIONING) or was interrupted (it
     * stays PROVISIONING, possibly with a step left RUNNING by a process that died).
     */
    void resumeOnboarding() {
        if (status == TenantStatus.FAILED) {
            status = TenantStatus.PROVISIONING;
            changed();
        } else if (status != TenantStatus.PROVISIONING) {
            throw new IllegalTenantTransition(status, "resume onboarding");
        }
    }

    /** The first step not done yet, from which onboarding goes on. */
    Optional<OnboardingStep> nextStep() {
        return steps.stream()
                .filter(step -> !step.isDone())
                .map(ProvisioningStep::name)
                .findFirst();
    }

    void startStep(OnboardingStep name, Instant now) {
        requireStatus(TenantStatus.PROVISIONING, "run an onboarding step");
        if (nextStep().filter(name::equals).isEmpty()) {
            throw new IllegalStateException("step " + name + " is not the next step of " + code);
        }
        step(name).start(now);
    }

    void completeStep(OnboardingStep name, Instant now) {
        requireStatus(TenantStatus.PROVISIONING, "complete an onboarding step");
        ProvisioningStep step = step(name);
        if (step.status() != StepStatus.RUNNING) {
            throw new IllegalStateException("step " + name + " of " + code + " is not running");
        }
        step.finish(now);
    }

    void recordSchemaVersion(String service, String schemaVersion) {
        schemaVersions.put(service, schemaVersion);
    }

    /** The step failed: it keeps the reason, and the tenant is FAILED until someone retries. */
    void failStep(OnboardingStep name, String why, Instant now) {
        requireStatus(TenantStatus.PROVISIONING, "fail an onboarding step");
        step(name).fail(now, why);
        status = TenantStatus.FAILED;
        changed();
    }

    /** The last step: every other step is done, and the tenant may now be served. */
    void activate(Instant now) {
        completeStep(OnboardingStep.ACTIVATE, now);
        if (steps.stream().anyMatch(step -> !step.isDone())) {
            throw new IllegalStateException("tenant " + code + " has steps left");
        }
        status = TenantStatus.ACTIVE;
        activatedAt = now;
        changed();
    }

    /** Stops serving the tenant; its data stays. Suspending again only updates the reason. */
    void suspend(String reason) {
        if (status == TenantStatus.SUSPENDED) {
            if (!reason.equals(suspensionReason)) {
                suspensionReason = reason;
                changed();
            }
            return;
        }
        requireStatus(TenantStatus.ACTIVE, "be suspended");
        status = TenantStatus.SUSPENDED;
        suspensionReason = reason;
        changed();
    }

    /** Serves the tenant again; resuming an active tenant changes nothing. */
    void resume() {
        if (status == TenantStatus.ACTIVE) {
            return;
        }
        requireStatus(TenantStatus.SUSPENDED, "be resumed");
        status = TenantStatus.ACTIVE;
        suspensionReason = null;
        changed();
    }

    private void requireStatus(TenantStatus required, String attempted) {
        if (status != required) {
            throw new IllegalTenantTransition(status, attempted);
        }
    }

    private ProvisioningStep step(OnboardingStep name) {
        return steps.stream()
                .filter(step -> step.name() == name)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("tenant " + code + " has no step " + name));
    }

    private void changed() {
        registerEvent(new TenantChanged(code));
    }

    public TenantCode code() {
        return new TenantCode(code);
    }

    public String name() {
        return name;
    }

    public String divisionCode() {
        return divisionCode;
    }

    Division division() {
        return new Division(divisionCode);
    }

    public TenantLevel level() {
        return level;
    }

    public @Nullable String parentCode() {
        return parentCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String template() {
        return template;
    }

    public TenantStatus status() {
        return status;
    }

    public String placement() {
        return placement;
    }

    public @Nullable String suspensionReason() {
        return suspensionReason;
    }

    /** Increases with every change of the tenant row; 0 once registered. */
    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant activatedAt() {
        return activatedAt;
    }

    public Map<String, String> schemaVersions() {
        return Collections.unmodifiableMap(schemaVersions);
    }

    List<ProvisioningStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    Optional<OnboardingStep> failedStep() {
        return steps.stream()
                .filter(step -> step.status() == StepStatus.FAILED)
                .map(ProvisioningStep::name)
                .findFirst();
    }

    public TenantDirectoryEntry directoryEntry() {
        return new TenantDirectoryEntry(code, status.inDirectory(), version(), provinceCode);
    }
}
