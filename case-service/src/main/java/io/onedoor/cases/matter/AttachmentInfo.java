package io.onedoor.cases.matter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A file attached to a matter, as the matter shows it: what it is, not its bytes (which are read
 * only when the file itself is asked for). Stored once by the upload, never changed.
 */
@Entity
@Immutable
@Table(name = "matter_attachment")
public class AttachmentInfo {

    @Id
    private UUID id;

    private String filename;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;

    protected AttachmentInfo() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** The content's SHA-256, in hexadecimal. */
    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
