package io.onedoor.tenants.accounts;

import io.onedoor.api.identity.OperatorsApi;
import io.onedoor.api.identity.model.IssuedOperator;
import io.onedoor.api.identity.model.Operator;
import io.onedoor.api.identity.model.OperatorCreation;
import io.onedoor.api.identity.model.OperatorPage;
import io.onedoor.support.web.EntityTags;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Provincial operators, as {@code identity.yaml} defines them: platform administrators only. */
@RestController
class OperatorsController implements OperatorsApi {

    private final Operators operators;

    OperatorsController(Operators operators) {
        this.operators = operators;
    }

    @Override
    public ResponseEntity<IssuedOperator> createOperator(String province, OperatorCreation body) {
        Operators.Issued issued = operators.create(province, body.getUsername(), body.getDisplayName());
        Account operator = issued.operator();
        return ResponseEntity.created(URI.create("/api/v1/provinces/" + province + "/operators/" + operator.id()))
                .eTag(EntityTags.of(operator.version()))
                .body(issued(issued));
    }

    @Override
    public ResponseEntity<OperatorPage> listOperators(String province, Integer limit, @Nullable String cursor) {
        String after = cursor == null ? "" : AccountsController.decode(cursor);
        List<Account> found = operators.page(province, after, limit + 1);
        OperatorPage page = new OperatorPage(new ArrayList<>());
        found.stream().limit(limit).map(OperatorsController::toModel).forEach(page::addItemsItem);
        if (found.size() > limit) {
            page.setNextCursor(AccountsController.encode(found.get(limit - 1).login()));
        }
        return ResponseEntity.ok(page);
    }

    @Override
    public ResponseEntity<Operator> getOperator(String province, UUID operatorId) {
        return withEtag(operators.get(province, operatorId));
    }

    @Override
    public ResponseEntity<Operator> lockOperator(String province, UUID operatorId, @Nullable String ifMatch) {
        return withEtag(operators.lock(province, operatorId, ifMatch));
    }

    @Override
    public ResponseEntity<Operator> unlockOperator(String province, UUID operatorId, @Nullable String ifMatch) {
        return withEtag(operators.unlock(province, operatorId, ifMatch));
    }

    @Override
    public ResponseEntity<IssuedOperator> resetOperatorPassword(String province, UUID operatorId) {
        return ResponseEntity.ok(issued(operators.resetPassword(province, operatorId)));
    }

    private static ResponseEntity<Operator> withEtag(Account operator) {
        return ResponseEntity.ok().eTag(EntityTags.of(operator.version())).body(toModel(operator));
    }

    private static Operator toModel(Account operator) {
        Instant now = Instant.now();
        // Only a lock-out ends by itself; a platform administrator's lock lasts until it is lifted.
        Instant lockedUntil =
                operator.isLockedOut(now) && !operator.isLockedByAdministrator() ? operator.lockedUntil() : null;
        return new Operator(
                        operator.id(),
                        operator.login(),
                        operator.username(),
                        operator.displayName(),
                        String.valueOf(operator.provinceCode()),
                        operator.isLocked(now),
                        operator.version(),
                        OffsetDateTime.ofInstant(operator.createdAt(), ZoneOffset.UTC))
                .lockedUntil(lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
    }

    private static IssuedOperator issued(Operators.Issued issued) {
        Account operator = issued.operator();
        return new IssuedOperator(
                operator.id(),
                operator.login(),
                operator.username(),
                operator.displayName(),
                String.valueOf(operator.provinceCode()),
                operator.isLocked(Instant.now()),
                operator.version(),
                OffsetDateTime.ofInstant(operator.createdAt(), ZoneOffset.UTC),
                issued.password());
    }
}
