package io.onedoor.cases.web;

import io.onedoor.api.cases.model.MatterRegistration;
import io.onedoor.cases.configuration.ConfigurationSnapshots;
import io.onedoor.support.tenancy.CurrentTenant;
import io.onedoor.support.web.BodyFindings;
import io.onedoor.support.web.Problems.FieldProblem;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The domain's checks of a registration (such as a resident ID number's check digit, or a
 * category the center does not have), added to
 * the bean-validation problems of the same request so that one answer names everything to fix.
 */
@Component
class RegistrationFindings implements BodyFindings {

    private final ConfigurationSnapshots configurations;

    RegistrationFindings(ConfigurationSnapshots configurations) {
        this.configurations = configurations;
    }

    @Override
    public List<FieldProblem> findings(Object body) {
        return body instanceof MatterRegistration registration
                ? RegistrationReader.fieldProblems(
                        registration, () -> CurrentTenant.get().flatMap(configurations::ifReadable))
                : List.of();
    }
}
