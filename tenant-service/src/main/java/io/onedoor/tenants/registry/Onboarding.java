package io.onedoor.tenants.registry;

import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.TenantStatus;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import io.onedoor.tenants.configuration.ConfigurationSeeder;
import io.onedoor.tenants.configuration.Template;
import io.onedoor.tenants.configuration.Templates;
import io.onedoor.tenants.provisioning.CaseServiceProvisioning;
import io.onedoor.tenants.provisioning.ProvisioningFailure;
import io.onedoor.tenants.provisioning.TenantSchemas;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboards a tenant step by step, recording each step as it goes, so that a run that fails or
 * dies can be finished by the next one from the first step not done. Every step commits its own
 * record; the registry row commits before the schema exists, so there is never a schema without a
 * tenant to account for it. Every action a step takes is idempotent, so repeating a step whose
 * run died half-way is safe.
 */
@Service
class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final TenantRepository tenants;
    private final OnboardingRules rules;
    private final ProvisioningLock lock;
    private final TenantSchemas schemas;
    private final CaseServiceProvisioning caseService;
    private final ConfigurationSeeder seeder;
    private final Templates templates;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Semaphore runs;
    private final Duration wait;

    Onboarding(
            TenantRepository tenants,
            OnboardingRules rules,
            ProvisioningLock lock,
            TenantSchemas schemas,
            CaseServiceProvisioning caseService,
            ConfigurationSeeder seeder,
            Templates templates,
            AuditLog audit,
            PlatformTransactionManager transactions,
            ProvisioningProperties properties) {
        this.tenants = tenants;
        this.rules = rules;
        this.lock = lock;
        this.schemas = schemas;
        this.caseService = caseService;
        this.seeder = seeder;
        this.templates = templates;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.runs = new Semaphore(properties.concurrentRuns(), true);
        this.wait = properties.lockWait();
    }

    /** What an onboarding request came to. */
    record Outcome(TenantCode tenant, boolean created) {}

    /**
     * Registers and provisions the tenant, or finishes its onboarding if the same request came
     * before. Refusals and failures are thrown as problems.
     */
    Outcome onboard(OnboardingRequest request) {
        Instant received = Instant.now();
        if (!TenantCode.isValid(request.code())) {
            throw invalid(rules.check(request));
        }
        TenantCode code = new TenantCode(request.code());
        acquireRun();
        try {
            return onboard(code, request, received);
        } finally {
            runs.release();
        }
    }

    private Outcome onboard(TenantCode code, OnboardingRequest request, Instant received) {
        try (var logged = MDC.putCloseable(CurrentTenant.MDC_KEY, code.value());
                var held = lock.tryAcquire(code).orElseThrow(() -> inProgress(code))) {
            Optional<Tenant> existing = tenants.findById(code.value());
            boolean created = existing.isEmpty();
            if (existing.isPresent()) {
                if (!existing.get().wasRequestedAs(request)) {
                    throw ProblemException.fields(
                            HttpStatus.CONFLICT,
                            "tenant-code-taken",
                            "Tenant code is taken",
                            List.of(new FieldProblem(
                                    "code", "is already the code of a tenant onboarded with a different request")));
                }
                if (existing.get().isOnboarded()) {
                    return new Outcome(code, false);
                }
                log.info(
                        "resuming an unfinished onboarding ({})", existing.get().status());
            } else {
                register(request, received);
            }
            finish(code, request);
            return new Outcome(code, created);
        }
    }

    private void acquireRun() {
        try {
            if (runs.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "provisioning-busy",
                "Onboarding capacity exhausted",
                "This replica is onboarding other tenants; retry the same request shortly.");
        ProblemException busy = new ProblemException(problem);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "2");
        throw busy;
    }

    private void register(OnboardingRequest request, Instant received) {
        List<FieldProblem> broken = rules.check(request);
        if (!broken.isEmpty()) {
            throw invalid(broken);
        }
        rules.conflict(request).ifPresent(problem -> {
            throw divisionTaken(problem);
        });
        try {
            transaction.executeWithoutResult(status -> {
                tenants.save(Tenant.register(request, received, Instant.now()));
                audit.record(AuditEntry.of(
                                "tenant.onboarding-started", request.code(), request.provinceCode(), request.code())
                        .after(requested(request)));
            });
        } catch (DataIntegrityViolationException e) {
            // Another tenant took the division between the check and the insert.
            throw divisionTaken(new FieldProblem("divisionCode", "is already the division of another tenant"));
        }
        log.info("registered tenant for division {}", request.divisionCode());
    }

    private void finish(TenantCode code, OnboardingRequest request) {
        Template template = templates
                .find(request.template())
                .orElseThrow(() -> new IllegalStateException("template of " + code + " is gone"));
        change(
                code,
                Tenant::resumeOnboarding,
                tenant -> tenant.status() == TenantStatus.FAILED
                        ? AuditEntry.of("tenant.onboarding-resumed", code.value(), tenant.provinceCode(), code.value())
                                .before(Map.of("status", TenantStatus.FAILED.name()))
                                .after(Map.of("status", TenantStatus.PROVISIONING.name()))
                        : null);
        // Each run either records its step DONE or throws; the bound only guards against a bug.
        for (int step = 0; step < OnboardingStep.values().length; step++) {
            Optional<OnboardingStep> next =
                    transaction.execute(status -> tenants.findById(code.value()).flatMap(Tenant::nextStep));
            if (next == null || next.isEmpty()) {
                return;
            }
            run(code, next.get(), request, template);
        }
        throw new IllegalStateException("onboarding of " + code + " does not converge");
    }

    private void run(TenantCode code, OnboardingStep step, OnboardingRequest request, Template template) {
        change(code, tenant -> tenant.startStep(step, Instant.now()));
        try {
            switch (step) {
                case REGISTER -> change(code, tenant -> tenant.completeStep(step, Instant.now()));
                case CREATE_SCHEMA -> {
                    schemas.create(code);
                    change(code, tenant -> tenant.completeStep(step, Instant.now()));
                }
                case MIGRATE_TENANT_SERVICE -> {
                    String version = schemas.migrate(code);
                    change(code, tenant -> {
                        tenant.recordSchemaVersion(TenantSchemas.SERVICE, version);
                        tenant.completeStep(step, Instant.now());
                    });
                }
                case MIGRATE_CASE_SERVICE -> {
                    String version = caseService.provision(code, request.divisionCode());
                    change(code, tenant -> {
                        tenant.recordSchemaVersion(CaseServiceProvisioning.SERVICE, version);
                        tenant.completeStep(step, Instant.now());
                    });
                }
                case SEED_CONFIGURATION ->
                    // One transaction: the seed rows and the step's DONE commit together.
                    change(code, tenant -> {
                        seeder.seed(code, template, request.name(), request.divisionCode());
                        tenant.completeStep(step, Instant.now());
                    });
                case ACTIVATE ->
                    change(code, tenant -> tenant.activate(Instant.now()), tenant -> AuditEntry.of(
                                    "tenant.onboarded", code.value(), tenant.provinceCode(), code.value())
                            .before(Map.of("status", TenantStatus.PROVISIONING.name()))
                            .after(Map.of("status", TenantStatus.ACTIVE.name())));
            }
            log.info("onboarding step {} done", step);
        } catch (RuntimeException e) {
            String why = describe(e);
            log.warn("onboarding step {} failed: {}", step, why, e);
            change(code, tenant -> tenant.failStep(step, why, Instant.now()), tenant -> AuditEntry.of(
                            "tenant.onboarding-failed", code.value(), tenant.provinceCode(), code.value())
                    .before(Map.of("status", TenantStatus.PROVISIONING.name()))
                    .after(Map.of("status", TenantStatus.FAILED.name(), "failedStep", step.name(), "reason", why)));
            throw failed(code, step);
        }
    }

    /** Applies one change to the tenant in a transaction of its own, committed when this returns. */
    private void change(TenantCode code, Consumer<Tenant> change) {
        change(code, change, tenant -> null);
    }

    /**
     * Applies one change and records the audit event the tenant as it was calls for (none when
     * null), both in one transaction.
     */
    private void change(TenantCode code, Consumer<Tenant> change, Function<Tenant, @Nullable AuditEntry> audited) {
        transaction.executeWithoutResult(status -> {
            Tenant tenant = tenants.findById(code.value())
                    .orElseThrow(() -> new IllegalStateException("tenant " + code + " vanished"));
            AuditEntry entry = audited.apply(tenant);
            change.accept(tenant);
            tenants.save(tenant);
            if (entry != null) {
                audit.record(entry);
            }
        });
    }

    /** The onboarding request as the audit log keeps it: the center's public facts only. */
    private static Map<String, Object> requested(OnboardingRequest request) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", request.code());
        state.put("name", request.name());
        state.put("divisionCode", request.divisionCode());
        state.put("level", request.level().name());
        if (request.parentCode() != null) {
            state.put("parentCode", request.parentCode());
        }
        state.put("provinceCode", request.provinceCode());
        state.put("template", request.template());
        state.put("status", TenantStatus.PROVISIONING.name());
        return state;
    }

    /** Database and service addresses, which may carry credentials in their query strings. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(jdbc:[a-z0-9]+:|https?:)//[^\\s)'\"]+");

    private static final Pattern SECRET = Pattern.compile("(?i)\\b(password|passwd|secret|token|key)=[^&\\s)'\"]+");

    /**
     * A short reason fit to show the operator and keep in the registry: what failed, on one line,
     * without stack, addresses or anything that looks like a credential.
     */
    static String describe(RuntimeException e) {
        String reason;
        if (e instanceof ProvisioningFailure failure) {
            reason = String.valueOf(failure.getMessage());
        } else {
            String message = e.getMessage() == null ? "" : e.getMessage().strip();
            int lineEnd = message.indexOf('\n');
            if (lineEnd >= 0) {
                message = message.substring(0, lineEnd).strip();
            }
            reason = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        }
        reason = ADDRESS.matcher(reason).replaceAll("$1//…");
        return SECRET.matcher(reason).replaceAll("$1=…");
    }

    private static ProblemException invalid(List<FieldProblem> broken) {
        return ProblemException.fields(
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid-onboarding", "Onboarding request breaks a rule", broken);
    }

    private static ProblemException divisionTaken(FieldProblem problem) {
        return ProblemException.fields(
                HttpStatus.CONFLICT, "division-code-taken", "Division is already a tenant", List.of(problem));
    }

    private static ProblemException inProgress(TenantCode code) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT,
                "provisioning-in-progress",
                "Onboarding is in progress",
                "Another request is onboarding this tenant; retry the same request shortly.");
        problem.setProperty("tenant", code.value());
        return new ProblemException(problem);
    }

    private static ProblemException failed(TenantCode code, OnboardingStep step) {
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "provisioning-failed",
                "Onboarding failed",
                "Step " + step + " failed and is recorded on the tenant (status " + TenantStatus.FAILED
                        + "); the same request again resumes from it.");
        problem.setProperty("tenant", code.value());
        problem.setProperty("failedStep", step.name());
        return new ProblemException(problem);
    }
}
