package io.onedoor.cases.matter;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A joint meeting (会商) on a matter: who took part, the plan they agreed, the agent (代办员) who
 * tracks it to the end, and the locks the plan settled. Recorded once, never changed.
 */
@Embeddable
public class JointMeeting {

    private Instant heldAt;
    private String recordedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> participants = new ArrayList<>();

    private String plan;
    private String agent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> settledLocks = new ArrayList<>();

    JointMeeting(
            List<String> participants,
            String plan,
            String agent,
            List<UUID> settledLocks,
            String recordedBy,
            Instant at) {
        this.heldAt = at;
        this.recordedBy = recordedBy;
        this.participants = new ArrayList<>(participants);
        this.plan = plan;
        this.agent = agent;
        this.settledLocks = new ArrayList<>(settledLocks);
    }

    protected JointMeeting() {
        // for JPA
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The departments and people who took part. */
    public List<String> participants() {
        return List.copyOf(participants);
    }

    /** The plan agreed, which the platform supervises from then on. */
    public String plan() {
        return plan;
    }

    /** The agent (代办员) who tracks the plan to the end for the citizen. */
    public String agent() {
        return agent;
    }

    /** The locks the plan settled. */
    public List<UUID> settledLocks() {
        return List.copyOf(settledLocks);
    }
}
