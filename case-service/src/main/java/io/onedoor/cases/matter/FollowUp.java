package io.onedoor.cases.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The last follow-up visit (回访): how satisfied the applicant said they were. */
@Embeddable
public class FollowUp {

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_satisfaction")
    private Satisfaction satisfaction;

    @Column(name = "follow_up_remarks")
    private @Nullable String remarks;

    @Column(name = "follow_up_visited_at")
    private Instant visitedAt;

    FollowUp(Satisfaction satisfaction, @Nullable String remarks, Instant visitedAt) {
        this.satisfaction = satisfaction;
        this.remarks = remarks;
        this.visitedAt = visitedAt;
    }

    protected FollowUp() {
        // for JPA
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public Optional<String> remarks() {
        return Optional.ofNullable(remarks);
    }

    public Instant visitedAt() {
        return visitedAt;
    }
}
