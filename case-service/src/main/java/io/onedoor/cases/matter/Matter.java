package io.onedoor.cases.matter;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A matter (矛盾纠纷 / 诉求) registered at a center: the aggregate every later step (triage,
 * dispatch, handling, follow-up) changes through its own methods.
 *
 * <p>Mapped without a schema: it lives in the schema of the tenant the session belongs to.
 */
@Entity
@Table(name = "matter")
public class Matter implements Persistable<MatterId> {

    @EmbeddedId
    @AttributeOverride(name = "value", column = @Column(name = "id"))
    private MatterId id;

    private String code;

    @Enumerated(EnumType.STRING)
    private MatterStatus status;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String categoryCode;
    private String description;
    private @Nullable Long amountFen;
    private String orgUnitCode;
    private @Nullable String place;
    private @Nullable LocalDate occurredOn;

    @ElementCollection
    @CollectionTable(name = "matter_party", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "ordinal")
    // Hibernate counts the freshly persisted collection as a change and would spend an UPDATE
    // on every registration to bump the version. No method changes parties yet; one that does
    // must bump the version itself (e.g. with OPTIMISTIC_FORCE_INCREMENT).
    @OptimisticLock(excluded = true)
    private List<Party> parties = new ArrayList<>();

    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    private Complexity complexity;

    private @Nullable String leadDepartment;
    private @Nullable Instant responseDueAt;
    private @Nullable LocalDate closureDueOn;

    @Version
    private @Nullable Long version;

    private Matter(MatterId id, MatterCode code, MatterIntake intake, MatterTerms terms, Instant registeredAt) {
        this.id = id;
        this.code = code.value();
        this.status = MatterStatus.REGISTERED;
        this.channel = intake.channel();
        this.categoryCode = intake.category().value();
        this.description = intake.description();
        this.amountFen = intake.amountFen();
        this.orgUnitCode = intake.orgUnit().value();
        this.place = intake.place();
        this.occurredOn = intake.occurredOn();
        this.parties = new ArrayList<>(intake.parties());
        // PostgreSQL keeps microseconds; truncating here makes the answer to the registering
        // request equal to every later read.
        this.registeredAt = registeredAt.truncatedTo(ChronoUnit.MICROS);
        this.complexity = terms.complexity();
        this.leadDepartment = terms.leadDepartment();
        this.responseDueAt =
                terms.responseDueAt() == null ? null : terms.responseDueAt().truncatedTo(ChronoUnit.MICROS);
        this.closureDueOn = terms.closureDueOn();
    }

    protected Matter() {
        // for JPA
    }

    /**
     * Registers (受理) a matter taken in at a center, on the terms its category's standard path
     * sets.
     */
    public static Matter register(MatterId id, MatterCode code, MatterIntake intake, MatterTerms terms, Instant at) {
        return new Matter(id, code, intake, terms, at);
    }

    public MatterId id() {
        return id;
    }

    public MatterCode code() {
        return new MatterCode(code);
    }

    public MatterStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public CategoryCode category() {
        return new CategoryCode(categoryCode);
    }

    public String description() {
        return description;
    }

    public Optional<Long> amountFen() {
        return Optional.ofNullable(amountFen);
    }

    public OrgUnitCode orgUnit() {
        return new OrgUnitCode(orgUnitCode);
    }

    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    public Optional<LocalDate> occurredOn() {
        return Optional.ofNullable(occurredOn);
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Complexity complexity() {
        return complexity;
    }

    /** The department leading the matter, as the standard path named it at intake. */
    public Optional<String> leadDepartment() {
        return Optional.ofNullable(leadDepartment);
    }

    public Optional<Instant> responseDueAt() {
        return Optional.ofNullable(responseDueAt);
    }

    /** The last day (in China) to close the matter in time, if a deadline applies and could be counted. */
    public Optional<LocalDate> closureDueOn() {
        return Optional.ofNullable(closureDueOn);
    }

    /** The optimistic-lock version; 0 once registered. */
    public long version() {
        return version == null ? 0 : version;
    }

    /**
     * Spring Data's question, answered from the version: a matter not yet written has none. Its
     * id is assigned before it is written, so without this the repository would take every new
     * matter for an existing one and merge it (a SELECT before each INSERT).
     */
    @Override
    public boolean isNew() {
        return version == null;
    }

    /** Spring Data's name for {@link #id()}. */
    @Override
    public MatterId getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Matter[" + id + ", " + code + ", " + status + "]";
    }
}
