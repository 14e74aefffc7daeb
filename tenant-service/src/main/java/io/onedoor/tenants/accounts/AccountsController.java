package io.onedoor.tenants.accounts;

import io.onedoor.api.identity.AccountsApi;
import io.onedoor.api.identity.model.AccountCreation;
import io.onedoor.api.identity.model.AccountPage;
import io.onedoor.api.identity.model.DepartmentChange;
import io.onedoor.api.identity.model.PasswordChange;
import io.onedoor.api.identity.model.RoleChange;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems.FieldProblem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The accounts of a center, as {@code identity.yaml} defines them. */
@RestController
class AccountsController implements AccountsApi {

    private static final String CURSOR_PREFIX = "l1:";

    private final AccountAdministration administration;
    private final AccountRepository accounts;

    AccountsController(AccountAdministration administration, AccountRepository accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    @Override
    public ResponseEntity<io.onedoor.api.identity.model.Account> createAccount(String tenant, AccountCreation body) {
        Account account = administration.create(
                tenant,
                new AccountAdministration.NewAccount(
                        body.getUsername(),
                        body.getDisplayName(),
                        roles(body.getRoles()),
                        blankToNull(body.getOrgUnitCode()),
                        blankToNull(body.getDepartment()),
                        blankToNull(body.getDepartmentCode()),
                        body.getPassword()),
                RequestCaller.require());
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/accounts/" + account.id()))
                .eTag(EntityTags.of(account.version()))
                .body(toModel(account));
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<AccountPage> listAccounts(String tenant, Integer limit, @Nullable String cursor) {
        String after = cursor == null ? "" : decode(cursor);
        List<Account> found = accounts.findPage(tenant, after, Limit.of(limit + 1));
        AccountPage page = new AccountPage(new ArrayList<>());
        found.stream().limit(limit).map(AccountsController::toModel).forEach(page::addItemsItem);
        if (found.size() > limit) {
            page.setNextCursor(encode(found.get(limit - 1).login()));
        }
        return ResponseEntity.ok(page);
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<io.onedoor.api.identity.model.Account> getAccount(String tenant, UUID accountId) {
        Account account =
                accounts.findByIdAndTenantCode(accountId, tenant).orElseThrow(AccountAdministration::accountNotFound);
        return withEtag(account);
    }

    @Override
    public ResponseEntity<io.onedoor.api.identity.model.Account> changeAccountRoles(
            String tenant, UUID accountId, RoleChange body, @Nullable String ifMatch) {
        return withEtag(administration.changeRoles(
                tenant,
                accountId,
                roles(body.getRoles()),
                blankToNull(body.getOrgUnitCode()),
                ifMatch,
                RequestCaller.require()));
    }

    @Override
    public ResponseEntity<io.onedoor.api.identity.model.Account> changeAccountDepartment(
            String tenant, UUID accountId, DepartmentChange body, @Nullable String ifMatch) {
        return withEtag(administration.changeDepartment(
                tenant, accountId, blankToNull(body.getDepartmentCode()), ifMatch, RequestCaller.require()));
    }

    @Override
    public ResponseEntity<io.onedoor.api.identity.model.Account> lockAccount(
            String tenant, UUID accountId, @Nullable String ifMatch) {
        return withEtag(administration.lock(tenant, accountId, ifMatch, RequestCaller.require()));
    }

    @Override
    public ResponseEntity<io.onedoor.api.identity.model.Account> unlockAccount(
            String tenant, UUID accountId, @Nullable String ifMatch) {
        return withEtag(administration.unlock(tenant, accountId, ifMatch, RequestCaller.require()));
    }

    @Override
    public ResponseEntity<Void> setAccountPassword(String tenant, UUID accountId, PasswordChange body) {
        administration.setPassword(tenant, accountId, body.getPassword(), RequestCaller.require());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<io.onedoor.api.identity.model.Account> withEtag(Account account) {
        return ResponseEntity.ok().eTag(EntityTags.of(account.version())).body(toModel(account));
    }

    static io.onedoor.api.identity.model.Account toModel(Account account) {
        Instant now = Instant.now();
        // Only a lock-out ends by itself; an administrator's lock lasts until it is lifted.
        Instant lockedUntil =
                account.isLockedOut(now) && !account.isLockedByAdministrator() ? account.lockedUntil() : null;
        List<io.onedoor.api.identity.model.Role> roles = new ArrayList<>();
        account.roles().stream()
                .filter(Role.OF_A_CENTER::contains)
                .map(role -> io.onedoor.api.identity.model.Role.valueOf(role.name()))
                .forEach(roles::add);
        return new io.onedoor.api.identity.model.Account(
                        account.id(),
                        account.login(),
                        account.username(),
                        account.displayName(),
                        String.valueOf(account.tenantCode()),
                        String.valueOf(account.provinceCode()),
                        roles,
                        account.isLocked(now),
                        account.version(),
                        OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
                .orgUnitCode(account.orgUnitCode())
                .department(account.department())
                .departmentCode(account.departmentCode())
                .lockedUntil(lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
    }

    private static Set<Role> roles(Collection<io.onedoor.api.identity.model.Role> roles) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(role -> result.add(Role.valueOf(role.name())));
        return result;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A cursor after this login; lists of operators page the same way. */
    static String encode(String login) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + login).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                return text.substring(CURSOR_PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // Answered below like any other cursor this list did not issue.
        }
        throw ProblemException.fields(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Request is not valid",
                List.of(new FieldProblem("cursor", "is not a cursor this list issued")));
    }
}
