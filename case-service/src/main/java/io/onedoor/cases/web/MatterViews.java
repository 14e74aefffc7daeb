package io.onedoor.cases.web;

import io.onedoor.api.cases.model.AssignmentRole;
import io.onedoor.api.cases.model.AssignmentStatus;
import io.onedoor.api.cases.model.Channel;
import io.onedoor.api.cases.model.ClockFamily;
import io.onedoor.api.cases.model.ClockKind;
import io.onedoor.api.cases.model.Complexity;
import io.onedoor.api.cases.model.Extension;
import io.onedoor.api.cases.model.ExtensionClock;
import io.onedoor.api.cases.model.ExtensionStatus;
import io.onedoor.api.cases.model.Instalment;
import io.onedoor.api.cases.model.InstalmentStatus;
import io.onedoor.api.cases.model.JudicialConfirmation;
import io.onedoor.api.cases.model.Light;
import io.onedoor.api.cases.model.MatterClock;
import io.onedoor.api.cases.model.MatterPause;
import io.onedoor.api.cases.model.MatterStatus;
import io.onedoor.api.cases.model.MatterSummary;
import io.onedoor.api.cases.model.MediationMode;
import io.onedoor.api.cases.model.Mediator;
import io.onedoor.api.cases.model.OutcomeKind;
import io.onedoor.api.cases.model.Party;
import io.onedoor.api.cases.model.PartyKind;
import io.onedoor.api.cases.model.PartyRole;
import io.onedoor.api.cases.model.PauseCause;
import io.onedoor.api.cases.model.Satisfaction;
import io.onedoor.api.cases.model.Step;
import io.onedoor.cases.matter.AttachmentInfo;
import io.onedoor.cases.matter.IdNumber;
import io.onedoor.cases.matter.LightPolicy;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.PhoneNumber;
import io.onedoor.cases.matter.RunningClock;
import io.onedoor.support.tenancy.TenantCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shows matters in the API's shapes: in full for one matter, with ID and phone numbers masked in
 * lists. Entities stop here; only API models leave the service.
 */
public final class MatterViews {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private MatterViews() {}

    /**
     * The matter in full, as one matter is shown to whoever may read it, as it stands at {@code
     * now}: its clocks lit by the center's light policy.
     */
    public static io.onedoor.api.cases.model.Matter full(
            TenantCode tenant, Matter matter, LightPolicy lights, Instant now) {
        var view = new io.onedoor.api.cases.model.Matter(
                matter.id().value(),
                matter.code().value(),
                tenant.value(),
                MatterStatus.fromValue(matter.status().name()),
                Channel.fromValue(matter.channel().name()),
                matter.category().value(),
                matter.description(),
                matter.orgUnit().value(),
                parties(matter, false),
                matter.registeredAt().atOffset(ZoneOffset.UTC),
                Complexity.fromValue(matter.complexity().name()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                matter.returnCount(),
                matter.reopenCount(),
                matter.supervisionRequired(),
                Light.GREEN,
                List.of(),
                false,
                List.of(),
                List.of(),
                List.of(),
                matter.version());
        List<RunningClock> clocks = matter.runningClocks();
        view.setClocks(clocks.stream().map(clock -> clock(clock, lights, now)).toList());
        view.setLight(light(clocks, lights, now));
        view.setPaused(matter.paused());
        List<io.onedoor.cases.matter.Pause> pauses = matter.pauses();
        List<MatterPause> pauseViews = new ArrayList<>();
        for (int i = 0; i < pauses.size(); i++) {
            pauseViews.add(pause(i + 1, pauses.get(i)));
        }
        view.setPauses(pauseViews);
        List<io.onedoor.cases.matter.Extension> extensions = matter.extensions();
        List<Extension> extensionViews = new ArrayList<>();
        for (int i = 0; i < extensions.size(); i++) {
            extensionViews.add(extension(i + 1, extensions.get(i)));
        }
        view.setExtensions(extensionViews);
        view.setPetitionDueAt(matter.petitionDueAt().map(MatterViews::utc).orElse(null));
        // A part's light is that of its clock running now: an assignment's sign-off while it is
        // unsigned, its handling once signed; a lock's until it is resolved. None while paused.
        Map<String, RunningClock> bySubject = new HashMap<>();
        clocks.forEach(clock -> bySubject.putIfAbsent(clock.subject(), clock));
        view.setAmountFen(matter.amountFen().orElse(null));
        view.setPlace(matter.place().orElse(null));
        view.setOccurredOn(matter.occurredOn().orElse(null));
        view.setLeadDepartment(matter.leadDepartment().orElse(null));
        view.setResponseDueAt(
                matter.responseDueAt().map(due -> due.atOffset(ZoneOffset.UTC)).orElse(null));
        view.setClosureDueOn(matter.closureDueOn().orElse(null));
        view.setAssignments(matter.assignments().stream()
                .map(assignment ->
                        assignment(assignment, bySubject.get(assignment.id().toString()), lights, now))
                .toList());
        view.setWhistles(matter.whistles().stream().map(MatterViews::whistle).toList());
        view.setHandlingRecords(matter.handlingRecords().stream()
                .map(record -> new io.onedoor.api.cases.model.HandlingRecord(
                                record.id(),
                                io.onedoor.api.cases.model.HandlingKind.fromValue(
                                        record.kind().name()),
                                record.summary(),
                                record.recordedBy(),
                                utc(record.recordedAt()),
                                record.attachments())
                        .department(record.department().orElse(null)))
                .toList());
        view.setAttachments(
                matter.attachments().stream().map(MatterViews::attachment).toList());
        view.setMediationSessions(
                matter.mediationSessions().stream().map(MatterViews::session).toList());
        view.setOutcome(matter.outcome()
                .map(outcome -> outcome(outcome, matter.instalments(), now))
                .orElse(null));
        view.setLocks(matter.locks().stream()
                .map(lock -> lock(lock, bySubject.get(lock.id().toString()), lights, now))
                .toList());
        view.setJointMeetings(
                matter.jointMeetings().stream().map(MatterViews::jointMeeting).toList());
        view.setAgent(matter.agent().orElse(null));
        view.setClosedAt(matter.closedAt().map(MatterViews::utc).orElse(null));
        view.setClosedOnTime(matter.closedOnTime().orElse(null));
        view.setFollowUpDueOn(matter.followUpDueOn().orElse(null));
        view.setFollowUp(matter.followUp()
                .map(visit -> new io.onedoor.api.cases.model.FollowUp()
                        .satisfaction(
                                Satisfaction.fromValue(visit.satisfaction().name()))
                        .remarks(visit.remarks().orElse(null))
                        .visitedAt(utc(visit.visitedAt())))
                .orElse(null));
        view.setReturnCount(matter.returnCount());
        view.setReopenCount(matter.reopenCount());
        view.setSupervisionRequired(matter.supervisionRequired());
        view.setWithdrawalReason(matter.withdrawalReason().orElse(null));
        view.setNextSteps(matter.nextSteps().stream()
                .map(step -> Step.fromValue(step.name()))
                .toList());
        return view;
    }

    private static io.onedoor.api.cases.model.Assignment assignment(
            io.onedoor.cases.matter.Assignment assignment,
            @Nullable RunningClock clock,
            LightPolicy lights,
            Instant now) {
        return new io.onedoor.api.cases.model.Assignment()
                .light(
                        clock == null
                                ? null
                                : Light.fromValue(lights.lightOf(clock, now).name()))
                .lightDueAt(clock == null ? null : utc(clock.dueAt()))
                .id(assignment.id())
                .department(assignment.department())
                .host(assignment.host().orElse(null))
                .role(AssignmentRole.fromValue(assignment.role().name()))
                .status(AssignmentStatus.fromValue(assignment.status().name()))
                .assignedAt(utc(assignment.assignedAt()))
                .responseDueAt(assignment.responseDueAt().map(MatterViews::utc).orElse(null))
                .handlingDueOn(assignment.handlingDueOn().orElse(null))
                .signedAt(assignment.signedAt().map(MatterViews::utc).orElse(null))
                .signedBy(assignment.signedBy().orElse(null))
                .returnReason(assignment.returnReason().orElse(null))
                .completedAt(assignment.completedAt().map(MatterViews::utc).orElse(null))
                .summary(assignment.summary().orElse(null))
                .unsignedPastDue(assignment.unsignedPastDue(now))
                .nextDutyOn(assignment.nextDutyOn().orElse(null));
    }

    private static io.onedoor.api.cases.model.Whistle whistle(io.onedoor.cases.matter.Whistle whistle) {
        return new io.onedoor.api.cases.model.Whistle()
                .id(whistle.id())
                .department(whistle.department())
                .host(whistle.host().orElse(null))
                .reason(whistle.reason())
                .summonedBy(whistle.summonedBy())
                .summonedFor(whistle.summonedFor().orElse(null))
                .summonedAt(utc(whistle.summonedAt()))
                .arrivalDueAt(utc(whistle.arrivalDueAt()))
                .status(io.onedoor.api.cases.model.WhistleStatus.fromValue(
                        whistle.status().name()))
                .arrivedAt(whistle.arrivedAt().map(MatterViews::utc).orElse(null))
                .arrivedPerson(whistle.arrivedPerson().orElse(null))
                .arrivalRecordedBy(whistle.arrivalRecordedBy().orElse(null))
                .late(whistle.late().orElse(null));
    }

    private static io.onedoor.api.cases.model.Lock lock(
            io.onedoor.cases.matter.Lock lock, @Nullable RunningClock clock, LightPolicy lights, Instant now) {
        return new io.onedoor.api.cases.model.Lock()
                .light(
                        clock == null
                                ? null
                                : Light.fromValue(lights.lightOf(clock, now).name()))
                .id(lock.id())
                .title(lock.title())
                .department(lock.department())
                .workingDays(lock.workingDays())
                .dueOn(lock.dueOn().orElse(null))
                .status(io.onedoor.api.cases.model.LockStatus.fromValue(
                        lock.status().name()))
                .splitAt(utc(lock.splitAt()))
                .splitBy(lock.splitBy())
                .keys(lock.keys().stream()
                        .map(key -> new io.onedoor.api.cases.model.LockKey()
                                .proposal(key.proposal())
                                .department(key.department().orElse(null))
                                .proposedBy(key.proposedBy())
                                .proposedAt(utc(key.proposedAt())))
                        .toList())
                .resolvedAt(lock.resolvedAt().map(MatterViews::utc).orElse(null));
    }

    private static io.onedoor.api.cases.model.JointMeeting jointMeeting(io.onedoor.cases.matter.JointMeeting meeting) {
        return new io.onedoor.api.cases.model.JointMeeting()
                .heldAt(utc(meeting.heldAt()))
                .recordedBy(meeting.recordedBy())
                .participants(meeting.participants())
                .plan(meeting.plan())
                .agent(meeting.agent())
                .settledLocks(meeting.settledLocks());
    }

    /** A file attached to a matter, as the matter and the upload's answer show it. */
    public static io.onedoor.api.cases.model.Attachment attachment(AttachmentInfo file) {
        return new io.onedoor.api.cases.model.Attachment(
                file.id(),
                file.filename(),
                io.onedoor.api.cases.model.Attachment.ContentTypeEnum.fromValue(file.contentType()),
                file.sizeBytes(),
                file.sha256(),
                file.uploadedBy(),
                utc(file.uploadedAt()));
    }

    private static io.onedoor.api.cases.model.MediationSession session(
            io.onedoor.cases.matter.MediationSession session) {
        return new io.onedoor.api.cases.model.MediationSession()
                .id(session.id())
                .round(session.round())
                .mode(MediationMode.fromValue(session.mode().name()))
                .mediator(new Mediator()
                        .name(session.mediator())
                        .department(session.mediatorDepartment().orElse(null)))
                .room(session.room().orElse(null))
                .participants(session.participants())
                .minutes(session.minutes())
                .heldAt(utc(session.heldAt()))
                .recordedBy(session.recordedBy())
                .recordedAt(utc(session.recordedAt()));
    }

    private static io.onedoor.api.cases.model.Outcome outcome(
            io.onedoor.cases.matter.Outcome outcome,
            List<io.onedoor.cases.matter.Instalment> instalments,
            Instant now) {
        LocalDate today = now.atZone(CHINA).toLocalDate();
        List<Instalment> plan = new ArrayList<>();
        for (int i = 0; i < instalments.size(); i++) {
            var instalment = instalments.get(i);
            plan.add(new Instalment()
                    .number(i + 1)
                    .amountFen(instalment.amountFen())
                    .dueOn(instalment.dueOn())
                    .status(instalment.paid() ? InstalmentStatus.PAID : InstalmentStatus.UNPAID)
                    .paidOn(instalment.paidOn().orElse(null))
                    .paidRecordedBy(instalment.paidRecordedBy().orElse(null))
                    .overdue(instalment.overdue(today)));
        }
        return new io.onedoor.api.cases.model.Outcome()
                .kind(OutcomeKind.fromValue(outcome.kind().name()))
                .summary(outcome.summary())
                .amountFen(outcome.amountFen().orElse(null))
                .reason(outcome.reason().orElse(null))
                .instalments(plan.isEmpty() ? null : plan)
                .judicialConfirmation(outcome.court()
                        .map(court -> new JudicialConfirmation()
                                .court(court)
                                .agreementEffectiveOn(
                                        outcome.agreementEffectiveOn().orElse(null))
                                .applyBy(outcome.applyBy().orElse(null))
                                .appliedOn(outcome.confirmationAppliedOn().orElse(null))
                                .appliedLate(outcome.appliedLate().orElse(null))
                                .acceptBy(outcome.acceptBy().orElse(null))
                                .acceptedOn(outcome.confirmationAcceptedOn().orElse(null))
                                .acceptedLate(outcome.acceptedLate().orElse(null))
                                .number(outcome.confirmationNumber().orElse(null)))
                        .orElse(null))
                .recordedAt(utc(outcome.recordedAt()));
    }

    private static MatterPause pause(int number, io.onedoor.cases.matter.Pause pause) {
        return new MatterPause(
                        number,
                        PauseCause.fromValue(pause.waitingOn().name()),
                        pause.reason(),
                        utc(pause.pausedAt()),
                        pause.pausedBy())
                .resumeAt(pause.resumeAt().map(MatterViews::utc).orElse(null))
                .resumedAt(pause.resumedAt().map(MatterViews::utc).orElse(null))
                .resumedBy(pause.resumedBy().orElse(null))
                .pausedWorkingMinutes(pause.pausedWorkingMinutes().orElse(null))
                .pausedWorkingDays(pause.pausedWorkingDays().orElse(null));
    }

    private static Extension extension(int number, io.onedoor.cases.matter.Extension extension) {
        return new Extension(
                        number,
                        ExtensionClock.fromValue(extension.clock().name()),
                        extension.days(),
                        extension.reason(),
                        ExtensionStatus.fromValue(extension.status().name()),
                        utc(extension.requestedAt()),
                        extension.requestedBy())
                .decidedAt(extension.decidedAt().map(MatterViews::utc).orElse(null))
                .decidedBy(extension.decidedBy().orElse(null))
                .remarks(extension.remarks().orElse(null))
                .previousDueAt(extension.previousDueAt().map(MatterViews::utc).orElse(null))
                .newDueAt(extension.newDueAt().map(MatterViews::utc).orElse(null));
    }

    /** The worst light of the clocks running now; GREEN when none runs. */
    private static Light light(List<RunningClock> clocks, LightPolicy lights, Instant now) {
        return Light.fromValue(io.onedoor.cases.matter.Light.worst(
                        clocks.stream().map(clock -> lights.lightOf(clock, now)).toList())
                .name());
    }

    private static MatterClock clock(RunningClock clock, LightPolicy lights, Instant now) {
        return new MatterClock(
                        ClockKind.fromValue(clock.kind().name()),
                        ClockFamily.fromValue(clock.family().name()),
                        clock.subject(),
                        utc(clock.startedAt()),
                        utc(clock.dueAt()),
                        utc(lights.yellowAt(clock)),
                        Light.fromValue(lights.lightOf(clock, now).name()))
                .department(clock.department());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The matter as a list shows it, with personal data masked: only what the ledger loaded with
     * its page (the row, its parties, assignments, whistles, locks and instalments) is read.
     */
    static MatterSummary summary(Matter matter, LightPolicy lights, Instant now) {
        var view = new MatterSummary(
                matter.id().value(),
                matter.code().value(),
                MatterStatus.fromValue(matter.status().name()),
                Channel.fromValue(matter.channel().name()),
                matter.category().value(),
                matter.orgUnit().value(),
                parties(matter, true),
                matter.registeredAt().atOffset(ZoneOffset.UTC),
                Complexity.fromValue(matter.complexity().name()),
                light(matter.runningClocks(), lights, now));
        view.setPaused(matter.paused());
        view.setAmountFen(matter.amountFen().orElse(null));
        // What a list needs to sort and light deadlines (亮灯) without opening each matter.
        view.setLeadDepartment(matter.leadDepartment().orElse(null));
        view.setClosureDueOn(matter.closureDueOn().orElse(null));
        view.setHolders(matter.holders());
        view.setUnsignedPastDue(matter.unsignedPastDue(now));
        view.setNextDueAt(matter.nextDueAt().map(MatterViews::utc).orElse(null));
        return view;
    }

    private static List<Party> parties(Matter matter, boolean masked) {
        return matter.parties().stream()
                .map(party -> new Party(
                                PartyKind.fromValue(party.kind().name()),
                                PartyRole.fromValue(party.role().name()),
                                party.name())
                        .idNumber(party.idNumber()
                                .map(masked ? IdNumber::masked : IdNumber::value)
                                .orElse(null))
                        .phone(party.phone()
                                .map(masked ? PhoneNumber::masked : PhoneNumber::value)
                                .orElse(null)))
                .toList();
    }
}
