package io.onedoor.tenants.configuration;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and changes a center's configuration. Every change names the version it was made from
 * (If-Match, required), is checked as a whole against the rules and against the open matters
 * case-service holds, and is saved as the next version together with its audit record; a
 * concurrent change that saved first makes it fail with 412, never a silent merge.
 */
@Service
public class TenantConfigurations {

    /** The centers' civil time, in which a day begins and ends. */
    private static final ZoneId CENTERS_TIME = ZoneId.of("Asia/Shanghai");

    private final ConfigurationVersions versions;
    private final ConfigurationRules rules;
    private final OpenMatterLookup openMatters;
    private final AuditLog audit;
    private final AccessFacts facts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    TenantConfigurations(
            ConfigurationVersions versions,
            Catalogs catalogs,
            OpenMatterLookup openMatters,
            AuditLog audit,
            AccessFacts facts,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.versions = versions;
        this.rules = new ConfigurationRules(catalogs);
        this.openMatters = openMatters;
        this.audit = audit;
        this.facts = facts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ConfigurationVersion current(TenantCode tenant) {
        requireProvisioned(tenant);
        return versions.latest(tenant).orElseThrow(TenantConfigurations::tenantNotFound);
    }

    public ConfigurationVersion version(TenantCode tenant, long version) {
        requireProvisioned(tenant);
        return versions.find(tenant, version)
                .orElseThrow(() -> ProblemException.of(
                        HttpStatus.NOT_FOUND,
                        "configuration-version-not-found",
                        "No such configuration version",
                        "The configuration has no version " + version + "."));
    }

    public List<ConfigurationVersion.Summary> history(TenantCode tenant, @Nullable Long before, int limit) {
        requireProvisioned(tenant);
        return versions.list(tenant, before, limit);
    }

    /** Replaces the whole configuration. */
    public ConfigurationVersion replace(
            TenantCode tenant, CenterConfiguration next, @Nullable String ifMatch, String actor) {
        return change(tenant, ifMatch, actor, current -> next, null);
    }

    /** Replaces one section, leaving the others as they are. */
    public ConfigurationVersion replace(
            TenantCode tenant,
            CenterConfiguration.Section section,
            CenterConfiguration next,
            @Nullable String ifMatch,
            String actor) {
        return change(tenant, ifMatch, actor, current -> current.with(section, next), null);
    }

    /**
     * Makes an earlier version's document current again, as a new version. Org units created
     * since stay, retired today: units are never deleted.
     */
    public ConfigurationVersion restore(TenantCode tenant, long version, @Nullable String ifMatch, String actor) {
        CenterConfiguration earlier = version(tenant, version).document();
        LocalDate today = LocalDate.now(CENTERS_TIME);
        return change(tenant, ifMatch, actor, current -> earlier.keepingUnitsOf(current, today), version);
    }

    private ConfigurationVersion change(
            TenantCode tenant,
            @Nullable String ifMatch,
            String actor,
            UnaryOperator<CenterConfiguration> edit,
            @Nullable Long restoredFrom) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw ProblemException.of(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "precondition-required",
                    "Say which version the change was made from",
                    "Send the ETag of the configuration you edited in If-Match, so that a change saved"
                            + " meanwhile by someone else is not silently undone.");
        }
        ConfigurationVersion current = current(tenant);
        if (!EntityTags.matches(ifMatch, current.version())) {
            throw stale(current.version());
        }
        CenterConfiguration next = edit.apply(current.document());
        ConfigurationRules.OpenMatters open = openMatters.find(
                tenant,
                ConfigurationRules.removedDepartments(current.document(), next),
                ConfigurationRules.removedCategories(current.document(), next));
        List<FieldProblem> problems = rules.check(
                next,
                current.document(),
                current.document()
                        .centerCode()
                        .orElseThrow(() -> new IllegalStateException("a saved configuration has no center unit")),
                open);
        if (!problems.isEmpty()) {
            throw new ProblemException(Problems.invalid(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "configuration-invalid",
                    "The configuration would break the center's work",
                    problems));
        }
        List<CenterConfiguration.Section> changed = next.sectionsChangedFrom(current.document());
        if (changed.isEmpty() && restoredFrom == null) {
            return current;
        }
        String summary = restoredFrom != null
                ? "restored version " + restoredFrom
                : changed.stream().map(CenterConfiguration.Section::path).collect(Collectors.joining(", "));
        try {
            return transaction.execute(status -> {
                ConfigurationVersion saved =
                        versions.insert(tenant, current.version() + 1, next, actor, summary, restoredFrom);
                audit.record(AuditEntry.of(
                                "configuration.changed",
                                tenant.value(),
                                facts.provinceOfTenant(tenant.value()).orElse(null),
                                tenant.value())
                        .before(Map.of("version", current.version()))
                        .after(Map.of("version", saved.version(), "summary", summary)));
                events.publishEvent(new ConfigurationChanged(tenant.value()));
                return saved;
            });
        } catch (DuplicateKeyException e) {
            // Someone saved version n+1 between our read and our insert.
            throw stale(current.version() + 1);
        }
    }

    /** A tenant whose schema has no configuration table is, to this API, no tenant at all. */
    private void requireProvisioned(TenantCode tenant) {
        if (!versions.provisioned(tenant)) {
            throw tenantNotFound();
        }
    }

    private static ProblemException stale(long current) {
        return ProblemException.of(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "The configuration changed meanwhile",
                "Version " + current + " is current now; read it, redo the change on it and send its ETag.");
    }

    /** The tenant of a request path; a code that cannot be one is a tenant that does not exist. */
    static TenantCode tenantCode(String tenant) {
        return TenantCode.parse(tenant).orElseThrow(TenantConfigurations::tenantNotFound);
    }

    static ProblemException tenantNotFound() {
        return new ProblemException(
                Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant."));
    }
}
