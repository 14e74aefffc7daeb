package io.onedoor.tenants.ratelimit;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes tenants' own request limits. A change locks the tenant's row, checks the
 * caller's If-Match against it, commits with its audit event, and is written to Redis once
 * committed ({@link RateLimitPublisher}). Who may call is the spec's rule (the operator of the
 * tenant's province).
 */
@Service
class TenantRateLimits {

    private final JdbcTemplate jdbc;
    private final AccessFacts facts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TenantRateLimits(JdbcTemplate jdbc, AccessFacts facts, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
    }

    /** A tenant's limit changed; published with the change, written to Redis after it commits. */
    record Changed(String tenant) {}

    @Transactional(readOnly = true)
    public TenantRateLimit of(String tenant) {
        facts.provinceOfTenant(tenant).orElseThrow(TenantRateLimits::tenantNotFound);
        return find(tenant, false);
    }

    @Transactional
    public TenantRateLimit set(String tenant, long replenishRate, long burstCapacity, @Nullable String ifMatch) {
        String province = facts.provinceOfTenant(tenant).orElseThrow(TenantRateLimits::tenantNotFound);
        List<FieldProblem> problems = RateLimit.findings(replenishRate, burstCapacity);
        if (!problems.isEmpty()) {
            throw ProblemException.fields(
                    HttpStatus.UNPROCESSABLE_CONTENT, "invalid-rate-limit", "Rate limit breaks a rule", problems);
        }
        TenantRateLimit current = lockedForChange(tenant, ifMatch);
        TenantRateLimit next = current.set(
                new RateLimit(Math.toIntExact(replenishRate), Math.toIntExact(burstCapacity)), Instant.now());
        return save(province, current, next, "tenant.rate-limit-set");
    }

    @Transactional
    public TenantRateLimit remove(String tenant, @Nullable String ifMatch) {
        String province = facts.provinceOfTenant(tenant).orElseThrow(TenantRateLimits::tenantNotFound);
        TenantRateLimit current = lockedForChange(tenant, ifMatch);
        return save(province, current, current.removed(Instant.now()), "tenant.rate-limit-removed");
    }

    /** Every tenant that has a row, as committed: what the reconciler re-writes to Redis. */
    @Transactional(readOnly = true)
    public List<TenantRateLimit> all() {
        return jdbc.query(
                "select tenant_code, replenish_rate, burst_capacity, version, updated_at"
                        + " from platform.tenant_rate_limit order by tenant_code",
                TenantRateLimits::row);
    }

    private TenantRateLimit lockedForChange(String tenant, @Nullable String ifMatch) {
        TenantRateLimit current = find(tenant, true);
        if (current.everSet() && (ifMatch == null || ifMatch.isBlank())) {
            throw ProblemException.of(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "precondition-required",
                    "If-Match required",
                    "The tenant's limit has been set before; send the ETag you read in If-Match, so a change"
                            + " made since is not overwritten.");
        }
        if (!EntityTags.matches(ifMatch, current.version())) {
            throw ProblemException.of(
                    HttpStatus.PRECONDITION_FAILED,
                    "precondition-failed",
                    "Rate limit changed",
                    "The tenant's limit changed since it was read; read it again and retry with its ETag.");
        }
        return current;
    }

    private TenantRateLimit save(String province, TenantRateLimit before, TenantRateLimit after, String action) {
        if (after.sameAs(before)) {
            return before;
        }
        RateLimit limit = after.limit();
        int written = jdbc.update(
                """
                insert into platform.tenant_rate_limit
                    (tenant_code, replenish_rate, burst_capacity, version, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (tenant_code) do update set replenish_rate = excluded.replenish_rate,
                    burst_capacity = excluded.burst_capacity, version = excluded.version,
                    updated_at = excluded.updated_at
                where tenant_rate_limit.version = ?""",
                after.tenant(),
                limit == null ? null : limit.replenishRate(),
                limit == null ? null : limit.burstCapacity(),
                after.version(),
                Timestamp.from(after.updatedAt() == null ? Instant.now() : after.updatedAt()),
                before.version());
        if (written != 1) {
            // Another request inserted the tenant's first row between our read and this write.
            throw ProblemException.of(
                    HttpStatus.PRECONDITION_FAILED,
                    "precondition-failed",
                    "Rate limit changed",
                    "The tenant's limit changed since it was read; read it again and retry with its ETag.");
        }
        audit.record(AuditEntry.of(action, after.tenant(), province, after.tenant())
                .before(before.auditState())
                .after(after.auditState()));
        events.publishEvent(new Changed(after.tenant()));
        return after;
    }

    private TenantRateLimit find(String tenant, boolean forUpdate) {
        List<TenantRateLimit> found = jdbc.query(
                "select tenant_code, replenish_rate, burst_capacity, version, updated_at"
                        + " from platform.tenant_rate_limit where tenant_code = ?"
                        + (forUpdate ? " for update" : ""),
                TenantRateLimits::row,
                tenant);
        return found.isEmpty() ? TenantRateLimit.none(tenant) : found.getFirst();
    }

    private static TenantRateLimit row(ResultSet rs, int n) throws SQLException {
        int rate = rs.getInt("replenish_rate");
        boolean own = !rs.wasNull();
        RateLimit limit = own ? new RateLimit(rate, rs.getInt("burst_capacity")) : null;
        Timestamp updated = rs.getTimestamp("updated_at");
        return new TenantRateLimit(
                rs.getString("tenant_code"),
                limit,
                rs.getLong("version"),
                updated == null ? null : updated.toInstant());
    }

    static ProblemException tenantNotFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
        problem.setInstance(URI.create("/api/v1/tenants"));
        return new ProblemException(problem);
    }
}
