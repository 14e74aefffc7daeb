package io.onedoor.cases.intake;

import io.onedoor.cases.matter.MatterId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Idempotency-Keys a tenant's registrations and steps were made with, and the matter each
 * produced or acted on (a key names one request, whichever operation it was). A
 * key answers its first registration for the configured time to live; after that it is free, the
 * way it would be once the sweep has deleted its record.
 */
@Component
public class IdempotencyRecords {

    private final IdempotencyProperties properties;

    @PersistenceContext
    private EntityManager entityManager;

    IdempotencyRecords(IdempotencyProperties properties) {
        this.properties = properties;
    }

    /**
     * Claims the key for a matter about to be registered in the current transaction, or answers
     * the earlier request that holds it. A record older than the time to live is claimed over, as
     * if it were gone. A concurrent transaction holding the same key makes this wait until it
     * ends: if it committed, its record is answered; if it rolled back, the claim succeeds.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Earlier> claim(IdempotencyKey key, MatterId matter, Instant at) {
        int claimed = entityManager
                .createNativeQuery("""
                        insert into idempotency_record (idempotency_key, request_hash, matter_id, created_at)
                        values (?1, ?2, ?3, ?4) on conflict (idempotency_key) do update
                        set request_hash = excluded.request_hash, matter_id = excluded.matter_id,
                            created_at = excluded.created_at
                        where idempotency_record.created_at < ?5""")
                .setParameter(1, key.key())
                .setParameter(2, key.requestHash())
                .setParameter(3, matter.value())
                .setParameter(4, at)
                .setParameter(5, at.minus(properties.ttl()))
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        List<?> rows = entityManager
                .createNativeQuery("select request_hash, matter_id from idempotency_record where idempotency_key = ?1")
                .setParameter(1, key.key())
                .getResultList();
        Object[] row = (Object[]) rows.getFirst();
        return Optional.of(new Earlier((String) row[0], new MatterId((UUID) row[1])));
    }

    /** The request that first used a key. */
    public record Earlier(String requestHash, MatterId matter) {}
}
