package io.onedoor.cases.ledger;

import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.MatterStatus;
import io.onedoor.cases.matter.Matters;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger (一本账) of a tenant's matters: one matter in full, or pages newest first. Pages are
 * read by keyset (after the last row shown), so a page costs the same however deep it is and a
 * matter registered meanwhile neither repeats nor hides a row.
 */
@Service
public class Ledger {

    @PersistenceContext
    private EntityManager entityManager;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Matters matters;
    private final LedgerCursors cursors;
    private final Clock clock;

    Ledger(Matters matters, LedgerCursors cursors, Clock clock) {
        this.matters = matters;
        this.cursors = cursors;
        this.clock = clock;
    }

    /**
     * The matter, if it exists and lies within the caller's reach. A matter outside it is answered
     * exactly as one that does not exist, so its existence is not revealed either.
     */
    @Transactional(readOnly = true)
    public Optional<Matter> matter(MatterId id, MatterReach reach) {
        return matters.findById(id)
                .filter(matter -> reach.covers(matter.orgUnit()))
                .map(Matter::whole);
    }

    /**
     * One page of the ledger within the caller's reach, after the cursor if given. Throws a 400
     * problem naming {@code cursor} for a cursor that is not one this tenant's ledger issued.
     *
     * <p>The reach is a condition of the query itself, before the page is cut, so a page is full
     * whenever more matters within reach follow, and a cursor always points after a matter the
     * caller was shown.
     */
    @Transactional(readOnly = true)
    public Page page(
            TenantCode tenant,
            MatterReach reach,
            @Nullable OrgUnitCode orgUnit,
            LedgerFilter filter,
            int limit,
            @Nullable String cursor) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("a page has 1 to 200 matters");
        }
        LedgerCursors.Position after = cursor == null ? null : cursors.decode(tenant, cursor);
        // A unit filter narrows the reach, never widens it: a unit outside it gives an empty page.
        if (reach instanceof MatterReach.Nothing || (orgUnit != null && !reach.covers(orgUnit))) {
            return new Page(List.of(), null);
        }
        // Within the reach a unit filter is the whole condition (and keeps the per-unit index's order).
        String[] subtree = orgUnit == null && reach instanceof MatterReach.Subtree s
                ? s.units().stream().map(OrgUnitCode::value).toArray(String[]::new)
                : null;
        // Fixed fragments only; every value is a bound parameter.
        StringBuilder sql = new StringBuilder("select * from matter where true");
        if (orgUnit != null) {
            sql.append(" and org_unit_code = :orgUnit");
        }
        if (subtree != null) {
            sql.append(" and org_unit_code = any(cast(:subtree as text[]))");
        }
        if (after != null) {
            sql.append(" and (registered_at, id) < (:afterAt, :afterId)");
        }
        Map<String, Object> parameters = new HashMap<>();
        narrow(sql, parameters, filter);
        sql.append(" order by registered_at desc, id desc limit :limit");
        Query query = entityManager.createNativeQuery(sql.toString(), Matter.class);
        parameters.forEach(query::setParameter);
        if (orgUnit != null) {
            query.setParameter("orgUnit", orgUnit.value());
        }
        if (subtree != null) {
            query.setParameter("subtree", subtree);
        }
        if (after != null) {
            query.setParameter("afterAt", after.registeredAt());
            query.setParameter("afterId", after.id());
        }
        // One row more than asked tells whether another page follows.
        query.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Matter> rows = query.getResultList();
        List<Matter> items = rows.subList(0, Math.min(limit, rows.size()));
        // Loads the parties, assignments, whistles, locks and instalments (whose due times count in
        // the next deadline and the light) while the session is open, in batches
        // (hibernate.default_batch_fetch_size).
        items.forEach(matter -> {
            matter.parties();
            matter.assignments();
            matter.whistles();
            matter.locks();
            matter.instalments();
        });
        String next = null;
        if (rows.size() > limit) {
            Matter last = items.getLast();
            next = cursors.encode(
                    tenant,
                    new LedgerCursors.Position(last.registeredAt(), last.id().value()));
        }
        return new Page(List.copyOf(items), next);
    }

    /** The filter's conditions, as fixed fragments with bound parameters. */
    private void narrow(StringBuilder sql, Map<String, Object> parameters, LedgerFilter filter) {
        if (!filter.statuses().isEmpty()) {
            sql.append(" and status = any(cast(:statuses as text[]))");
            parameters.put(
                    "statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.department() != null) {
            sql.append(" and (lead_department = :department or exists (select 1 from matter_assignment a"
                    + " where a.matter_id = matter.id and a.department = :department"
                    + " and a.status in ('PENDING', 'SIGNED')))");
            parameters.put("department", filter.department());
        }
        if (filter.complexity() != null) {
            sql.append(" and complexity = :complexity");
            parameters.put("complexity", filter.complexity().name());
        }
        if (filter.category() != null) {
            // Category codes hold no LIKE wildcards (lower-case letters, digits, dots, hyphens).
            sql.append(" and (category_code = :category or category_code like :categoryBelow)");
            parameters.put("category", filter.category().value());
            parameters.put("categoryBelow", filter.category().value() + ".%");
        }
        if (filter.channel() != null) {
            sql.append(" and channel = :channel");
            parameters.put("channel", filter.channel().name());
        }
        if (filter.overdue() != null) {
            String overdue = "(status = any(cast(:openStatuses as text[])) and closure_due_on < :today)";
            sql.append(filter.overdue() ? " and " + overdue : " and not coalesce(" + overdue + ", false)");
            parameters.put(
                    "openStatuses", MatterStatus.open().stream().map(Enum::name).toArray(String[]::new));
            parameters.put("today", LocalDate.now(clock.withZone(CHINA)));
        }
        if (!filter.lights().isEmpty()) {
            sql.append(" and light = any(cast(:lights as text[]))");
            parameters.put("lights", filter.lights().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.registeredFrom() != null) {
            sql.append(" and registered_at >= :registeredFrom");
            parameters.put(
                    "registeredFrom",
                    filter.registeredFrom().atStartOfDay(CHINA).toInstant());
        }
        if (filter.registeredTo() != null) {
            sql.append(" and registered_at < :registeredBefore");
            parameters.put(
                    "registeredBefore",
                    filter.registeredTo().plusDays(1).atStartOfDay(CHINA).toInstant());
        }
    }

    /** A page of matters, newest first, and the cursor of the next page if there is one. */
    public record Page(List<Matter> items, @Nullable String nextCursor) {}
}
