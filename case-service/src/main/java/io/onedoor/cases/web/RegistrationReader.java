package io.onedoor.cases.web;

import io.onedoor.api.cases.model.MatterRegistration;
import io.onedoor.api.cases.model.PartyInput;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.matter.CategoryCode;
import io.onedoor.cases.matter.Channel;
import io.onedoor.cases.matter.IdNumber;
import io.onedoor.cases.matter.InvalidValueException;
import io.onedoor.cases.matter.MatterIntake;
import io.onedoor.cases.matter.OrgUnitCode;
import io.onedoor.cases.matter.Party;
import io.onedoor.cases.matter.PartyKind;
import io.onedoor.cases.matter.PartyRole;
import io.onedoor.cases.matter.PhoneNumber;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Reads a registration request into the domain's intake. Each value is handed to its value
 * object on its own, so every value a domain rule refuses is reported with its place in the
 * request (such as {@code parties[1].idNumber}), not only the first.
 */
final class RegistrationReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    private RegistrationReader() {}

    /**
     * The intake; a 400 problem listing every field a domain rule refuses, and with them the
     * codes the center's configuration does not have (alone, those are the intake's 422).
     */
    static MatterIntake read(MatterRegistration request, Supplier<Optional<CenterConfiguration>> center) {
        var reader = new RegistrationReader();
        var category = reader.check("categoryCode", request.getCategoryCode(), CategoryCode::new);
        var orgUnit = reader.check("orgUnitCode", request.getOrgUnitCode(), OrgUnitCode::new);
        var parties = reader.parties(request);
        if (!reader.problems.isEmpty() || category == null || orgUnit == null) {
            center.get().ifPresent(c -> reader.problems.addAll(c.refusals(category, orgUnit)));
            throw invalid(reader.problems);
        }
        try {
            return new MatterIntake(
                    Channel.valueOf(request.getChannel().getValue()),
                    category,
                    request.getDescription(),
                    request.getAmountFen(),
                    orgUnit,
                    request.getPlace(),
                    request.getOccurredOn(),
                    parties);
        } catch (InvalidValueException e) {
            // Bean validation of the request has refused these already; this is the domain's backstop.
            throw invalid(List.of(new FieldProblem("body", e.getMessage())));
        }
    }

    /**
     * What the domain rules find wrong in the request's fields, for a request that bean
     * validation has refused too, so that one answer lists both. Fields the request lacks are
     * skipped: bean validation reports them. The codes the center's configuration does not have
     * are among them.
     */
    static List<FieldProblem> fieldProblems(
            MatterRegistration request, Supplier<Optional<CenterConfiguration>> center) {
        var reader = new RegistrationReader();
        var category = reader.check("categoryCode", request.getCategoryCode(), CategoryCode::new);
        var orgUnit = reader.check("orgUnitCode", request.getOrgUnitCode(), OrgUnitCode::new);
        reader.parties(request);
        center.get().ifPresent(c -> reader.problems.addAll(c.refusals(category, orgUnit)));
        return List.copyOf(reader.problems);
    }

    private List<Party> parties(MatterRegistration request) {
        List<Party> parties = new ArrayList<>();
        List<PartyInput> inputs = request.getParties() == null ? List.of() : request.getParties();
        for (int i = 0; i < inputs.size(); i++) {
            Party party = party("parties[" + i + "]", inputs.get(i));
            if (party != null) {
                parties.add(party);
            }
        }
        return parties;
    }

    private @Nullable Party party(String path, @Nullable PartyInput input) {
        if (input == null || input.getKind() == null) {
            return null;
        }
        PartyKind kind = PartyKind.valueOf(input.getKind().getValue());
        IdNumber idNumber = check(path + ".idNumber", input.getIdNumber(), value -> IdNumber.of(kind, value));
        PhoneNumber phone = check(path + ".phone", input.getPhone(), PhoneNumber::new);
        boolean refused =
                (input.getIdNumber() != null && idNumber == null) || (input.getPhone() != null && phone == null);
        if (refused || input.getRole() == null || input.getName() == null) {
            return null;
        }
        return check(
                path + ".name",
                input.getName(),
                name -> new Party(kind, PartyRole.valueOf(input.getRole().getValue()), name, idNumber, phone));
    }

    private <T> @Nullable T check(String field, @Nullable String value, Function<String, T> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (InvalidValueException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private static ProblemException invalid(List<FieldProblem> problems) {
        return ProblemException.fields(HttpStatus.BAD_REQUEST, "validation", "Request is not valid", problems);
    }
}
