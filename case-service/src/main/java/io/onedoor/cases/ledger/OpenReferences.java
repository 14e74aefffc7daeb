package io.onedoor.cases.ledger;

import io.onedoor.cases.matter.MatterStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which departments and categories open matters of the current tenant still name, so that
 * tenant-service does not let a center remove one while matters depend on it. A department is
 * named as a matter's lead, a category as its category.
 */
@Service
public class OpenReferences {

    static final int EXAMPLES = 5;

    // Fixed texts, one per kind of reference; the codes and statuses are bound parameters.
    // A department is named by a matter it leads, or by an assignment it still holds.
    private static final String BY_DEPARTMENT = ranked("""
            select distinct named.reference, m.code, m.registered_at, m.id
            from matter m
            join lateral (
                select m.lead_department as reference
                union
                select a.department from matter_assignment a
                where a.matter_id = m.id and a.status in ('PENDING', 'SIGNED')) named on true
            where named.reference in (:codes) and m.status in (:open)""");
    private static final String BY_CATEGORY = query("category_code");

    @PersistenceContext
    private EntityManager entityManager;

    /** The references, in the order the codes were asked for; codes no open matter names are left out. */
    @Transactional(readOnly = true)
    public Found find(Collection<String> departments, Collection<String> categories) {
        return new Found(references(BY_DEPARTMENT, departments), references(BY_CATEGORY, categories));
    }

    private List<Reference> references(String sql, Collection<String> codes) {
        Set<String> asked = new LinkedHashSet<>(codes);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<String> open = MatterStatus.open().stream().map(MatterStatus::name).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter("codes", asked)
                .setParameter("open", open)
                .setParameter("examples", EXAMPLES)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        Map<String, List<String>> examples = new HashMap<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            counts.put(code, ((Number) row[1]).longValue());
            examples.computeIfAbsent(code, c -> new ArrayList<>()).add((String) row[2]);
        }
        return asked.stream()
                .filter(counts::containsKey)
                .map(code -> new Reference(code, counts.get(code), examples.get(code)))
                .toList();
    }

    /** Each referenced code's open matters counted, with its oldest few as rows of their own. */
    private static String query(String column) {
        return ranked("""
                select %1$s as reference, code, registered_at, id
                from matter
                where %1$s in (:codes) and status in (:open)""".formatted(column));
    }

    /** The rows {@code (reference, code, registered_at, id)} counted and ranked per reference. */
    private static String ranked(String references) {
        return """
                select reference, open_matters, code from (
                    select reference, code,
                           count(*) over (partition by reference) as open_matters,
                           row_number() over (partition by reference order by registered_at, id) as position
                    from (%s) referencing) ranked
                where position <= :examples
                order by reference, position""".formatted(references);
    }

    /** What was found: the departments and the categories open matters name. */
    public record Found(List<Reference> departments, List<Reference> categories) {}

    /**
     * One code named by open matters: how many, and the codes of up to five of them, oldest first.
     */
    public record Reference(String code, long openMatters, List<String> examples) {
        public Reference {
            examples = List.copyOf(examples);
        }
    }
}
