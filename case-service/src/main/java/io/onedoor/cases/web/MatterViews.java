package io.onedoor.cases.web;

import io.onedoor.api.cases.model.Channel;
import io.onedoor.api.cases.model.Complexity;
import io.onedoor.api.cases.model.MatterStatus;
import io.onedoor.api.cases.model.MatterSummary;
import io.onedoor.api.cases.model.Party;
import io.onedoor.api.cases.model.PartyKind;
import io.onedoor.api.cases.model.PartyRole;
import io.onedoor.cases.matter.IdNumber;
import io.onedoor.cases.matter.Matter;
import io.onedoor.cases.matter.PhoneNumber;
import io.onedoor.support.tenancy.TenantCode;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Shows matters in the API's shapes: in full for one matter, with ID and phone numbers masked in
 * lists. Entities stop here; only API models leave the service.
 */
final class MatterViews {

    private MatterViews() {}

    static io.onedoor.api.cases.model.Matter full(TenantCode tenant, Matter matter) {
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
                matter.version());
        view.setAmountFen(matter.amountFen().orElse(null));
        view.setPlace(matter.place().orElse(null));
        view.setOccurredOn(matter.occurredOn().orElse(null));
        view.setLeadDepartment(matter.leadDepartment().orElse(null));
        view.setResponseDueAt(
                matter.responseDueAt().map(due -> due.atOffset(ZoneOffset.UTC)).orElse(null));
        view.setClosureDueOn(matter.closureDueOn().orElse(null));
        return view;
    }

    static MatterSummary summary(Matter matter) {
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
