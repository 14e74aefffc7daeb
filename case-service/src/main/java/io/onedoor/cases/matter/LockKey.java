package io.onedoor.cases.matter;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A key (钥匙): the solution a department proposes to its lock, once it has established the facts. */
@Embeddable
public class LockKey {

    private String proposal;
    private @Nullable String department;
    private String proposedBy;
    private Instant proposedAt;

    LockKey(String proposal, @Nullable String department, String proposedBy, Instant proposedAt) {
        this.proposal = proposal;
        this.department = department;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    protected LockKey() {
        // for JPA
    }

    public String proposal() {
        return proposal;
    }

    /** The department the proposer works for; absent for center staff without one. */
    public Optional<String> department() {
        return Optional.ofNullable(department);
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }
}
