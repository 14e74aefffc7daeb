package io.onedoor.cases.matter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** What a department did for a matter (办理记录), with the attachments it names. Never changed. */
@Entity
@Table(name = "matter_handling_record")
public class HandlingRecord implements Persistable<UUID> {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private HandlingKind kind;

    private String summary;
    private @Nullable String department;
    private String recordedBy;
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "matter_handling_attachment", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "attachment_id")
    private List<UUID> attachments = new ArrayList<>();

    @Transient
    private boolean fresh;

    HandlingRecord(HandlingKind kind, String summary, List<UUID> attachments, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.summary = summary;
        this.department = actor.department();
        this.recordedBy = actor.name();
        this.recordedAt = at;
        this.attachments = new ArrayList<>(attachments);
        this.fresh = true;
    }

    protected HandlingRecord() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public HandlingKind kind() {
        return kind;
    }

    public String summary() {
        return summary;
    }

    /** The department the work was done for, if the recorder works for one. */
    public Optional<String> department() {
        return Optional.ofNullable(department);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The attachments of the matter this record names, in its order. */
    public List<UUID> attachments() {
        return List.copyOf(attachments);
    }

    /** Written with its matter; a new record is inserted without being looked up first. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
