package io.onedoor.tenants.registry;

import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.TenantLevel;
import io.onedoor.tenants.configuration.Template;
import io.onedoor.tenants.configuration.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The business rules a new tenant must satisfy, beyond the shape the contract already checks.
 * Every broken rule is reported, each naming its field, so the operator fixes them in one go.
 */
@Component
class OnboardingRules {

    private final TenantRepository tenants;
    private final Templates templates;

    OnboardingRules(TenantRepository tenants, Templates templates) {
        this.tenants = tenants;
        this.templates = templates;
    }

    /** The broken rules (answered 422); empty when the request may be registered. */
    List<FieldProblem> check(OnboardingRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!TenantCode.isValid(request.code())) {
            problems.add(new FieldProblem("code", "is reserved for the platform"));
        }
        boolean provinceKnown = Division.isProvince(request.provinceCode());
        if (!provinceKnown) {
            problems.add(new FieldProblem("provinceCode", "is not a GB/T 2260 province-level code"));
        }
        Division division = request.division();
        if (provinceKnown && !division.liesIn(request.provinceCode())) {
            problems.add(new FieldProblem("divisionCode", "does not lie in the province " + request.provinceCode()));
        }
        switch (request.level()) {
            case CITY -> checkCity(request, division, problems);
            case COUNTY -> checkCounty(request, division, problems);
        }
        checkTemplate(request, problems);
        return problems;
    }

    /** A division already held by another tenant (answered 409), checked once the rules pass. */
    Optional<FieldProblem> conflict(OnboardingRequest request) {
        return tenants.existsByDivisionCode(request.divisionCode())
                ? Optional.of(new FieldProblem("divisionCode", "is already the division of another tenant"))
                : Optional.empty();
    }

    private static void checkCity(OnboardingRequest request, Division division, List<FieldProblem> problems) {
        if (!division.isCityLevel()) {
            problems.add(new FieldProblem(
                    "divisionCode", "is not a city-level code: a city's code ends in 00 but not in 0000"));
        }
        if (request.parentCode() != null) {
            problems.add(new FieldProblem("parentCode", "must be absent: a city has no parent tenant"));
        }
    }

    private void checkCounty(OnboardingRequest request, Division division, List<FieldProblem> problems) {
        if (!division.isCountyLevel()) {
            problems.add(
                    new FieldProblem("divisionCode", "is not a county-level code: a county's code ends not in 00"));
        }
        String parentCode = request.parentCode();
        if (parentCode == null) {
            if (!division.isAdministeredByProvince()) {
                problems.add(new FieldProblem(
                        "parentCode",
                        "is required: only counties administered directly by the province (xx90xx) have no city"));
            }
            return;
        }
        Optional<Tenant> parent = TenantCode.parse(parentCode).flatMap(code -> tenants.findById(code.value()));
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("parentCode", "names no tenant"));
        } else if (parent.get().level() != TenantLevel.CITY) {
            problems.add(new FieldProblem("parentCode", "is not a city: a county belongs to a city tenant"));
        } else if (!parent.get().provinceCode().equals(request.provinceCode())) {
            problems.add(new FieldProblem("parentCode", "is a city of another province"));
        } else if (!parent.get().division().contains(division)) {
            problems.add(new FieldProblem(
                    "parentCode", "is a city whose division does not contain the county's division code"));
        }
    }

    private void checkTemplate(OnboardingRequest request, List<FieldProblem> problems) {
        Optional<Template> template = templates.find(request.template());
        if (template.isEmpty() || !template.get().visibleTo(request.provinceCode())) {
            problems.add(new FieldProblem("template", "names no template; known: " + templates.names()));
        } else if (!template.get().isFor(request.level())) {
            problems.add(new FieldProblem(
                    "template", "is meant for " + template.get().level() + " centers, not " + request.level()));
        }
    }
}
