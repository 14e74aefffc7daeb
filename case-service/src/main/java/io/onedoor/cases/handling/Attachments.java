package io.onedoor.cases.handling;

import io.onedoor.cases.lifecycle.MatterNotFoundException;
import io.onedoor.cases.matter.Actor;
import io.onedoor.cases.matter.AttachmentInfo;
import io.onedoor.cases.matter.IllegalTransitionException;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.Matters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to the tenant's matters ({@code matter_attachment}), stored with the SHA-256
 * of their content and read back byte for byte.
 */
@Component
class Attachments {

    @PersistenceContext
    private EntityManager entityManager;

    private final Matters matters;
    private final Clock clock;

    Attachments(Matters matters, Clock clock) {
        this.matters = matters;
        this.clock = clock;
    }

    /**
     * Stores the file on the matter, if the caller reaches the matter (404 otherwise, as one that
     * does not exist) and it still takes work (409 once followed up or withdrawn).
     */
    @Transactional
    public AttachmentInfo store(
            MatterId matterId, MatterReach reach, String filename, String contentType, byte[] content, Actor actor) {
        Matter matter = matters.findById(matterId)
                .filter(found -> reach.covers(found.orgUnit()))
                .orElseThrow(MatterNotFoundException::new);
        if (matter.finished()) {
            throw new IllegalTransitionException(
                    matter.status(), matter.nextSteps(), "A " + matter.status() + " matter takes no more attachments.");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entityManager
                .createNativeQuery("""
                        insert into matter_attachment
                            (id, matter_id, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id)
                .setParameter(2, matterId.value())
                .setParameter(3, filename)
                .setParameter(4, contentType)
                .setParameter(5, (long) content.length)
                .setParameter(6, sha256(content))
                .setParameter(7, content)
                .setParameter(8, actor.name())
                .setParameter(9, Timestamp.from(now))
                .executeUpdate();
        return entityManager.find(AttachmentInfo.class, id);
    }

    /** Nothing if the caller reaches the matter; a 404 as for a matter that does not exist otherwise. */
    @Transactional(readOnly = true)
    public void readable(MatterId matterId, MatterReach reach) {
        matters.findById(matterId)
                .filter(found -> reach.covers(found.orgUnit()))
                .orElseThrow(MatterNotFoundException::new);
    }

    /** The file itself, if the matter has it. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> content(MatterId matter, UUID attachment) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        select filename, content_type, sha256, content from matter_attachment
                        where id = ?1 and matter_id = ?2""")
                .setParameter(1, attachment)
                .setParameter(2, matter.value())
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new StoredFile((String) row[0], (String) row[1], (String) row[2], (byte[]) row[3]));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A stored file as it is served. */
    record StoredFile(String filename, String contentType, String sha256, byte[] content) {}
}
