package io.onedoor.cases.triage;

import io.onedoor.api.cases.TriageApi;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MatterTriage;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.matter.CategoryCode;
import io.onedoor.cases.matter.Complexity;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.web.StepEndpoint;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage (分流) over HTTP: the category confirmed or changed, the class with it, and the terms
 * recounted from the matter's registration on the center's standard path.
 */
@RestController
class TriageController implements TriageApi {

    private final StepEndpoint steps;

    TriageController(StepEndpoint steps) {
        this.steps = steps;
    }

    @Override
    public ResponseEntity<Matter> triageMatter(
            String tenant,
            UUID matterId,
            MatterTriage triage,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        CategoryCode asked = triage.getCategoryCode() == null ? null : new CategoryCode(triage.getCategoryCode());
        Complexity complexity = triage.getComplexity() == null
                ? null
                : Complexity.valueOf(triage.getComplexity().getValue());
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "triageMatter", List.of(matterId), triage),
                (current, actor, now) -> {
                    CategoryCode category = asked == null ? current.category() : asked;
                    if (!category.equals(current.category())) {
                        var refusals = center.refusals(category, null);
                        if (!refusals.isEmpty()) {
                            throw new StepRefusedException(
                                    "categoryCode", refusals.getFirst().message());
                        }
                    } else if (center.standardPath(category.value()).isEmpty()) {
                        throw new StepRefusedException(
                                "categoryCode",
                                "the matter's category is no longer one of this center; choose another");
                    }
                    var terms = center.termsFor(
                            category,
                            current.amountFen().orElse(null),
                            current.parties().size(),
                            complexity,
                            current.registeredAt());
                    current.triage(category, terms, triage.getReason(), actor, now);
                });
    }
}
