package io.onedoor.cases.supervision;

import io.onedoor.cases.ledger.InvalidCursorException;
import io.onedoor.cases.matter.Light;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.paging.PageCursors;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the bound tenant's supervision items for the caller's reach: one item, pages of them (open
 * ones worst light first, then oldest; closed ones after, newest closed first) and the board.
 *
 * <p>Lights are computed in the query, at the moment asked and on the center's policy, with the
 * arithmetic of {@link LightPolicy#lightOf} (percent of the item's time in whole milliseconds, or
 * the time left, whichever comes first), so the list can be filtered and ordered by light and cut
 * into pages by keyset. An item whose light turns between two pages may be shown twice or not at
 * all in that walk, as a matter registered meanwhile is not in the ledger's.
 */
@Component
class SupervisionQueries {

    private static final String LIST = "supervisions";

    /** The moment the item's light turns yellow ({@link LightPolicy#yellowAt(Instant, Instant)}). */
    private static final String YELLOW_AT = """
            (case when s.due_at <= s.opened_at then s.due_at
                  else greatest(s.opened_at, least(
                      s.opened_at + floor(floor(extract(epoch from (s.due_at - s.opened_at)) * 1000)
                                          * :percent / 100)::bigint * interval '1 millisecond',
                      s.due_at - :withinMillis * interval '1 millisecond'))
             end)""";

    /** 0 GREEN, 1 YELLOW, 2 RED: an open item's now, a closed one's when it closed. */
    private static final String LIGHT = "(case when coalesce(s.closed_at, :now) >= s.due_at then 2"
            + " when coalesce(s.closed_at, :now) >= " + YELLOW_AT + " then 1 else 0 end)";

    private static final Light[] LIGHTS = {Light.GREEN, Light.YELLOW, Light.RED};

    @PersistenceContext
    private EntityManager entityManager;

    private final PageCursors cursors;

    SupervisionQueries(PageCursors cursors) {
        this.cursors = cursors;
    }

    /** The item, if it exists and its matter lies within the reach; its light as of now. */
    @Transactional(readOnly = true)
    Optional<Supervisions.Shown> item(UUID id, MatterReach reach, LightPolicy policy, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "select m.code, m.org_unit_code from supervision s join matter m on m.id = s.matter_id"
                                + " where s.id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty() || !reach.covers(new OrgUnitCode((String) rows.getFirst()[1]))) {
            return Optional.empty();
        }
        SupervisionItem item = entityManager.find(SupervisionItem.class, id).whole();
        return Optional.of(new Supervisions.Shown(item, (String) rows.getFirst()[0], item.light(policy, now)));
    }

    /**
     * One page of the items within the reach that pass the filter, after the cursor if given. A
     * cursor this tenant's list did not issue is refused ({@link InvalidCursorException}).
     */
    @Transactional(readOnly = true)
    Page page(
            TenantCode tenant,
            MatterReach reach,
            Filter filter,
            LightPolicy policy,
            Instant now,
            int limit,
            @Nullable String cursor) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("a page has 1 to 200 items");
        }
        Position after = cursor == null ? null : position(tenant, cursor);
        if (reach instanceof MatterReach.Nothing || filter.lights().isEmpty()) {
            return new Page(List.of(), null);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        // Fixed fragments only; every value is a bound parameter. The sort key: open items first,
        // worst light first, oldest first; then closed items, newest closed first.
        StringBuilder inner = new StringBuilder("select s.id, m.code,"
                + " case when s.status = 'OPEN' then 0 else 1 end as grp,"
                + " case when s.status = 'OPEN' then -" + LIGHT + " else 0 end as rank,"
                + " case when s.status = 'OPEN' then (extract(epoch from s.opened_at) * 1000000)::bigint"
                + " else -(extract(epoch from s.closed_at) * 1000000)::bigint end as k,"
                + " " + LIGHT + " as light"
                + " from supervision s join matter m on m.id = s.matter_id where true");
        narrow(inner, parameters, reach);
        if (filter.status() != null) {
            inner.append(" and s.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.responsibleUnit() != null) {
            inner.append(" and s.responsible_unit = :unit");
            parameters.put("unit", filter.responsibleUnit());
        }
        if (filter.matter() != null) {
            inner.append(" and s.matter_id = :matter");
            parameters.put("matter", filter.matter());
        }
        StringBuilder sql = new StringBuilder("select id, code, grp, rank, k from (")
                .append(inner)
                .append(") item where light = any(cast(:lights as int[]))");
        parameters.put("lights", filter.lights().stream().map(Light::ordinal).toArray(Integer[]::new));
        if (after != null) {
            sql.append(" and (grp, rank, k, id) > (:afterGroup, :afterRank, :afterKey, :afterId)");
            parameters.put("afterGroup", after.group());
            parameters.put("afterRank", after.rank());
            parameters.put("afterKey", after.key());
            parameters.put("afterId", after.id());
        }
        sql.append(" order by grp, rank, k, id limit :limit");
        parameters.put("limit", limit + 1);
        policyParameters(parameters, policy, now);
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(limit, rows.size()));
        List<UUID> ids = shown.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, SupervisionItem> items = ids.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery("select s from SupervisionItem s where s.id in :ids", SupervisionItem.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(SupervisionItem::id, Function.identity()));
        List<Supervisions.Shown> page = new ArrayList<>();
        for (Object[] row : shown) {
            SupervisionItem item = items.get((UUID) row[0]).whole();
            page.add(new Supervisions.Shown(item, (String) row[1], item.light(policy, now)));
        }
        String next = null;
        if (rows.size() > limit) {
            Object[] last = shown.getLast();
            next = cursors.encode(
                    tenant,
                    LIST,
                    Integer.toString(((Number) last[2]).intValue()),
                    Integer.toString(((Number) last[3]).intValue()),
                    Long.toString(((Number) last[4]).longValue()),
                    last[0].toString());
        }
        return new Page(List.copyOf(page), next);
    }

    /**
     * The board: open items within the reach by light, by responsible unit (most red first) and
     * by days since they opened; closed items by outcome.
     */
    @Transactional(readOnly = true)
    Board board(MatterReach reach, LightPolicy policy, Instant now) {
        if (reach instanceof MatterReach.Nothing) {
            return Board.of(List.of(), Map.of());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder open = new StringBuilder("select s.responsible_unit, " + LIGHT + " as light,"
                + " floor(extract(epoch from (cast(:now as timestamptz) - s.opened_at)) / 86400)::int as age, count(*)"
                + " from supervision s join matter m on m.id = s.matter_id where s.status = 'OPEN'");
        narrow(open, parameters, reach);
        open.append(" group by 1, 2, 3");
        policyParameters(parameters, policy, now);
        Query openQuery = entityManager.createNativeQuery(open.toString());
        parameters.forEach(openQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> openRows = openQuery.getResultList();
        List<Count> counts = openRows.stream()
                .map(row -> new Count(
                        (String) row[0],
                        LIGHTS[((Number) row[1]).intValue()],
                        ((Number) row[2]).intValue(),
                        ((Number) row[3]).longValue()))
                .toList();

        Map<String, Object> closedParameters = new LinkedHashMap<>();
        StringBuilder closed = new StringBuilder("select s.outcome, count(*)"
                + " from supervision s join matter m on m.id = s.matter_id where s.status = 'CLOSED'");
        narrow(closed, closedParameters, reach);
        closed.append(" group by 1");
        Query closedQuery = entityManager.createNativeQuery(closed.toString());
        closedParameters.forEach(closedQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> closedRows = closedQuery.getResultList();
        Map<SupervisionOutcome, Long> outcomes = new EnumMap<>(SupervisionOutcome.class);
        closedRows.forEach(
                row -> outcomes.put(SupervisionOutcome.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return Board.of(counts, outcomes);
    }

    /** The reach as a condition on the item's matter {@code m}. */
    private static void narrow(StringBuilder sql, Map<String, Object> parameters, MatterReach reach) {
        if (reach instanceof MatterReach.Subtree subtree) {
            sql.append(" and m.org_unit_code = any(cast(:subtree as text[]))");
            parameters.put(
                    "subtree", subtree.units().stream().map(OrgUnitCode::value).toArray(String[]::new));
        }
    }

    private static void policyParameters(Map<String, Object> parameters, LightPolicy policy, Instant now) {
        parameters.put("now", now);
        parameters.put("percent", policy.yellowAtPercent());
        parameters.put("withinMillis", policy.yellowWithin().toMillis());
    }

    private Position position(TenantCode tenant, String cursor) {
        List<String> parts = cursors.decode(tenant, LIST, cursor, 4);
        try {
            return new Position(
                    Integer.parseInt(parts.get(0)),
                    Integer.parseInt(parts.get(1)),
                    Long.parseLong(parts.get(2)),
                    UUID.fromString(parts.get(3)));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    private record Position(int group, int rank, long key, UUID id) {}

    /**
     * Which items a list shows: of one status (both if null), of these lights (a light filter of
     * none shows none), of one responsible unit, of one matter.
     */
    record Filter(
            @Nullable SupervisionStatus status,
            Set<Light> lights,
            @Nullable String responsibleUnit,
            @Nullable UUID matter) {

        Filter {
            lights = Set.copyOf(lights);
        }
    }

    /** A page of items and the next page's cursor. */
    record Page(List<Supervisions.Shown> items, @Nullable String nextCursor) {}

    /** Open items of one unit, light and age in whole days. */
    private record Count(String unit, Light light, int ageDays, long count) {}

    /** Open items counted by light. */
    record LightCounts(long green, long yellow, long red) {

        static final LightCounts NONE = new LightCounts(0, 0, 0);

        LightCounts plus(Light light, long count) {
            return switch (light) {
                case GREEN -> new LightCounts(green + count, yellow, red);
                case YELLOW -> new LightCounts(green, yellow + count, red);
                case RED -> new LightCounts(green, yellow, red + count);
            };
        }
    }

    /** The age buckets of the board, in days since the item opened. */
    enum AgeBucket {
        DAYS_0_1("0-1", 1),
        DAYS_2_3("2-3", 3),
        DAYS_4_7("4-7", 7),
        DAYS_8_30("8-30", 30),
        DAYS_31_UP("31+", Integer.MAX_VALUE);

        final String label;
        private final int upTo;

        AgeBucket(String label, int upTo) {
            this.label = label;
            this.upTo = upTo;
        }

        static AgeBucket of(int days) {
            for (AgeBucket bucket : values()) {
                if (days <= bucket.upTo) {
                    return bucket;
                }
            }
            return DAYS_31_UP;
        }
    }

    /**
     * The board: open items by light, by unit (most red, then most yellow, then by unit code), by
     * age (every bucket, in order), and closed items by outcome (every outcome, in order).
     */
    record Board(
            LightCounts open,
            List<Map.Entry<String, LightCounts>> byUnit,
            List<Map.Entry<AgeBucket, LightCounts>> byAge,
            List<Map.Entry<SupervisionOutcome, Long>> closed) {

        private static Board of(List<Count> counts, Map<SupervisionOutcome, Long> outcomes) {
            LightCounts open = LightCounts.NONE;
            Map<String, LightCounts> units = new LinkedHashMap<>();
            Map<AgeBucket, LightCounts> ages = new EnumMap<>(AgeBucket.class);
            for (AgeBucket bucket : AgeBucket.values()) {
                ages.put(bucket, LightCounts.NONE);
            }
            for (Count count : counts) {
                open = open.plus(count.light(), count.count());
                units.merge(
                        count.unit(),
                        LightCounts.NONE.plus(count.light(), count.count()),
                        (a, b) -> new LightCounts(a.green() + b.green(), a.yellow() + b.yellow(), a.red() + b.red()));
                ages.compute(AgeBucket.of(count.ageDays()), (bucket, c) -> c.plus(count.light(), count.count()));
            }
            List<Map.Entry<String, LightCounts>> byUnit = new ArrayList<>();
            units.forEach((unit, light) -> byUnit.add(Map.entry(unit, light)));
            byUnit.sort(Comparator.<Map.Entry<String, LightCounts>>comparingLong(
                            unit -> -unit.getValue().red())
                    .thenComparingLong(unit -> -unit.getValue().yellow())
                    .thenComparing(Map.Entry::getKey));
            List<Map.Entry<SupervisionOutcome, Long>> closed = new ArrayList<>();
            for (SupervisionOutcome outcome : SupervisionOutcome.values()) {
                closed.add(Map.entry(outcome, outcomes.getOrDefault(outcome, 0L)));
            }
            List<Map.Entry<AgeBucket, LightCounts>> byAge = new ArrayList<>();
            ages.forEach((bucket, light) -> byAge.add(Map.entry(bucket, light)));
            return new Board(open, List.copyOf(byUnit), List.copyOf(byAge), List.copyOf(closed));
        }
    }
}
