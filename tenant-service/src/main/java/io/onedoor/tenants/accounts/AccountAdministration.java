package io.onedoor.tenants.accounts;

import io.onedoor.support.access.AccessFacts;
import io.onedoor.support.access.Caller;
import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a center's accounts, each audited in its own transaction. Who may call is the spec's
 * rule (a tenant admin of the center, or an operator of its province); what they may do is decided
 * here: an operator manages only the center's admins, and an admin cannot lock themselves out of
 * administering the center.
 */
@Service
class AccountAdministration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccessFacts facts;
    private final CurrentConfiguration configuration;
    private final AuditLog audit;

    AccountAdministration(
            AccountRepository accounts,
            PasswordEncoder passwords,
            AccessFacts facts,
            CurrentConfiguration configuration,
            AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.facts = facts;
        this.configuration = configuration;
        this.audit = audit;
    }

    /** What a new account is to be. */
    record NewAccount(
            String username,
            String displayName,
            Set<Role> roles,
            @Nullable String orgUnitCode,
            @Nullable String department,
            @Nullable String departmentCode,
            String password) {}

    @Transactional
    public Account create(String tenant, NewAccount request, Caller caller) {
        String province = facts.provinceOfTenant(tenant).orElseThrow(AccountAdministration::tenantNotFound);
        if (!actsAsAdminOf(caller, tenant) && !request.roles().equals(EnumSet.of(Role.TENANT_ADMIN))) {
            throw forbiddenRoles();
        }
        String login = request.username() + "@" + tenant;
        List<FieldProblem> problems = new ArrayList<>();
        PasswordPolicy.check(request.password(), login)
                .ifPresent(why -> problems.add(new FieldProblem("password", why)));
        checkOrgUnit(tenant, request.roles(), request.orgUnitCode(), request.orgUnitCode(), problems);
        checkDepartment(tenant, request.departmentCode(), problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        if (accounts.existsByLogin(login)) {
            throw loginTaken();
        }
        Account account = Account.ofCenter(
                tenant,
                province,
                request.username(),
                request.displayName(),
                request.roles(),
                request.orgUnitCode(),
                request.department(),
                request.departmentCode(),
                passwords.encode(request.password()),
                Instant.now());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Another request took the login between the check and the insert.
            throw loginTaken();
        }
        audit.record(
                AuditEntry.of("account.created", tenant, province, account.id().toString())
                        .after(account.auditState()));
        return account;
    }

    @Transactional
    public Account changeRoles(
            String tenant,
            UUID id,
            Set<Role> roles,
            @Nullable String orgUnitCode,
            @Nullable String ifMatch,
            Caller caller) {
        return change(tenant, id, ifMatch, caller, "account.roles-changed", account -> {
            if (!actsAsAdminOf(caller, tenant) && !roles.equals(EnumSet.of(Role.TENANT_ADMIN))) {
                throw forbiddenRoles();
            }
            List<FieldProblem> problems = new ArrayList<>();
            checkOrgUnit(
                    tenant, roles, orgUnitCode, orgUnitCode != null ? orgUnitCode : account.orgUnitCode(), problems);
            if (isSelf(caller, account) && !roles.contains(Role.TENANT_ADMIN)) {
                problems.add(new FieldProblem(
                        "roles", "must keep TENANT_ADMIN on your own account, so the center keeps an admin"));
            }
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
            account.changeRoles(roles, orgUnitCode);
        });
    }

    /** Names the department the person works for; none removes it. */
    @Transactional
    public Account changeDepartment(
            String tenant, UUID id, @Nullable String departmentCode, @Nullable String ifMatch, Caller caller) {
        return change(tenant, id, ifMatch, caller, "account.department-changed", account -> {
            List<FieldProblem> problems = new ArrayList<>();
            checkDepartment(tenant, departmentCode, problems);
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
            account.changeDepartment(departmentCode);
        });
    }

    @Transactional
    public Account lock(String tenant, UUID id, @Nullable String ifMatch, Caller caller) {
        return change(tenant, id, ifMatch, caller, "account.locked", account -> {
            if (isSelf(caller, account)) {
                throw ProblemException.of(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "own-account",
                        "Not on your own account",
                        "An administrator cannot lock their own account.");
            }
            account.lock();
        });
    }

    @Transactional
    public Account unlock(String tenant, UUID id, @Nullable String ifMatch, Caller caller) {
        return change(tenant, id, ifMatch, caller, "account.unlocked", Account::unlock);
    }

    @Transactional
    public void setPassword(String tenant, UUID id, String password, Caller caller) {
        Account account = manageable(tenant, id, caller);
        PasswordPolicy.check(password, account.login()).ifPresent(why -> {
            throw invalid(List.of(new FieldProblem("password", why)));
        });
        account.changePasswordHash(passwords.encode(password));
        accounts.saveAndFlush(account);
        // What changed is the secret itself, which is never recorded: the event says only that it did.
        audit.record(AuditEntry.of("account.password-set", tenant, account.provinceCode(), id.toString())
                .after(Map.of("login", account.login())));
    }

    /**
     * Applies one change under the ETag the caller read, and audits it when it changed anything
     * (locking a locked account again is no change).
     */
    private Account change(
            String tenant, UUID id, @Nullable String ifMatch, Caller caller, String action, Consumer<Account> change) {
        Account account = manageable(tenant, id, caller);
        if (!EntityTags.matches(ifMatch, account.version())) {
            throw ProblemException.of(
                    HttpStatus.PRECONDITION_FAILED,
                    "precondition-failed",
                    "Account changed",
                    "The account changed since it was read; read it again and retry with its ETag.");
        }
        Map<String, Object> before = account.auditState();
        change.accept(account);
        Map<String, Object> after = account.auditState();
        if (before.equals(after)) {
            return account;
        }
        accounts.saveAndFlush(account);
        audit.record(AuditEntry.of(action, tenant, account.provinceCode(), id.toString())
                .before(before)
                .after(after));
        return account;
    }

    /** The account, if it is of this center and the caller may manage it. */
    private Account manageable(String tenant, UUID id, Caller caller) {
        Account account =
                accounts.findByIdAndTenantCode(id, tenant).orElseThrow(AccountAdministration::accountNotFound);
        if (!actsAsAdminOf(caller, tenant) && !account.roles().equals(EnumSet.of(Role.TENANT_ADMIN))) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN,
                    "forbidden",
                    "Forbidden",
                    "A provincial operator manages only the accounts of a center's admins.");
        }
        return account;
    }

    private void checkOrgUnit(
            String tenant,
            Set<Role> roles,
            @Nullable String given,
            @Nullable String resulting,
            List<FieldProblem> problems) {
        if (given != null && !configuration.hasActiveUnit(tenant, given)) {
            problems.add(new FieldProblem("orgUnitCode", "is not an active org unit of the center"));
        } else if (resulting == null && roles.stream().anyMatch(Role.IN_AN_ORG_UNIT::contains)) {
            problems.add(new FieldProblem("orgUnitCode", "is required for STAFF and SUPERVISOR"));
        }
    }

    private void checkDepartment(String tenant, @Nullable String code, List<FieldProblem> problems) {
        if (code != null && !configuration.hasStationed(tenant, code)) {
            problems.add(
                    new FieldProblem("departmentCode", "is not a department the center's configuration has stationed"));
        }
    }

    /** True for the center's own admin; otherwise the caller is an operator of its province. */
    static boolean actsAsAdminOf(Caller caller, String tenant) {
        return caller.hasRole(Role.TENANT_ADMIN.name()) && tenant.equals(caller.tenant());
    }

    private static boolean isSelf(Caller caller, Account account) {
        return account.id().toString().equals(caller.subject());
    }

    private static ProblemException invalid(List<FieldProblem> problems) {
        return ProblemException.fields(
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid-account", "Account request breaks a rule", problems);
    }

    private static ProblemException forbiddenRoles() {
        return ProblemException.fields(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                List.of(new FieldProblem("roles", "a provincial operator may only grant TENANT_ADMIN")));
    }

    private static ProblemException loginTaken() {
        return ProblemException.fields(
                HttpStatus.CONFLICT,
                "login-taken",
                "Login is taken",
                List.of(new FieldProblem("username", "is already the login of an account of this center")));
    }

    static ProblemException accountNotFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "account-not-found", "Unknown account", "No such account.");
        problem.setInstance(URI.create("/api/v1/tenants"));
        return new ProblemException(problem);
    }

    private static ProblemException tenantNotFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "tenant-not-found", "Unknown tenant", "No such tenant.");
        problem.setInstance(URI.create("/api/v1/tenants"));
        return new ProblemException(problem);
    }
}
