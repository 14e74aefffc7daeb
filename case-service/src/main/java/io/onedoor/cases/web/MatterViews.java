package io.onedoor.cases.web;

import io.onedoor.api.cases.model.AssignmentRole;
import io.onedoor.api.cases.model.AssignmentStatus;
import io.onedoor.api.cases.model.Channel;
import io.onedoor.api.cases.model.Complexity;
import io.onedoor.api.cases.model.MatterStatus;
import io.onedoor.api.cases.model.MatterSummary;
import io.onedoor.api.cases.model.OutcomeKind;
import io.onedoor.api.cases.model.Party;
import io.onedoor.api.cases.model.PartyKind;
import io.onedoor.api.cases.model.PartyRole;
import io.onedoor.api.cases.model.Satisfaction;
import io.onedoor.api.cases.model.Step;
import io.onedoor.cases.matter.IdNumber;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.PhoneNumber;
import io.onedoor.support.tenancy.TenantCode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Shows matters in the API's shapes: in full for one matter, with ID and phone numbers masked in
 * lists. Entities stop here; only API models leave the service.
 */
public final class MatterViews {

    private MatterViews() {}

    /** The matter in full, as one matter is shown to whoever may read it, as it stands at {@code now}. */
    public static io.onedoor.api.cases.model.Matter full(TenantCode tenant, Matter matter, Instant now) {
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
                matter.returnCount(),
                matter.reopenCount(),
                matter.supervisionRequired(),
                List.of(),
                matter.version());
        view.setAmountFen(matter.amountFen().orElse(null));
        view.setPlace(matter.place().orElse(null));
        view.setOccurredOn(matter.occurredOn().orElse(null));
        view.setLeadDepartment(matter.leadDepartment().orElse(null));
        view.setResponseDueAt(
                matter.responseDueAt().map(due -> due.atOffset(ZoneOffset.UTC)).orElse(null));
        view.setClosureDueOn(matter.closureDueOn().orElse(null));
        view.setAssignments(matter.assignments().stream()
                .map(assignment -> assignment(assignment, now))
                .toList());
        view.setWhistles(matter.whistles().stream().map(MatterViews::whistle).toList());
        view.setLocks(matter.locks().stream().map(MatterViews::lock).toList());
        view.setJointMeetings(
                matter.jointMeetings().stream().map(MatterViews::jointMeeting).toList());
        view.setAgent(matter.agent().orElse(null));
        view.setOutcome(matter.outcome().map(MatterViews::outcome).orElse(null));
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
            io.onedoor.cases.matter.Assignment assignment, Instant now) {
        return new io.onedoor.api.cases.model.Assignment()
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
                .unsignedPastDue(assignment.unsignedPastDue(now));
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

    private static io.onedoor.api.cases.model.Lock lock(io.onedoor.cases.matter.Lock lock) {
        return new io.onedoor.api.cases.model.Lock()
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

    private static io.onedoor.api.cases.model.Outcome outcome(io.onedoor.cases.matter.Outcome outcome) {
        return new io.onedoor.api.cases.model.Outcome()
                .kind(OutcomeKind.fromValue(outcome.kind().name()))
                .summary(outcome.summary())
                .amountFen(outcome.amountFen().orElse(null))
                .reason(outcome.reason().orElse(null))
                .recordedAt(utc(outcome.recordedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static MatterSummary summary(Matter matter, Instant now) {
        var view = new MatterSummary(
                matter.id().value(),
                matter.code().value(),
                MatterStatus.fromValue(matter.status().name()),
                Channel.fromValue(matter.channel().name()),
                matter.category().value(),
                matter.orgUnit().value(),
                parties(matter, true),
                matter.registeredAt().atOffset(ZoneOffset.UTC),
                Complexity.fromValue(matter.complexity().name()));
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
