package io.onedoor.cases.matter;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.ListIndexBase;
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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    @OrderColumn(name = "ordinal")
    // Like the parties: a freshly persisted collection would cost every registration an UPDATE.
    // Every step sets lastStepAt, which bumps the version whatever else it changes.
    @OptimisticLock(excluded = true)
    private List<Assignment> assignments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    @OrderColumn(name = "ordinal")
    @OptimisticLock(excluded = true)
    private List<Whistle> whistles = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    @OrderColumn(name = "ordinal")
    @OptimisticLock(excluded = true)
    private List<HandlingRecord> handlingRecords = new ArrayList<>();

    /** Read only: files are stored by their upload, outside the matter's steps. */
    @OneToMany
    @JoinColumn(name = "matter_id", insertable = false, updatable = false)
    @OrderBy("uploadedAt, id")
    @OptimisticLock(excluded = true)
    private List<AttachmentInfo> attachments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    @OrderColumn(name = "ordinal")
    @OptimisticLock(excluded = true)
    private List<MediationSession> mediationSessions = new ArrayList<>();

    /** The instalments of the outcome's payment agreement; empty without an outcome or when paid at once. */
    @ElementCollection
    @CollectionTable(name = "matter_instalment", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "ordinal")
    @OptimisticLock(excluded = true)
    private List<Instalment> instalments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    @OrderColumn(name = "ordinal")
    @OptimisticLock(excluded = true)
    private List<Lock> locks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "matter_joint_meeting", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "ordinal")
    @OptimisticLock(excluded = true)
    private List<JointMeeting> jointMeetings = new ArrayList<>();

    private int returnCount;
    private int reopenCount;
    private boolean supervisionRequired;

    @Embedded
    private @Nullable Outcome outcome;

    private @Nullable Instant closedAt;
    private @Nullable Boolean closedOnTime;
    private @Nullable LocalDate followUpDueOn;

    @Embedded
    private @Nullable FollowUp followUp;

    private @Nullable String withdrawalReason;
    private Instant lastStepAt;

    /**
     * When the matter's own response and closure dues were last counted (its triage, a reopening);
     * null while they are those of its registration. A pause moves a due only by the working time
     * it ran after its clock started.
     */
    private @Nullable Instant termsCountedAt;

    /** Since when the matter's SLA clocks are paused (the current pause's start); null while they run. */
    private @Nullable Instant pausedSince;

    /** The calendar days an approved extension added to a petition's 60 (信访); 0 without one. */
    private int petitionExtensionDays;

    /** Every pause of the matter's SLA clocks, oldest first; the last is current while paused. */
    @ElementCollection
    @CollectionTable(name = "matter_pause", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    @OptimisticLock(excluded = true)
    private List<Pause> pauses = new ArrayList<>();

    /** Every extension asked for, oldest first. */
    @ElementCollection
    @CollectionTable(name = "matter_extension", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    @OptimisticLock(excluded = true)
    private List<Extension> extensions = new ArrayList<>();

    @Version
    private @Nullable Long version;

    /** What this transaction's steps did, for the timeline; drained once written. */
    @Transient
    private List<MatterEvent> events = new ArrayList<>();

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
        this.lastStepAt = this.registeredAt;
    }

    protected Matter() {
        // for JPA
    }

    /**
     * Registers (受理) a matter taken in at a center, on the terms its category's standard path
     * sets.
     */
    public static Matter register(
            MatterId id, MatterCode code, MatterIntake intake, MatterTerms terms, Instant at, Actor actor) {
        Matter matter = new Matter(id, code, intake, terms, at);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", matter.code);
        details.put("channel", matter.channel.name());
        details.put("categoryCode", matter.categoryCode);
        details.put("orgUnitCode", matter.orgUnitCode);
        details.put("complexity", matter.complexity.name());
        details.put("parties", matter.parties.size());
        matter.record("REGISTERED", actor, null, details, matter.registeredAt);
        return matter;
    }

    /**
     * Resolution on the spot (当场办结): a SIMPLE matter resolved at the intake window, closed in
     * time the moment it is registered and still followed up by {@code followUpDueOn}. A matter of
     * any other class is refused, naming {@code resolution}.
     */
    public void resolveOnTheSpot(
            Outcome outcome, List<InstalmentTerms> instalments, @Nullable LocalDate followUpDueOn, Actor actor) {
        if (!isNew() || status != MatterStatus.REGISTERED) {
            throw new IllegalTransitionException(
                    status, nextSteps(), "Only a matter being registered is resolved on the spot.");
        }
        if (complexity != Complexity.SIMPLE) {
            throw new StepRefusedException(
                    "resolution", "only a SIMPLE matter is resolved on the spot; this one is " + complexity);
        }
        this.instalments = new ArrayList<>(Instalment.plan(outcome, instalments));
        this.outcome = outcome;
        this.closedAt = registeredAt;
        this.closedOnTime = true;
        this.followUpDueOn = followUpDueOn;
        this.status = MatterStatus.CLOSED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", outcome.kind().name());
        details.put("summary", outcome.summary());
        outcome.amountFen().ifPresent(amount -> details.put("amountFen", amount));
        outcomeDetails(details, outcome);
        details.put("onTheSpot", true);
        details.put("closedOnTime", true);
        if (followUpDueOn != null) {
            details.put("followUpDueOn", followUpDueOn.toString());
        }
        record("CLOSED", actor, null, details, registeredAt);
    }

    /**
     * The steps the matter's state allows now, whoever may take them. A step outside this list
     * is refused with {@link IllegalTransitionException}.
     */
    public List<Step> nextSteps() {
        List<Step> steps = new ArrayList<>();
        switch (status) {
            case REGISTERED, TRIAGED -> {
                steps.add(Step.triageMatter);
                steps.add(Step.dispatchMatter);
                assignmentSteps(steps);
                steps.add(Step.withdrawMatter);
            }
            case DISPATCHED -> {
                assignmentSteps(steps);
                whistleSteps(steps);
                steps.add(Step.addHandlingRecord);
                lockSteps(steps);
                steps.add(Step.withdrawMatter);
            }
            case IN_HANDLING -> {
                assignmentSteps(steps);
                whistleSteps(steps);
                steps.add(Step.addHandlingRecord);
                steps.add(Step.recordMediationSession);
                lockSteps(steps);
                if (unresolvedLocks().isEmpty()) {
                    steps.add(Step.recordOutcome);
                }
                performanceSteps(steps);
                if (whatStopsClosing().isEmpty()) {
                    steps.add(Step.closeMatter);
                }
                steps.add(Step.withdrawMatter);
            }
            case CLOSED -> {
                performanceSteps(steps);
                steps.add(Step.recordFollowUp);
            }
            // Performance is followed after the visit too: instalments run for months, and the
            // court rules weeks after it accepts.
            case FOLLOWED_UP -> performanceSteps(steps);
            case WITHDRAWN -> {
                // finished
            }
        }
        if (status.isOpen()) {
            clockSteps(steps);
        }
        return List.copyOf(steps);
    }

    /**
     * The steps on the matter's clocks, while it is open: pause or resume, and an extension asked
     * for (when there is a due to extend) or decided (when one is pending). A pause blocks no
     * other step.
     */
    private void clockSteps(List<Step> steps) {
        steps.add(paused() ? Step.resumeMatter : Step.pauseMatter);
        if (pendingExtension().isPresent()) {
            steps.add(Step.decideExtension);
        } else if (closureDueOn != null || channel == Channel.PETITION_BUREAU) {
            steps.add(Step.requestExtension);
        }
    }

    private void assignmentSteps(List<Step> steps) {
        if (assignments.stream().anyMatch(a -> a.status() == AssignmentStatus.PENDING)) {
            steps.add(Step.signAssignment);
            steps.add(Step.returnAssignment);
        }
        if (assignments.stream().anyMatch(a -> a.status() == AssignmentStatus.SIGNED)) {
            steps.add(Step.completeAssignment);
        }
    }

    private void performanceSteps(List<Step> steps) {
        if (outcome == null) {
            return;
        }
        if (instalments.stream().anyMatch(instalment -> !instalment.paid())) {
            steps.add(Step.recordInstalmentPayment);
        }
        if (outcome.awaitsConfirmation()) {
            steps.add(Step.recordJudicialConfirmation);
        }
    }

    private void whistleSteps(List<Step> steps) {
        steps.add(Step.whistleDepartment);
        if (whistles.stream().anyMatch(w -> w.status() == WhistleStatus.AWAITING)) {
            steps.add(Step.recordArrival);
        }
    }

    private void lockSteps(List<Step> steps) {
        steps.add(Step.splitMatter);
        if (!unresolvedLocks().isEmpty()) {
            steps.add(Step.proposeKey);
        }
        steps.add(Step.recordJointMeeting);
    }

    private List<Lock> unresolvedLocks() {
        return locks.stream().filter(lock -> lock.status().isUnresolved()).toList();
    }

    private static String labels(List<Lock> locks) {
        return String.join(", ", locks.stream().map(Lock::label).toList());
    }

    /**
     * Triage (分流): the category and class confirmed or changed, on the terms (class, lead,
     * deadlines) the center's standard path gives them.
     */
    public void triage(CategoryCode category, MatterTerms terms, String reason, Actor actor, Instant at) {
        require(Step.triageMatter);
        Map<String, Object> details = new LinkedHashMap<>();
        changed(details, "categoryCode", categoryCode, category.value());
        changed(details, "complexity", complexity.name(), terms.complexity().name());
        changed(details, "leadDepartment", leadDepartment, terms.leadDepartment());
        changed(details, "closureDueOn", closureDueOn, terms.closureDueOn());
        details.put("reason", reason);
        this.categoryCode = category.value();
        this.complexity = terms.complexity();
        this.leadDepartment = terms.leadDepartment();
        this.responseDueAt =
                terms.responseDueAt() == null ? null : terms.responseDueAt().truncatedTo(ChronoUnit.MICROS);
        this.closureDueOn = terms.closureDueOn();
        this.termsCountedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.status = MatterStatus.TRIAGED;
        record("TRIAGED", actor, null, details, at);
    }

    /**
     * Dispatch (分派): one lead department and any co-handlers, each an assignment of its own. A
     * department that already holds a live assignment of the matter is not assigned twice.
     */
    public void dispatch(List<AssignmentPlan> plans, @Nullable String reason, Actor actor, Instant at) {
        require(Step.dispatchMatter);
        long leads = plans.stream()
                .filter(plan -> plan.role() == AssignmentRole.LEAD)
                .count();
        if (leads != 1) {
            throw new StepRefusedException("leadDepartment", "a dispatch names exactly one lead department");
        }
        Set<String> holding = new HashSet<>();
        assignments.stream().filter(a -> a.status().isLive()).forEach(a -> holding.add(a.department()));
        for (int i = 0; i < plans.size(); i++) {
            AssignmentPlan plan = plans.get(i);
            if (!holding.add(plan.department())) {
                throw new StepRefusedException(
                        plan.role() == AssignmentRole.LEAD ? "leadDepartment" : "coHandlers[" + (i - 1) + "]",
                        "already holds an assignment of this matter");
            }
        }
        List<String> coHandlers = new ArrayList<>();
        String lead = null;
        for (AssignmentPlan plan : plans) {
            assignments.add(new Assignment(plan, at));
            if (plan.role() == AssignmentRole.LEAD) {
                lead = plan.department();
            } else {
                coHandlers.add(plan.department());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("leadDepartment", lead);
        details.put("coHandlers", coHandlers);
        Map<String, Object> offDuty = new LinkedHashMap<>();
        plans.forEach(plan -> {
            if (plan.nextDutyOn() != null) {
                offDuty.put(plan.department(), plan.nextDutyOn().toString());
            }
        });
        if (!offDuty.isEmpty()) {
            details.put("offDutyUntil", offDuty);
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        this.leadDepartment = lead;
        this.status = MatterStatus.DISPATCHED;
        record("DISPATCHED", actor, null, details, at);
    }

    /** Sign-off (签收) of an assignment by its department; the lead's puts the matter into handling. */
    public void sign(UUID assignmentId, Actor actor, Instant at) {
        require(Step.signAssignment);
        Assignment assignment = assignmentFor(assignmentId, actor, AssignmentStatus.PENDING, "signed");
        assignment.sign(actor.name(), at);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignment", assignmentId.toString());
        details.put("role", assignment.role().name());
        assignment.responseDueAt().ifPresent(due -> details.put("signedInTime", !at.isAfter(due)));
        if (assignment.role() == AssignmentRole.LEAD) {
            status = MatterStatus.IN_HANDLING;
        }
        record("ASSIGNMENT_SIGNED", actor, assignment.department(), details, at);
    }

    /**
     * Return (退单) of an unsigned assignment to the dispatcher; a returned lead assignment sends
     * the matter back to be dispatched again (改派).
     */
    public void returnAssignment(UUID assignmentId, String reason, Actor actor, Instant at) {
        require(Step.returnAssignment);
        Assignment assignment = assignmentFor(assignmentId, actor, AssignmentStatus.PENDING, "returned");
        assignment.returnToDispatcher(reason);
        returnCount++;
        if (assignment.role() == AssignmentRole.LEAD) {
            status = MatterStatus.TRIAGED;
            leadDepartment = null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignment", assignmentId.toString());
        details.put("role", assignment.role().name());
        details.put("reason", reason);
        details.put("returnCount", returnCount);
        record("ASSIGNMENT_RETURNED", actor, assignment.department(), details, at);
    }

    /** The department's part is done (办理完毕). */
    public void completeAssignment(UUID assignmentId, String summary, Actor actor, Instant at) {
        require(Step.completeAssignment);
        Assignment assignment = assignmentFor(assignmentId, actor, AssignmentStatus.SIGNED, "completed");
        assignment.complete(summary, at);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignment", assignmentId.toString());
        details.put("role", assignment.role().name());
        details.put("summary", summary);
        record("ASSIGNMENT_COMPLETED", actor, assignment.department(), details, at);
    }

    /**
     * Whistle (吹哨): a window summons a department to the center for this matter; it must arrive
     * by {@code call.arrivalDueAt()}. A department already summoned and not yet arrived is not
     * summoned twice. Staff of a department may whistle only for a department that holds the
     * matter or hosts the one called (互助托管).
     */
    public Whistle whistle(WhistleCall call, Actor actor, Instant at) {
        require(Step.whistleDepartment);
        if (actor.department() != null
                && !actor.department().equals(call.host())
                && !holders().contains(actor.department())) {
            throw new NotAssigneeException("Only a department holding the matter, or the host of " + call.department()
                    + ", may whistle it in.");
        }
        if (whistles.stream()
                .anyMatch(w ->
                        w.status() == WhistleStatus.AWAITING && w.department().equals(call.department()))) {
            throw new StepRefusedException("department", "is already summoned for this matter and not yet arrived");
        }
        Whistle whistle = new Whistle(call, actor, at);
        whistles.add(whistle);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("whistle", whistle.id().toString());
        details.put("host", call.host());
        details.put("reason", call.reason());
        details.put("arrivalDueAt", whistle.arrivalDueAt().toString());
        record("WHISTLED", actor, call.department(), details, at);
        return whistle;
    }

    /**
     * Arrival (报到) of a summoned department at the center, recorded by its own staff or by a
     * window of the matter; an arrival after the due stays marked late.
     */
    public void recordArrival(UUID whistleId, String person, Actor actor, Instant at) {
        require(Step.recordArrival);
        Whistle whistle = whistles.stream()
                .filter(w -> w.id().equals(whistleId))
                .findFirst()
                .orElseThrow(NoSuchWhistleException::new);
        if (actor.department() != null
                && !actor.department().equals(whistle.department())
                && !whistle.summonedFor().map(actor.department()::equals).orElse(false)
                && !whistle.host().map(actor.department()::equals).orElse(false)) {
            throw new NotAssigneeException("Only staff of " + whistle.department()
                    + " or of the window that whistled it in may record its arrival.");
        }
        if (whistle.status() != WhistleStatus.AWAITING) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "The whistle of " + whistle.department() + " is " + whistle.status()
                            + "; its arrival is recorded once.");
        }
        whistle.arrive(person, actor.name(), at);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("whistle", whistleId.toString());
        details.put("person", person);
        details.put("late", whistle.late().orElse(false));
        details.put(
                "minutesAfterWhistle",
                Duration.between(whistle.summonedAt(), at).toMinutes());
        record("ARRIVED", actor, whistle.department(), details, at);
    }

    /**
     * A handling record (办理记录): what a department did, naming attachments already uploaded to
     * this matter. Staff of a department record only for a department holding the matter.
     */
    public HandlingRecord addHandlingRecord(
            HandlingKind kind, String summary, List<UUID> attachmentIds, Actor actor, Instant at) {
        require(Step.addHandlingRecord);
        if (actor.department() != null && !holders().contains(actor.department())) {
            throw new NotAssigneeException("Only staff of a department holding the matter record its handling; "
                    + actor.department() + " holds no assignment of it.");
        }
        Set<UUID> attached = new HashSet<>();
        attachments.forEach(file -> attached.add(file.id()));
        Map<String, String> unknown = new LinkedHashMap<>();
        for (int i = 0; i < attachmentIds.size(); i++) {
            if (!attached.contains(attachmentIds.get(i))) {
                unknown.put("attachments[" + i + "]", "is not an attachment of this matter");
            }
        }
        if (!unknown.isEmpty()) {
            throw new StepRefusedException(unknown);
        }
        HandlingRecord record = new HandlingRecord(kind, summary, attachmentIds, actor, at);
        handlingRecords.add(record);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("record", record.id().toString());
        details.put("kind", kind.name());
        details.put("summary", summary);
        details.put("attachments", attachmentIds.stream().map(UUID::toString).toList());
        record("HANDLING_RECORDED", actor, actor.department(), details, at);
        return record;
    }

    /**
     * Split (分锁, 一把钥匙开一把锁): the matter's sub-claims, each held by the department responsible
     * for it until a joint meeting settles it. A matter may be split again; a sub-claim already
     * open is not split off twice. Staff of a department may split only a matter it holds.
     */
    public List<Lock> split(List<LockPlan> plans, Actor actor, Instant at) {
        require(Step.splitMatter);
        requireHolder(actor, "split the matter");
        Map<String, String> refused = new LinkedHashMap<>();
        Set<String> titles = new HashSet<>();
        unresolvedLocks().forEach(lock -> titles.add(lock.title()));
        for (int i = 0; i < plans.size(); i++) {
            if (!titles.add(plans.get(i).title())) {
                refused.put("locks[" + i + "].title", "is already an open lock of this matter");
            }
        }
        if (!refused.isEmpty()) {
            throw new StepRefusedException(refused);
        }
        List<Lock> added = new ArrayList<>();
        List<Map<String, Object>> described = new ArrayList<>();
        for (LockPlan plan : plans) {
            Lock lock = new Lock(plan, actor, at);
            locks.add(lock);
            added.add(lock);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lock", lock.id().toString());
            entry.put("title", lock.title());
            entry.put("department", lock.department());
            entry.put("workingDays", lock.workingDays());
            lock.dueOn().ifPresent(due -> entry.put("dueOn", due.toString()));
            described.add(entry);
        }
        record("SPLIT", actor, null, Map.of("locks", described), at);
        return List.copyOf(added);
    }

    /**
     * A key (钥匙): the solution the lock's department proposes once it has established the facts.
     * A later key replaces the proposal and is kept beside the earlier ones.
     */
    public void proposeKey(UUID lockId, String proposal, Actor actor, Instant at) {
        require(Step.proposeKey);
        Lock lock =
                locks.stream().filter(l -> l.id().equals(lockId)).findFirst().orElseThrow(NoSuchLockException::new);
        if (actor.department() != null && !actor.department().equals(lock.department())) {
            throw new NotAssigneeException("Only staff of " + lock.department() + " may propose a key to its lock.");
        }
        if (!lock.status().isUnresolved()) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "The lock " + lock.label() + " is " + lock.status() + " and takes no more keys.");
        }
        lock.propose(new LockKey(proposal, actor.department(), actor.name(), at));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lock", lockId.toString());
        details.put("title", lock.title());
        details.put("key", lock.keys().size());
        details.put("proposal", proposal);
        record("KEY_PROPOSED", actor, lock.department(), details, at);
    }

    /**
     * The joint meeting (会商): the plan the participants agreed and the agent (代办员) who tracks it
     * to the end. The locks it settles, each with a key proposed, are resolved by it.
     */
    public void recordJointMeeting(
            List<String> participants, String plan, String agent, List<UUID> settles, Actor actor, Instant at) {
        require(Step.recordJointMeeting);
        requireHolder(actor, "record a joint meeting on the matter");
        Map<String, String> refused = new LinkedHashMap<>();
        if (participants.stream().map(String::strip).distinct().count() < 2) {
            refused.put("participants", "a joint meeting has at least two departments or people");
        }
        List<Lock> settled = new ArrayList<>();
        for (int i = 0; i < settles.size(); i++) {
            UUID id = settles.get(i);
            Optional<Lock> lock = locks.stream().filter(l -> l.id().equals(id)).findFirst();
            String field = "locks[" + i + "]";
            if (lock.isEmpty()) {
                refused.put(field, "is not a lock of this matter");
            } else if (settled.contains(lock.get())) {
                refused.put(field, "is named twice");
            } else if (lock.get().status() == LockStatus.OPEN) {
                refused.put(field, "has no key proposed yet: " + lock.get().label());
            } else if (!lock.get().status().isUnresolved()) {
                refused.put(
                        field,
                        "is already " + lock.get().status() + ": " + lock.get().label());
            } else {
                settled.add(lock.get());
            }
        }
        if (!refused.isEmpty()) {
            throw new StepRefusedException(refused);
        }
        settled.forEach(lock -> lock.resolve(at));
        List<UUID> settledIds = settled.stream().map(Lock::id).toList();
        jointMeetings.add(new JointMeeting(participants, plan, agent, settledIds, actor.name(), at));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("participants", List.copyOf(participants));
        details.put("plan", plan);
        details.put("agent", agent);
        details.put("settledLocks", settledIds.stream().map(UUID::toString).toList());
        record("JOINT_MEETING", actor, null, details, at);
    }

    private void requireHolder(Actor actor, String what) {
        if (actor.department() != null && !holders().contains(actor.department())) {
            throw new NotAssigneeException("Only a department holding the matter may " + what + ".");
        }
    }

    /**
     * The outcome, recorded (or replaced, with its instalments) while the matter is in handling
     * and no lock is open.
     * A payment agreement may be paid in instalments, which must sum to its amount with due days
     * ascending.
     */
    public void recordOutcome(Outcome outcome, List<InstalmentTerms> instalments, Actor actor, Instant at) {
        List<Lock> open = unresolvedLocks();
        if (status == MatterStatus.IN_HANDLING && !open.isEmpty()) {
            throw new IllegalTransitionException(
                    status, nextSteps(), "No outcome is recorded while locks are not resolved: " + labels(open) + ".");
        }
        require(Step.recordOutcome);
        List<Instalment> planned = Instalment.plan(outcome, instalments);
        this.outcome = outcome;
        this.instalments.clear();
        this.instalments.addAll(planned);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", outcome.kind().name());
        details.put("summary", outcome.summary());
        outcome.amountFen().ifPresent(amount -> details.put("amountFen", amount));
        outcome.reason().ifPresent(why -> details.put("reason", why));
        outcomeDetails(details, outcome);
        record("OUTCOME_RECORDED", actor, null, details, at);
    }

    private void outcomeDetails(Map<String, Object> details, Outcome outcome) {
        if (!instalments.isEmpty()) {
            details.put("instalments", instalments.size());
            details.put("lastDueOn", instalments.getLast().dueOn().toString());
        }
        outcome.court().ifPresent(court -> details.put("court", court));
        outcome.applyBy().ifPresent(day -> details.put("applyBy", day.toString()));
    }

    /**
     * A mediation session (调解) held for the matter in handling, numbered as the next round. It
     * is held no later than now and not before the matter was registered. Staff of a department
     * record sessions only for a department that holds or held the matter, or was whistled in and
     * came.
     */
    public MediationSession recordMediationSession(MediationNotes notes, Actor actor, Instant at) {
        require(Step.recordMediationSession);
        if (actor.department() != null && !takesPart(actor.department())) {
            throw new NotAssigneeException("Only a department working on the matter may record its mediation.");
        }
        Instant heldAt = notes.heldAt() == null ? at : notes.heldAt();
        if (heldAt.isAfter(at)) {
            throw new StepRefusedException("heldAt", "is in the future");
        }
        if (heldAt.isBefore(registeredAt)) {
            throw new StepRefusedException("heldAt", "is before the matter was registered");
        }
        MediationSession session = new MediationSession(mediationSessions.size() + 1, notes, heldAt, actor, at);
        mediationSessions.add(session);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", session.id().toString());
        details.put("round", session.round());
        details.put("mode", session.mode().name());
        details.put("mediator", session.mediator());
        details.put("room", session.room().orElse(null));
        details.put("participants", session.participants().size());
        details.put("heldAt", session.heldAt().toString());
        record("MEDIATION_SESSION", actor, session.mediatorDepartment().orElse(null), details, at);
        return session;
    }

    private boolean takesPart(String department) {
        return assignments.stream()
                        .anyMatch(a -> a.department().equals(department)
                                && (a.status().isLive() || a.status() == AssignmentStatus.COMPLETED))
                || whistles.stream()
                        .anyMatch(w -> w.department().equals(department) && w.status() == WhistleStatus.ARRIVED);
    }

    /**
     * One instalment of the payment agreement paid (履行), recorded while the matter is in
     * handling or after it was closed: the window follows performance to the end. Paid no later
     * than today (in China) and not before the matter was registered; each instalment once.
     */
    public void recordInstalmentPayment(int number, LocalDate paidOn, Actor actor, Instant at) {
        require(Step.recordInstalmentPayment);
        if (number < 1 || number > instalments.size()) {
            throw new NoSuchInstalmentException(number);
        }
        Instalment instalment = instalments.get(number - 1);
        if (instalment.paid()) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "Instalment " + number + " was recorded paid on "
                            + instalment.paidOn().orElseThrow() + "; a payment is recorded once.");
        }
        LocalDate today = at.atZone(CHINA).toLocalDate();
        if (paidOn.isAfter(today)) {
            throw new StepRefusedException("paidOn", "is in the future");
        }
        if (paidOn.isBefore(registeredAt.atZone(CHINA).toLocalDate())) {
            throw new StepRefusedException("paidOn", "is before the matter was registered");
        }
        instalment.pay(paidOn, actor, at.truncatedTo(ChronoUnit.MICROS));
        long unpaid = instalments.stream().filter(i -> !i.paid()).count();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", number);
        details.put("amountFen", instalment.amountFen());
        details.put("dueOn", instalment.dueOn().toString());
        details.put("paidOn", paidOn.toString());
        details.put("late", paidOn.isAfter(instalment.dueOn()));
        details.put("unpaid", unpaid);
        record("INSTALMENT_PAID", actor, null, details, at);
    }

    /**
     * The court's acceptance of the application for judicial confirmation (司法确认) and, when it
     * rules, the number of its ruling; while the ruling is awaited, whatever the matter's state
     * after handling.
     */
    public void recordJudicialConfirmation(
            @Nullable LocalDate appliedOn, LocalDate acceptedOn, @Nullable String number, Actor actor, Instant at) {
        require(Step.recordJudicialConfirmation);
        Outcome confirmed = java.util.Objects.requireNonNull(outcome);
        confirmed.confirm(appliedOn, acceptedOn, number, at.atZone(CHINA).toLocalDate());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("court", confirmed.court().orElse(null));
        details.put("acceptedOn", acceptedOn.toString());
        details.put("applyBy", confirmed.applyBy().map(LocalDate::toString).orElse(null));
        confirmed.confirmationAppliedOn().ifPresent(applied -> details.put("appliedOn", applied.toString()));
        confirmed.appliedLate().ifPresent(late -> details.put("appliedLate", late));
        confirmed.acceptedLate().ifPresent(late -> details.put("acceptedLate", late));
        details.put("number", number);
        record("JUDICIAL_CONFIRMATION", actor, null, details, at);
    }

    /**
     * Close (办结): needs an outcome, every assignment finished, every whistled department arrived
     * and every lock resolved. On time if closed on or before
     * its closure due (in China); its follow-up visit falls due on {@code followUpDueOn}. A paused
     * matter is resumed first (its closure due moved by the pause, as any resume moves it).
     */
    public void close(
            @Nullable String remarks,
            @Nullable LocalDate followUpDueOn,
            Actor actor,
            Instant at,
            WorkingTime workingTime) {
        List<String> missing = whatStopsClosing();
        if (status == MatterStatus.IN_HANDLING && !missing.isEmpty()) {
            throw new IllegalTransitionException(
                    status, nextSteps(), "The matter cannot be closed yet: " + String.join("; ", missing) + ".");
        }
        require(Step.closeMatter);
        if (paused()) {
            endPause(null, Step.closeMatter, actor, at, workingTime);
        }
        this.closedAt = at;
        this.closedOnTime =
                closureDueOn == null ? null : !at.atZone(CHINA).toLocalDate().isAfter(closureDueOn);
        this.followUpDueOn = followUpDueOn;
        this.status = MatterStatus.CLOSED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", outcome == null ? null : outcome.kind().name());
        if (closedOnTime != null) {
            details.put("closedOnTime", closedOnTime);
        }
        if (followUpDueOn != null) {
            details.put("followUpDueOn", followUpDueOn.toString());
        }
        if (remarks != null) {
            details.put("remarks", remarks);
        }
        record("CLOSED", actor, null, details, at);
    }

    /** What must happen before the matter can be closed; empty when it can. */
    private List<String> whatStopsClosing() {
        List<String> missing = new ArrayList<>();
        if (outcome == null) {
            missing.add("no outcome is recorded");
        }
        List<String> open = assignments.stream()
                .filter(a -> a.status().isLive())
                .map(Assignment::department)
                .toList();
        if (!open.isEmpty()) {
            missing.add("the assignments of " + String.join(", ", open) + " are not complete");
        }
        List<String> awaited = whistles.stream()
                .filter(w -> w.status() == WhistleStatus.AWAITING)
                .map(Whistle::department)
                .toList();
        if (!awaited.isEmpty()) {
            missing.add(String.join(", ", awaited) + " was whistled in and has not arrived");
        }
        List<Lock> unresolved = unresolvedLocks();
        if (!unresolved.isEmpty()) {
            missing.add("the locks " + labels(unresolved) + " are not resolved");
        }
        return missing;
    }

    /** How many unsatisfied follow-ups may reopen a matter; the next one marks it for supervision. */
    static final int MAX_REOPENINGS = 2;

    /**
     * The follow-up visit (回访). An unsatisfied applicant reopens the matter into handling, with
     * {@code freshClosureDue} as its closure due, at most {@value #MAX_REOPENINGS} times; after
     * that the matter is finished but marked for supervision.
     */
    public void recordFollowUp(
            Satisfaction satisfaction,
            @Nullable String remarks,
            @Nullable LocalDate freshClosureDue,
            Actor actor,
            Instant at) {
        require(Step.recordFollowUp);
        // The visit asks the applicant about the work done: not for a department that did it.
        if (actor.department() != null
                && assignments.stream()
                        .anyMatch(a -> a.department().equals(actor.department())
                                && a.status() == AssignmentStatus.COMPLETED)) {
            throw new NotAssigneeException("The follow-up visit is made by the center's windows, not by "
                    + actor.department() + ", which handled the matter.");
        }
        this.followUp = new FollowUp(satisfaction, remarks, at);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("satisfaction", satisfaction.name());
        if (remarks != null) {
            details.put("remarks", remarks);
        }
        if (satisfaction != Satisfaction.UNSATISFIED) {
            status = MatterStatus.FOLLOWED_UP;
            record("FOLLOWED_UP", actor, null, details, at);
            return;
        }
        if (reopenCount >= MAX_REOPENINGS) {
            supervisionRequired = true;
            status = MatterStatus.FOLLOWED_UP;
            details.put("supervisionRequired", true);
            record("FOLLOWED_UP", actor, null, details, at);
            return;
        }
        reopenCount++;
        status = MatterStatus.IN_HANDLING;
        outcome = null;
        instalments.clear();
        closedAt = null;
        closedOnTime = null;
        followUpDueOn = null;
        closureDueOn = freshClosureDue;
        termsCountedAt = at.truncatedTo(ChronoUnit.MICROS);
        // The lead department takes the matter up again.
        assignments.stream()
                .filter(a -> a.role() == AssignmentRole.LEAD && a.status() == AssignmentStatus.COMPLETED)
                .reduce((first, second) -> second)
                .ifPresent(Assignment::reopen);
        details.put("reopenCount", reopenCount);
        details.put("closureDueOn", freshClosureDue == null ? null : freshClosureDue.toString());
        record("REOPENED", actor, null, details, at);
    }

    /**
     * Withdrawal (撤回) at the applicant's request: open assignments, awaited whistles and
     * unresolved locks are cancelled. A paused matter is resumed first, so that its last pause is
     * closed with the working time it covered.
     */
    public void withdraw(String reason, Actor actor, Instant at, WorkingTime workingTime) {
        require(Step.withdrawMatter);
        if (paused()) {
            endPause(null, Step.withdrawMatter, actor, at, workingTime);
        }
        assignments.stream().filter(a -> a.status().isLive()).forEach(Assignment::cancel);
        whistles.stream().filter(w -> w.status() == WhistleStatus.AWAITING).forEach(Whistle::cancel);
        unresolvedLocks().forEach(Lock::cancel);
        this.withdrawalReason = reason;
        this.status = MatterStatus.WITHDRAWN;
        record("WITHDRAWN", actor, null, Map.of("reason", reason), at);
    }

    /** A petition's statutory days (信访: 60 from the day it was registered). */
    static final int PETITION_DAYS = 60;

    /** The most calendar days a petition's one extension adds. */
    static final int MAX_PETITION_EXTENSION_DAYS = 30;

    /**
     * Pause (补充材料 / waiting on an outside body): the matter's SLA clocks stop until it is
     * resumed, by hand or at {@code resumeAt}; its statutory clocks run on. A pause blocks no
     * other step.
     */
    public void pause(PauseCause cause, String reason, @Nullable Instant resumeAt, Actor actor, Instant at) {
        if (paused()) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "The matter is paused since " + pausedSince + " already; it is resumed before it is paused again.");
        }
        require(Step.pauseMatter);
        if (resumeAt != null && !resumeAt.isAfter(at)) {
            throw new StepRefusedException("resumeAt", "is not in the future");
        }
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        Pause pause = new Pause(
                cause, reason, resumeAt == null ? null : resumeAt.truncatedTo(ChronoUnit.MICROS), actor, when);
        pauses.add(pause);
        pausedSince = when;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", pauses.size());
        details.put("waitingOn", cause.name());
        details.put("reason", reason);
        pause.resumeAt().ifPresent(by -> details.put("resumeAt", by.toString()));
        record("PAUSED", actor, null, details, at);
    }

    /**
     * Resume: the pause ends and every SLA due time still waited on moves by the working time the
     * pause covered after its clock started: minute dues by the working minutes, day dues by the
     * working days (docs/matter-lifecycle.md, Clocks). A due the center's calendar cannot move
     * that far stays as it was, named in the timeline.
     */
    public void resume(@Nullable String remarks, Actor actor, Instant at, WorkingTime workingTime) {
        require(Step.resumeMatter);
        endPause(remarks, null, actor, at, workingTime);
    }

    private void endPause(
            @Nullable String remarks, @Nullable Step endedBy, Actor actor, Instant at, WorkingTime workingTime) {
        Pause pause = pauses.getLast();
        Instant resumedAt = at.truncatedTo(ChronoUnit.MICROS);
        PauseSpan span = new PauseSpan(pause.pausedAt(), resumedAt, workingTime);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", pauses.size());
        details.put("waitingOn", pause.waitingOn().name());
        details.put("remarks", remarks);
        if (endedBy != null) {
            details.put("endedBy", endedBy.name());
        }
        OptionalLong minutes = span.minutesFrom(pause.pausedAt());
        OptionalInt days = span.daysFrom(pause.pausedAt());
        if (minutes.isEmpty() || days.isEmpty()) {
            details.put("unmoved", "the center's calendar does not list every year of the pause: no due time moved");
            pause.resume(actor, resumedAt, null, null);
        } else {
            details.put("pausedWorkingMinutes", minutes.getAsLong());
            details.put("pausedWorkingDays", days.getAsInt());
            List<Map<String, Object>> moved = new ArrayList<>();
            List<Map<String, Object>> unmoved = new ArrayList<>();
            moveDues(span, moved, unmoved);
            details.put("moved", moved);
            if (!unmoved.isEmpty()) {
                details.put("unmoved", unmoved);
            }
            pause.resume(actor, resumedAt, minutes.getAsLong(), days.getAsInt());
        }
        pausedSince = null;
        record("RESUMED", actor, null, details, at);
    }

    /** Every SLA due still waited on, moved by the pause (see {@link #resume}). */
    private void moveDues(PauseSpan span, List<Map<String, Object>> moved, List<Map<String, Object>> unmoved) {
        String matter = RunningClock.MATTER;
        Instant termsFrom = termsCountedAt == null ? registeredAt : termsCountedAt;
        if ((status == MatterStatus.REGISTERED || status == MatterStatus.TRIAGED) && responseDueAt != null) {
            Due<Instant> due = span.move(responseDueAt, termsFrom, ClockKind.RESPONSE, matter, null);
            responseDueAt = due.value();
            due.note(moved, unmoved);
        }
        if (closureDueOn != null) {
            Due<LocalDate> due = span.move(closureDueOn, termsFrom, ClockKind.CLOSURE, matter, null);
            closureDueOn = due.value();
            due.note(moved, unmoved);
        }
        if (status == MatterStatus.CLOSED && followUpDueOn != null && closedAt != null) {
            Due<LocalDate> due = span.move(followUpDueOn, closedAt, ClockKind.FOLLOW_UP, matter, null);
            followUpDueOn = due.value();
            due.note(moved, unmoved);
        }
        for (Assignment assignment : assignments) {
            String subject = assignment.id().toString();
            if (assignment.status() == AssignmentStatus.PENDING
                    && assignment.responseDueAt().isPresent()) {
                Due<Instant> due = span.move(
                        assignment.responseDueAt().get(),
                        assignment.assignedAt(),
                        ClockKind.SIGN_OFF,
                        subject,
                        assignment.department());
                assignment.moveResponseDue(due.value());
                due.note(moved, unmoved);
            }
            if (assignment.status().isLive() && assignment.handlingDueOn().isPresent()) {
                Due<LocalDate> due = span.move(
                        assignment.handlingDueOn().get(),
                        assignment.assignedAt(),
                        ClockKind.HANDLING,
                        subject,
                        assignment.department());
                assignment.moveHandlingDue(due.value());
                due.note(moved, unmoved);
            }
        }
        for (Whistle whistle : whistles) {
            if (whistle.status() == WhistleStatus.AWAITING) {
                Due<Instant> due = span.move(
                        whistle.arrivalDueAt(),
                        whistle.summonedAt(),
                        ClockKind.ARRIVAL,
                        whistle.id().toString(),
                        whistle.department());
                whistle.moveArrivalDue(due.value());
                due.note(moved, unmoved);
            }
        }
        for (Lock lock : unresolvedLocks()) {
            if (lock.dueOn().isPresent()) {
                Due<LocalDate> due = span.move(
                        lock.dueOn().get(),
                        lock.splitAt(),
                        ClockKind.LOCK,
                        lock.id().toString(),
                        lock.department());
                lock.moveDue(due.value());
                due.note(moved, unmoved);
            }
        }
    }

    /**
     * A pause, from its start to its end, as it moves a due time: by the working time it covered
     * after the due's clock started (a dispatch during the pause counts from the dispatch).
     */
    private record PauseSpan(Instant from, Instant to, WorkingTime time) {

        OptionalLong minutesFrom(Instant started) {
            return time.minutesBetween(started.isAfter(from) ? started : from, to);
        }

        /** Working days d with (the later of the pause's and the clock's first day) <= d < the day it ended. */
        OptionalInt daysFrom(Instant started) {
            LocalDate first = day(started.isAfter(from) ? started : from);
            LocalDate resumedOn = day(to);
            return first.isBefore(resumedOn) ? time.daysBetween(first, resumedOn) : OptionalInt.of(0);
        }

        Due<Instant> move(Instant due, Instant started, ClockKind kind, String subject, @Nullable String department) {
            OptionalLong minutes = minutesFrom(started);
            Optional<Instant> moved = minutes.isEmpty()
                    ? Optional.empty()
                    : minutes.getAsLong() == 0
                            ? Optional.of(due)
                            : time.plusMinutes(due, minutes.getAsLong()).map(at -> at.truncatedTo(ChronoUnit.MICROS));
            return new Due<>(kind, subject, department, due, moved.orElse(null));
        }

        Due<LocalDate> move(
                LocalDate due, Instant started, ClockKind kind, String subject, @Nullable String department) {
            OptionalInt days = daysFrom(started);
            Optional<LocalDate> moved = days.isEmpty()
                    ? Optional.empty()
                    : days.getAsInt() == 0 ? Optional.of(due) : time.plusDays(due, days.getAsInt());
            return new Due<>(kind, subject, department, due, moved.orElse(null));
        }
    }

    /** A due time a resume moved, or could not move ({@code moved} null: it stays as it was). */
    private record Due<T>(
            ClockKind kind,
            String subject,
            @Nullable String department,
            T was,
            @Nullable T moved) {

        T value() {
            return moved == null ? was : moved;
        }

        void note(List<Map<String, Object>> movedDues, List<Map<String, Object>> unmovedDues) {
            if (moved != null && moved.equals(was)) {
                return;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("clock", kind.name());
            entry.put("subject", subject);
            if (department != null) {
                entry.put("department", department);
            }
            entry.put("from", was.toString());
            if (moved == null) {
                unmovedDues.add(entry);
            } else {
                entry.put("to", moved.toString());
                movedDues.add(entry);
            }
        }
    }

    private static LocalDate day(Instant at) {
        return at.atZone(CHINA).toLocalDate();
    }

    /**
     * An extension (延期) asked for, with a reason: of the closure due by working days, or of a
     * petition's statutory clock (信访) by calendar days, at most 30 and once. The due stands
     * until a supervisor approves it; one request is pending at a time.
     */
    public Extension requestExtension(ExtensionClock clock, int days, String reason, Actor actor, Instant at) {
        Optional<Extension> pending = pendingExtension();
        if (pending.isPresent()) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "Extension " + (extensions.indexOf(pending.get()) + 1)
                            + " awaits a supervisor's decision; one extension is pending at a time.");
        }
        require(Step.requestExtension);
        if (days < 1) {
            throw new StepRefusedException("days", "must be at least 1");
        }
        Map<String, String> refused = new LinkedHashMap<>();
        LocalDate dueOn;
        if (clock == ExtensionClock.CLOSURE) {
            if (closureDueOn == null) {
                refused.put("clock", "the matter has no closure due to extend");
            }
            dueOn = closureDueOn;
        } else {
            if (channel != Channel.PETITION_BUREAU) {
                refused.put(
                        "clock",
                        "only a petition (channel PETITION_BUREAU) has a petition clock; this matter came by "
                                + channel);
            } else if (petitionExtensionDays > 0) {
                refused.put(
                        "clock",
                        "the petition clock was extended once already (by " + petitionExtensionDays
                                + " days); the law allows one extension");
            }
            if (days > MAX_PETITION_EXTENSION_DAYS) {
                refused.put("days", "a petition clock is extended by at most " + MAX_PETITION_EXTENSION_DAYS + " days");
            }
            dueOn = petitionDueOn().orElse(null);
        }
        if (!refused.isEmpty()) {
            throw new StepRefusedException(refused);
        }
        Extension extension = new Extension(clock, days, reason, actor, at.truncatedTo(ChronoUnit.MICROS));
        extensions.add(extension);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", extensions.size());
        details.put("clock", clock.name());
        details.put("days", days);
        details.put("reason", reason);
        details.put("dueOn", dueOn == null ? null : dueOn.toString());
        record("EXTENSION_REQUESTED", actor, null, details, at);
        return extension;
    }

    /**
     * A supervisor's decision on the pending extension: approved, the due moves (the closure due
     * by its working days on the center's calendar, the petition clock by its calendar days);
     * refused, with remarks, it stands.
     */
    public void decideExtension(
            int number, boolean approved, @Nullable String remarks, Actor actor, Instant at, WorkingTime workingTime) {
        require(Step.decideExtension);
        if (number < 1 || number > extensions.size()) {
            throw new NoSuchExtensionException(number);
        }
        Extension extension = extensions.get(number - 1);
        if (extension.status() != ExtensionStatus.PENDING) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "Extension " + number + " was " + extension.status() + " already; it is decided once.");
        }
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", number);
        details.put("clock", extension.clock().name());
        details.put("days", extension.days());
        details.put("remarks", remarks);
        if (!approved) {
            if (remarks == null || remarks.isBlank()) {
                throw new StepRefusedException("remarks", "say why: an extension is refused with remarks");
            }
            extension.refuse(remarks, actor, when);
            record("EXTENSION_REFUSED", actor, null, details, at);
            return;
        }
        Instant previous;
        Instant next;
        if (extension.clock() == ExtensionClock.CLOSURE) {
            if (closureDueOn == null) {
                throw new StepRefusedException("approved", "the matter has no closure due to extend any more");
            }
            LocalDate was = closureDueOn;
            LocalDate moved = workingTime
                    .plusDays(was, extension.days())
                    .orElseThrow(() -> new StepRefusedException(
                            "approved",
                            "the center's calendar does not reach " + extension.days() + " working days after " + was
                                    + " yet; the extension cannot be counted"));
            previous = endOf(was).orElseThrow();
            closureDueOn = moved;
            next = endOf(moved).orElseThrow();
            details.put("closureDueOn", moved.toString());
        } else {
            if (petitionExtensionDays > 0) {
                throw new StepRefusedException("approved", "the petition clock was extended once already");
            }
            previous = petitionDueAt().orElseThrow();
            petitionExtensionDays = extension.days();
            next = petitionDueAt().orElseThrow();
            details.put("petitionDueOn", petitionDueOn().orElseThrow().toString());
        }
        extension.approve(remarks, previous, next, actor, when);
        details.put("previousDueAt", previous.toString());
        details.put("newDueAt", next.toString());
        record("EXTENSION_APPROVED", actor, null, details, at);
    }

    private Optional<Extension> pendingExtension() {
        return extensions.stream()
                .filter(extension -> extension.status() == ExtensionStatus.PENDING)
                .findFirst();
    }

    private void require(Step step) {
        List<Step> allowed = nextSteps();
        if (!allowed.contains(step)) {
            throw new IllegalTransitionException(
                    status, allowed, "A " + status + " matter does not allow " + step + " now.");
        }
    }

    private Assignment assignmentFor(UUID id, Actor actor, AssignmentStatus expected, String verb) {
        Assignment assignment = assignments.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(NoSuchAssignmentException::new);
        if (actor.department() != null && !actor.department().equals(assignment.department())) {
            throw new NotAssigneeException("Only staff of " + assignment.department() + " may act on its assignment.");
        }
        if (assignment.status() != expected) {
            throw new IllegalTransitionException(
                    status,
                    nextSteps(),
                    "The assignment of " + assignment.department() + " is " + assignment.status() + " and cannot be "
                            + verb + ".");
        }
        return assignment;
    }

    private static void changed(Map<String, Object> details, String field, @Nullable Object from, @Nullable Object to) {
        String before = from == null ? null : from.toString();
        String after = to == null ? null : to.toString();
        if (!java.util.Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", before);
            change.put("to", after);
            details.put(field, change);
        }
    }

    private void record(
            String kind, Actor actor, @Nullable String department, Map<String, Object> details, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        this.lastStepAt = when;
        Map<String, Object> copy = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        events.add(new MatterEvent(kind, when, actor.name(), department, copy));
    }

    /** The events of the steps taken since the matter was loaded, handed over once to be written. */
    public List<MatterEvent> drainEvents() {
        List<MatterEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
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

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    /** What the departments did, in the order it was recorded. */
    public List<HandlingRecord> handlingRecords() {
        return List.copyOf(handlingRecords);
    }

    /** The files attached to the matter, in the order they were uploaded. */
    public List<AttachmentInfo> attachments() {
        return List.copyOf(attachments);
    }

    /** Whether the matter takes no more work (followed up or withdrawn): nothing is attached to it then. */
    public boolean finished() {
        return status == MatterStatus.FOLLOWED_UP || status == MatterStatus.WITHDRAWN;
    }

    /**
     * The matter with every part read, for a view written after its transaction ends (the parts
     * not fetched with the matter are read here, in batches).
     */
    public Matter whole() {
        parties.size();
        assignments.size();
        whistles.size();
        handlingRecords.forEach(record -> record.attachments().size());
        attachments.size();
        mediationSessions.forEach(session -> session.participants().size());
        instalments.size();
        locks.forEach(lock -> lock.keys().size());
        jointMeetings.size();
        pauses.size();
        extensions.size();
        return this;
    }

    /** Whether the matter's SLA clocks are paused now (its statutory clocks run on). */
    public boolean paused() {
        return pausedSince != null;
    }

    /** Since when the matter is paused, while it is. */
    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    /** When the current pause ends by itself: its set date, while the matter is paused with one. */
    public Optional<Instant> resumesAt() {
        return paused() ? pauses.getLast().resumeAt() : Optional.empty();
    }

    /** Every pause of the matter's SLA clocks, oldest first (numbered from 1). */
    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    /** Every extension asked for, oldest first (numbered from 1). */
    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    /**
     * For a petition (信访, channel PETITION_BUREAU), the last day of its statutory clock: 60
     * calendar days after the day it was registered in China, plus an approved extension's days.
     */
    public Optional<LocalDate> petitionDueOn() {
        if (channel != Channel.PETITION_BUREAU) {
            return Optional.empty();
        }
        return Optional.of(day(registeredAt).plusDays(PETITION_DAYS + (long) petitionExtensionDays));
    }

    /** When a petition's statutory clock runs out: the end (in China) of its last day. */
    public Optional<Instant> petitionDueAt() {
        return petitionDueOn().flatMap(Matter::endOf);
    }

    /** Every department summoned for the matter (吹哨), in the order they were called. */
    public List<Whistle> whistles() {
        return List.copyOf(whistles);
    }

    /** Every mediation session held for the matter, round by round. */
    public List<MediationSession> mediationSessions() {
        return List.copyOf(mediationSessions);
    }

    /** The instalments of the outcome's payment agreement, in order; empty when paid at once. */
    public List<Instalment> instalments() {
        return List.copyOf(instalments);
    }

    /** The matter's locks (一把钥匙开一把锁), in the order they were split off. */
    public List<Lock> locks() {
        return List.copyOf(locks);
    }

    /** The joint meetings (会商) held on the matter, oldest first. */
    public List<JointMeeting> jointMeetings() {
        return List.copyOf(jointMeetings);
    }

    /** The agent (代办员) the latest joint meeting named to track the matter to the end. */
    public Optional<String> agent() {
        return jointMeetings.isEmpty()
                ? Optional.empty()
                : Optional.of(jointMeetings.getLast().agent());
    }

    /** The departments whose assignment is still unsigned past its response due. */
    public List<String> unsignedPastDue(Instant now) {
        return assignments.stream()
                .filter(a -> a.unsignedPastDue(now))
                .map(Assignment::department)
                .distinct()
                .toList();
    }

    /** The departments holding a live assignment of the matter: who has it now. */
    public List<String> holders() {
        return assignments.stream()
                .filter(a -> a.status().isLive())
                .map(Assignment::department)
                .distinct()
                .toList();
    }

    /**
     * The next deadline the matter waits on: an unsigned assignment's response due or an awaited
     * department's arrival due, else the end of the earliest of its closure due day and its
     * unresolved locks' due days (while open) or of its follow-up due day (once closed) in China,
     * else the response due of a matter not yet dispatched.
     */
    public Optional<Instant> nextDueAt() {
        Optional<Instant> signing = Stream.concat(
                        assignments.stream()
                                .filter(a -> a.status() == AssignmentStatus.PENDING)
                                .flatMap(a -> a.responseDueAt().stream()),
                        whistles.stream()
                                .filter(w -> w.status() == WhistleStatus.AWAITING)
                                .map(Whistle::arrivalDueAt))
                .min(Instant::compareTo);
        if (signing.isPresent()) {
            return signing;
        }
        return switch (status) {
            case REGISTERED, TRIAGED -> Optional.ofNullable(responseDueAt).or(() -> endOf(closureDueOn));
            case DISPATCHED, IN_HANDLING ->
                Stream.concat(
                                Stream.ofNullable(closureDueOn),
                                unresolvedLocks().stream().flatMap(lock -> lock.dueOn().stream()))
                        .min(LocalDate::compareTo)
                        .flatMap(Matter::endOf);
            case CLOSED -> endOf(followUpDueOn);
            case FOLLOWED_UP, WITHDRAWN -> Optional.empty();
        };
    }

    /**
     * The clocks running now, earliest due first: each due time the matter waits on, from the
     * moment it started counting. A clock stops (and is not listed) once the step it waits for is
     * taken. Deadlines the center's calendar could not count are not clocks. While the matter is
     * paused, no clock of a family that pauses runs.
     */
    public List<RunningClock> runningClocks() {
        List<RunningClock> clocks = new ArrayList<>();
        String matter = RunningClock.MATTER;
        switch (status) {
            case REGISTERED, TRIAGED -> {
                if (responseDueAt != null) {
                    clocks.add(
                            new RunningClock(ClockKind.RESPONSE, matter, leadDepartment, registeredAt, responseDueAt));
                }
                endOf(closureDueOn)
                        .ifPresent(due ->
                                clocks.add(new RunningClock(ClockKind.CLOSURE, matter, null, registeredAt, due)));
            }
            case DISPATCHED, IN_HANDLING -> {
                endOf(closureDueOn)
                        .ifPresent(due ->
                                clocks.add(new RunningClock(ClockKind.CLOSURE, matter, null, registeredAt, due)));
                for (Assignment assignment : assignments) {
                    String subject = assignment.id().toString();
                    if (assignment.status() == AssignmentStatus.PENDING) {
                        assignment
                                .responseDueAt()
                                .ifPresent(due -> clocks.add(new RunningClock(
                                        ClockKind.SIGN_OFF,
                                        subject,
                                        assignment.department(),
                                        assignment.assignedAt(),
                                        due)));
                    }
                    if (assignment.status() == AssignmentStatus.SIGNED) {
                        endOf(assignment.handlingDueOn().orElse(null))
                                .ifPresent(due -> clocks.add(new RunningClock(
                                        ClockKind.HANDLING,
                                        subject,
                                        assignment.department(),
                                        assignment.assignedAt(),
                                        due)));
                    }
                }
                for (Whistle whistle : whistles) {
                    if (whistle.status() == WhistleStatus.AWAITING) {
                        clocks.add(new RunningClock(
                                ClockKind.ARRIVAL,
                                whistle.id().toString(),
                                whistle.department(),
                                whistle.summonedAt(),
                                whistle.arrivalDueAt()));
                    }
                }
                for (Lock lock : unresolvedLocks()) {
                    endOf(lock.dueOn().orElse(null))
                            .ifPresent(due -> clocks.add(new RunningClock(
                                    ClockKind.LOCK, lock.id().toString(), lock.department(), lock.splitAt(), due)));
                }
            }
            case CLOSED -> {
                if (closedAt != null) {
                    endOf(followUpDueOn)
                            .ifPresent(due ->
                                    clocks.add(new RunningClock(ClockKind.FOLLOW_UP, matter, null, closedAt, due)));
                }
            }
            case FOLLOWED_UP, WITHDRAWN -> {
                // no service-level clock runs for a finished matter
            }
        }
        // The petition clock runs while the matter is open, paused or not: only its extension moves it.
        if (status.isOpen()) {
            petitionDueAt()
                    .ifPresent(
                            due -> clocks.add(new RunningClock(ClockKind.PETITION, matter, null, registeredAt, due)));
        }
        if (status != MatterStatus.WITHDRAWN && outcome != null) {
            Instant agreed = outcome.recordedAt();
            for (int i = 0; i < instalments.size(); i++) {
                Instalment instalment = instalments.get(i);
                if (!instalment.paid()) {
                    clocks.add(new RunningClock(
                            ClockKind.INSTALMENT,
                            Integer.toString(i + 1),
                            null,
                            agreed,
                            endOf(instalment.dueOn()).orElseThrow()));
                }
            }
            if (outcome.confirmationAppliedOn().isEmpty()) {
                outcome.applyBy()
                        .ifPresent(by -> clocks.add(new RunningClock(
                                ClockKind.JUDICIAL_APPLICATION,
                                matter,
                                null,
                                startOf(outcome.agreementEffectiveOn().orElseThrow()),
                                endOf(by).orElseThrow())));
            } else if (outcome.confirmationAcceptedOn().isEmpty()) {
                outcome.acceptBy()
                        .ifPresent(by -> clocks.add(new RunningClock(
                                ClockKind.COURT_ACCEPTANCE,
                                matter,
                                null,
                                startOf(outcome.confirmationAppliedOn().orElseThrow()),
                                endOf(by).orElseThrow())));
            }
        }
        if (paused()) {
            clocks.removeIf(clock -> clock.family().pauses());
        }
        clocks.sort(java.util.Comparator.comparing(RunningClock::dueAt));
        return clocks;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CHINA).toInstant();
    }

    private static Optional<Instant> endOf(@Nullable LocalDate day) {
        return Optional.ofNullable(day)
                .map(d -> d.plusDays(1).atStartOfDay(CHINA).toInstant());
    }

    public int returnCount() {
        return returnCount;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public boolean supervisionRequired() {
        return supervisionRequired;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Boolean> closedOnTime() {
        return Optional.ofNullable(closedOnTime);
    }

    public Optional<LocalDate> followUpDueOn() {
        return Optional.ofNullable(followUpDueOn);
    }

    public Optional<FollowUp> followUp() {
        return Optional.ofNullable(followUp);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    /**
     * Whether the matter is as {@link #register} made it and nothing has written it yet: a row and
     * its parties, nothing else ({@link NewMatters} writes exactly that).
     */
    boolean asRegistered() {
        return isNew()
                && status == MatterStatus.REGISTERED
                && outcome == null
                && followUp == null
                && lastStepAt.equals(registeredAt)
                && assignments.isEmpty()
                && whistles.isEmpty()
                && handlingRecords.isEmpty()
                && mediationSessions.isEmpty()
                && instalments.isEmpty()
                && locks.isEmpty()
                && jointMeetings.isEmpty()
                && pauses.isEmpty()
                && extensions.isEmpty()
                && pausedSince == null
                && petitionExtensionDays == 0
                && termsCountedAt == null
                && returnCount == 0
                && reopenCount == 0
                && !supervisionRequired;
    }

    /** Written by {@link NewMatters}: at version 0, as Hibernate's persist would leave it. */
    void written() {
        this.version = 0L;
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
