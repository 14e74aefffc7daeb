package io.onedoor.tenants.registry;

import io.onedoor.api.tenants.model.TenantOnboarding;
import io.onedoor.support.web.BodyFindings;
import io.onedoor.support.web.Problems.FieldProblem;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Adds the broken business rules to an onboarding request's shape problems, so the operator sees
 * everything to fix in one answer. The rules run only when the fields they read have the right
 * shape; the shape problems already name the others.
 */
@Component
class OnboardingFindings implements BodyFindings {

    private static final Pattern SIX_DIGITS = Pattern.compile("^[0-9]{6}$");

    private final OnboardingRules rules;

    OnboardingFindings(OnboardingRules rules) {
        this.rules = rules;
    }

    @Override
    public List<FieldProblem> findings(Object body) {
        if (!(body instanceof TenantOnboarding onboarding) || !checkable(onboarding)) {
            return List.of();
        }
        return rules.check(OnboardingRequest.from(onboarding));
    }

    private static boolean checkable(TenantOnboarding body) {
        return body.getCode() != null
                && body.getName() != null
                && body.getLevel() != null
                && body.getTemplate() != null
                && body.getDivisionCode() != null
                && SIX_DIGITS.matcher(body.getDivisionCode()).matches()
                && body.getProvinceCode() != null
                && SIX_DIGITS.matcher(body.getProvinceCode()).matches();
    }
}
