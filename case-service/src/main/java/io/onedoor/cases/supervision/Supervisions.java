package io.onedoor.cases.supervision;

import io.onedoor.cases.clocks.AlarmPhase;
import io.onedoor.cases.clocks.Timer;
import io.onedoor.cases.clocks.TimerOwner;
import io.onedoor.cases.clocks.Timers;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.cases.lifecycle.MatterNotFoundException;
import io.onedoor.cases.matter.Actor;
import io.onedoor.cases.matter.Assignment;
import io.onedoor.cases.matter.Light;
import io.onedoor.cases.matter.LightPolicies;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.MatterEvent;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.matter.MatterStatus;
import io.onedoor.cases.matter.Matters;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.matter.RunningClock;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.notifications.Inbox;
import io.onedoor.cases.notifications.Notice;
import io.onedoor.cases.notifications.NotificationKind;
import io.onedoor.cases.notifications.Recipient;
import io.onedoor.cases.timeline.Timeline;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.tenancy.TenantCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, steps and closes the bound tenant's supervision items, each whole with its record in the
 * matter's timeline, its own timers (a reminder at its yellow and at its due) and the
 * notifications of whoever answers for it.
 *
 * <p>Every write first locks the matter's row ({@code for no key update}): the timeline numbers a
 * matter's events from its last one, and a matter's own steps keep concurrent writers apart by
 * bumping its version, which an item's step does not do. The lock makes a concurrent step of the
 * matter (whose update waits for it, and the other way round) number its events after these, and
 * makes two alarms opening an item on the same matter see each other's item.
 *
 * <p>An alarm does not wait for that lock ({@code nowait}): the engine's transaction already holds
 * the timer it removes, and a step of the same matter, holding the matter's row, may be replacing
 * that very matter's timers; waiting would deadlock the two. The alarm gives way instead (a
 * {@code jakarta.persistence.LockTimeoutException} rolls its transaction back) and rings again on a
 * later tick.
 */
@Component
public class Supervisions {

    /** The clock name of an item's own timers in the engine's index. */
    static final String CLOCK = "SUPERVISION";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    private EntityManager entityManager;

    private final Matters matters;
    private final Timeline timeline;
    private final Timers timers;
    private final Inbox inbox;
    private final LightPolicies policies;
    private final ConfigurationSnapshots configurations;

    Supervisions(
            Matters matters,
            Timeline timeline,
            Timers timers,
            Inbox inbox,
            LightPolicies policies,
            ConfigurationSnapshots configurations) {
        this.matters = matters;
        this.timeline = timeline;
        this.timers = timers;
        this.inbox = inbox;
        this.policies = policies;
        this.configurations = configurations;
    }

    /**
     * Opens an item for what a clock or a follow-up found (by {@code system}), unless an open
     * item of the matter already supervises the same thing for the same reason. Due the
     * configured supervision days after now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SupervisionItem> openAutomatically(
            Matter matter,
            SupervisionTrigger trigger,
            String subject,
            @Nullable UUID assignmentId,
            String responsibleUnit,
            String reason,
            Instant now) {
        // Held already when called in the matter's own step; taken without waiting by an alarm.
        lockWithoutWaiting(matter.id().value());
        if (openItem(matter.id().value(), trigger, subject).isPresent()) {
            return Optional.empty();
        }
        TenantCode tenant = CurrentTenant.require();
        LightPolicy policy = policies.of(tenant);
        Instant due = dueAfter(configurations.ifReadable(tenant), policy, now);
        var opening = new SupervisionItem.Opening(
                matter.id().value(),
                assignmentId,
                trigger,
                subject,
                SupervisionItem.Source.LOCAL,
                reason,
                responsibleUnit,
                null,
                SupervisionItem.SYSTEM,
                due);
        return Optional.of(opened(matter.code().value(), opening, policy, now));
    }

    /**
     * A supervisor opens an item by hand on a matter within their reach (404 otherwise), about
     * the matter or one of its assignments (422 naming {@code assignmentId} for another's), its
     * responsible unit the one named, else the assignment's department, else the matter's lead,
     * else the center. One open item per matter and subject: a second is refused (409), as is an
     * item on a withdrawn matter.
     */
    @Transactional
    public Shown openByHand(
            CenterConfiguration center, ManualOpening request, MatterReach reach, Actor actor, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        UUID matterId = request.matterId();
        Locked locked = lock(matterId).orElseThrow(MatterNotFoundException::new);
        if (!reach.covers(locked.orgUnit())) {
            throw new MatterNotFoundException();
        }
        Matter matter = matters.findById(new MatterId(matterId)).orElseThrow(MatterNotFoundException::new);
        Assignment assignment = null;
        if (request.assignmentId() != null) {
            assignment = matter.assignments().stream()
                    .filter(a -> a.id().equals(request.assignmentId()))
                    .findFirst()
                    .orElseThrow(() -> new StepRefusedException("assignmentId", "is not an assignment of this matter"));
        }
        if (matter.status() == MatterStatus.WITHDRAWN) {
            throw new SupervisionConflictException(
                    "matter-withdrawn", "The matter was withdrawn: there is nothing left to supervise.", null);
        }
        String subject =
                assignment == null ? RunningClock.MATTER : assignment.id().toString();
        Optional<UUID> existing = openItem(matterId, SupervisionTrigger.MANUAL, subject);
        if (existing.isPresent()) {
            throw new SupervisionConflictException(
                    "supervision-already-open",
                    "An open supervision item already supervises this " + (assignment == null ? "matter" : "assignment")
                            + "; take its steps instead.",
                    existing.get());
        }
        String unit = request.responsibleUnit() != null
                ? request.responsibleUnit()
                : assignment != null
                        ? assignment.department()
                        : matter.leadDepartment().orElse(Recipient.CENTER);
        LightPolicy policy = policies.of(center.tenant());
        Instant due = request.dueAt() != null
                ? request.dueAt().truncatedTo(ChronoUnit.MICROS)
                : dueAfter(Optional.of(center), policy, now);
        var opening = new SupervisionItem.Opening(
                matterId,
                assignment == null ? null : assignment.id(),
                SupervisionTrigger.MANUAL,
                subject,
                SupervisionItem.Source.LOCAL,
                request.reason(),
                unit,
                request.responsiblePerson(),
                actor.name(),
                due);
        SupervisionItem item = opened(matter.code().value(), opening, policy, now);
        return new Shown(item.whole(), matter.code().value(), item.light(policy, now));
    }

    private SupervisionItem opened(
            String matterCode, SupervisionItem.Opening opening, LightPolicy policy, Instant now) {
        SupervisionItem item = SupervisionItem.open(opening, now);
        entityManager.persist(item);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supervisionId", item.id().toString());
        details.put("trigger", item.trigger().name());
        details.put("responsibleUnit", item.responsibleUnit());
        item.responsiblePerson().ifPresent(person -> details.put("responsiblePerson", person));
        details.put("dueAt", item.dueAt().toString());
        item.reason().ifPresent(reason -> details.put("reason", reason));
        record(item, "SUPERVISION_OPENED", item.openedBy(), item.openedAt(), details);
        timers.replace(TimerOwner.supervision(item.id()), timersOf(item, policy));
        String title = "督办：事项 " + matterCode + " " + item.trigger().label() + "，责任单位 " + item.responsibleUnit() + "，"
                + inChina(item.dueAt()) + " 前办结";
        notify(item, matterCode, NotificationKind.SUPERVISION_OPENED, title, true, now);
        return item;
    }

    /**
     * The item's own timers: a reminder when its light turns yellow (if it does before its due)
     * and one at its due.
     */
    static List<Timer> timersOf(SupervisionItem item, LightPolicy policy) {
        List<Timer> timers = new ArrayList<>();
        String subject = item.id().toString();
        Instant yellow = policy.yellowAt(item.openedAt(), item.dueAt());
        if (yellow.isBefore(item.dueAt())) {
            timers.add(new Timer(CLOCK, subject, AlarmPhase.YELLOW, yellow));
        }
        timers.add(new Timer(CLOCK, subject, AlarmPhase.RED, item.dueAt()));
        return List.copyOf(timers);
    }

    /**
     * When an item opened now is due: the end (in China) of the configured number of working
     * days after today on the center's calendar; in calendar days where the configuration cannot
     * be read or its calendar does not reach that far, rather than not at all.
     */
    static Instant dueAfter(Optional<CenterConfiguration> center, LightPolicy policy, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        int days = policy.supervisionWorkingDays();
        LocalDate due = center.flatMap(c -> c.workingDaysAfter(today, days)).orElseGet(() -> today.plusDays(days));
        return due.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    /**
     * A supervisor's step on an item of a matter within their reach (404 otherwise): a reminder,
     * an interview, a notice, a recommendation, or the close after verification with its outcome
     * (RECTIFIED or UNFOUNDED; 422 naming {@code outcome} without one, with another, or with an
     * outcome on any other step). A closed item takes none (409).
     */
    @Transactional
    public Shown step(
            UUID id,
            MatterReach reach,
            SupervisionStepKind kind,
            String note,
            @Nullable SupervisionOutcome outcome,
            Actor actor,
            Instant at) {
        if (kind == SupervisionStepKind.CLOSE) {
            if (outcome == null) {
                throw new StepRefusedException("outcome", "closing after verification names its outcome");
            }
            if (!outcome.byHand()) {
                throw new StepRefusedException(
                        "outcome", outcome + " follows the matter; a verification finds RECTIFIED or UNFOUNDED");
            }
        } else if (kind == SupervisionStepKind.OPENED) {
            throw new StepRefusedException("kind", "an item is opened by openSupervision");
        } else if (outcome != null) {
            throw new StepRefusedException("outcome", "only CLOSE has an outcome");
        }
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        UUID matterId = matterOf(id).orElseThrow(SupervisionNotFoundException::new);
        Locked locked = lock(matterId).orElseThrow(SupervisionNotFoundException::new);
        if (!reach.covers(locked.orgUnit())) {
            throw new SupervisionNotFoundException();
        }
        // Read after the lock (the query above read its matter's id only): a concurrent step of
        // the same item has committed by now, and this one sees it.
        SupervisionItem item = entityManager.find(SupervisionItem.class, id);
        if (item == null) {
            throw new SupervisionNotFoundException();
        }
        if (kind == SupervisionStepKind.CLOSE) {
            closed(item, locked.code(), outcome, note, actor.name(), now);
        } else {
            stepped(item, locked.code(), kind, note, actor.name(), false, now);
        }
        LightPolicy policy = policies.of(CurrentTenant.require());
        return new Shown(item.whole(), locked.code(), item.light(policy, now));
    }

    /**
     * The item's own alarm: at its yellow and at its due, a reminder (催办) by {@code system} to
     * the responsible unit. An item closed meanwhile is left alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remindOnAlarm(UUID id, AlarmPhase phase, Instant at) {
        if (phase != AlarmPhase.YELLOW && phase != AlarmPhase.RED) {
            return;
        }
        Optional<UUID> matterId = matterOf(id);
        if (matterId.isEmpty()) {
            return;
        }
        Optional<Locked> locked = lockWithoutWaiting(matterId.get());
        SupervisionItem item = entityManager.find(SupervisionItem.class, id);
        if (locked.isEmpty() || item == null) {
            return;
        }
        if (!item.isOpen()) {
            return;
        }
        String note = phase == AlarmPhase.YELLOW ? "自动催办：督办事项即将到期" : "自动催办：督办事项已超期";
        stepped(
                item,
                locked.get().code(),
                SupervisionStepKind.REMINDER,
                note,
                SupervisionItem.SYSTEM,
                true,
                at.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Closes the open items the matter's clocks opened, now that the matter has closed, been
     * followed up or withdrawn: each with its outcome, a CLOSE step by {@code system}, its
     * timers removed. Called in the matter's step, whose update holds the matter's row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeWithMatter(Matter matter, SupervisionOutcome outcome, Instant at) {
        List<SupervisionItem> open = entityManager
                .createQuery(
                        "select s from SupervisionItem s where s.matterId = :matter and s.status = :open"
                                + " and s.trigger in :triggers order by s.openedAt",
                        SupervisionItem.class)
                .setParameter("matter", matter.id().value())
                .setParameter("open", SupervisionStatus.OPEN)
                .setParameter(
                        "triggers",
                        Arrays.stream(SupervisionTrigger.values())
                                .filter(SupervisionTrigger::byClock)
                                .toList())
                .getResultList();
        if (open.isEmpty()) {
            return;
        }
        // Held already by the step's own update; taken here so the method stands on its own.
        lock(matter.id().value());
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        String note = outcome == SupervisionOutcome.WITHDRAWN ? "事项已撤回，督办随之办结" : "事项已办结，督办随之办结";
        for (SupervisionItem item : open) {
            closed(item, matter.code().value(), outcome, note, SupervisionItem.SYSTEM, now);
        }
    }

    /**
     * Opens the item of a matter marked for supervision by its last unsatisfied follow-up, once
     * in the matter's life: an item the center closed is not opened again by a later step.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SupervisionItem> openUnsatisfied(Matter matter, Instant now) {
        Long earlier = entityManager
                .createQuery(
                        "select count(s) from SupervisionItem s where s.matterId = :matter and s.trigger = :trigger",
                        Long.class)
                .setParameter("matter", matter.id().value())
                .setParameter("trigger", SupervisionTrigger.UNSATISFIED)
                .getSingleResult();
        if (earlier > 0) {
            return Optional.empty();
        }
        return openAutomatically(
                matter,
                SupervisionTrigger.UNSATISFIED,
                RunningClock.MATTER,
                null,
                matter.leadDepartment().orElse(Recipient.CENTER),
                "回访不满意，重新办理 " + matter.reopenCount() + " 次后仍不满意",
                now);
    }

    private void stepped(
            SupervisionItem item,
            String matterCode,
            SupervisionStepKind kind,
            String note,
            String actor,
            boolean automatic,
            Instant now) {
        ItemStep step = item.record(kind, note, actor, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supervisionId", item.id().toString());
        details.put("step", kind.name());
        details.put("note", note);
        if (automatic) {
            details.put("automatic", true);
        }
        record(item, "SUPERVISION_STEP", actor, step.at(), details);
        if (kind == SupervisionStepKind.REMINDER) {
            String title = "催办：事项 " + matterCode + " 的督办（" + item.trigger().label() + "），" + inChina(item.dueAt())
                    + " 前办结" + (automatic ? "；" + note : "");
            notify(item, matterCode, NotificationKind.SUPERVISION_REMINDER, title, false, now);
        } else {
            String title = "督办" + kind.label() + "：事项 " + matterCode + "（"
                    + item.trigger().label() + "）";
            notify(item, matterCode, NotificationKind.SUPERVISION_STEP, title, false, now);
        }
    }

    private void closed(
            SupervisionItem item,
            String matterCode,
            SupervisionOutcome outcome,
            String note,
            String actor,
            Instant now) {
        ItemStep step = item.close(outcome, note, actor, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supervisionId", item.id().toString());
        details.put("outcome", outcome.name());
        details.put("note", note);
        record(item, "SUPERVISION_CLOSED", actor, step.at(), details);
        timers.replace(TimerOwner.supervision(item.id()), List.of());
        String title = "督办已办结（" + outcome.label() + "）：事项 " + matterCode + "（"
                + item.trigger().label() + "）";
        notify(item, matterCode, NotificationKind.SUPERVISION_STEP, title, false, now);
    }

    /** The step in the matter's timeline, for the responsible department (none for the center). */
    private void record(SupervisionItem item, String kind, String actor, Instant at, Map<String, Object> details) {
        String department = Recipient.CENTER.equals(item.responsibleUnit()) ? null : item.responsibleUnit();
        timeline.append(new MatterId(item.matterId()), List.of(new MatterEvent(kind, at, actor, department, details)));
    }

    /** The responsible unit and person; the center as well when {@code center} (an item opened). */
    private void notify(
            SupervisionItem item, String matterCode, NotificationKind kind, String title, boolean center, Instant now) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        recipients.add(Recipient.unit(item.responsibleUnit()));
        item.responsiblePerson().ifPresent(person -> recipients.add(Recipient.person(person)));
        if (center) {
            recipients.add(Recipient.center());
        }
        inbox.deliver(new Notice(kind, title, item.matterId(), matterCode, item.id(), null), recipients, now);
    }

    private static String inChina(Instant instant) {
        return MINUTE.format(instant.atZone(CHINA));
    }

    /** The open item of the matter for this trigger and subject, if any. */
    private Optional<UUID> openItem(UUID matterId, SupervisionTrigger trigger, String subject) {
        return entityManager
                .createQuery(
                        "select s.id from SupervisionItem s where s.matterId = :matter and s.trigger = :trigger"
                                + " and s.subject = :subject and s.status = :open",
                        UUID.class)
                .setParameter("matter", matterId)
                .setParameter("trigger", trigger)
                .setParameter("subject", subject)
                .setParameter("open", SupervisionStatus.OPEN)
                .getResultStream()
                .findFirst();
    }

    private Optional<UUID> matterOf(UUID item) {
        return entityManager
                .createQuery("select s.matterId from SupervisionItem s where s.id = :id", UUID.class)
                .setParameter("id", item)
                .getResultStream()
                .findFirst();
    }

    /** Locks the matter's row for this transaction; its code and org unit, if it exists. */
    private Optional<Locked> lock(UUID matterId) {
        return lock(matterId, "for no key update");
    }

    /**
     * Locks the matter's row unless another transaction holds it, which fails this one (a
     * {@code LockTimeoutException}): for alarms, which must not wait (see above).
     */
    private Optional<Locked> lockWithoutWaiting(UUID matterId) {
        return lock(matterId, "for no key update nowait");
    }

    private Optional<Locked> lock(UUID matterId, String mode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select code, org_unit_code from matter where id = :id " + mode)
                .setParameter("id", matterId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Locked((String) row[0], new OrgUnitCode((String) row[1])));
    }

    private record Locked(String code, OrgUnitCode orgUnit) {}

    /** What a supervisor asks to open by hand. */
    public record ManualOpening(
            UUID matterId,
            @Nullable UUID assignmentId,
            @Nullable String responsibleUnit,
            @Nullable String responsiblePerson,
            @Nullable Instant dueAt,
            String reason) {}

    /** An item as shown: with its matter's code and its light. */
    public record Shown(SupervisionItem item, String matterCode, Light light) {}
}
