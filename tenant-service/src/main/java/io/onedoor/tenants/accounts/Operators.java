package io.onedoor.tenants.accounts;

import io.onedoor.support.web.EntityTags;
import io.onedoor.support.web.ProblemException;
import io.onedoor.support.web.Problems;
import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.audit.AuditEntry;
import io.onedoor.tenants.audit.AuditLog;
import io.onedoor.tenants.registry.Division;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provincial operators, people who run a province, as platform administrators manage them
 * (who may call is the spec's rule). A password is generated, never chosen by the administrator,
 * and exists in clear only in the answer that issues it. Each change commits with its audit event,
 * filed under the operator's province so the province's own audit log shows who changed its
 * operators.
 */
@Service
class Operators {

    /** No look-alikes (0/O, 1/l/I), so a password read out or copied by hand arrives intact. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private static final int PASSWORD_LENGTH = 20;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    Operators(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** An operator together with the password just given to them. */
    record Issued(Account operator, String password) {}

    @Transactional
    public Issued create(String province, String username, String displayName) {
        requireProvince(province);
        String login = username + "@" + province;
        if (accounts.existsByLogin(login)) {
            throw loginTaken();
        }
        String password = newPassword();
        Account operator =
                Account.ofProvince(province, username, displayName.strip(), passwords.encode(password), Instant.now());
        try {
            accounts.saveAndFlush(operator);
        } catch (DataIntegrityViolationException e) {
            // Another request took the login between the check and the insert.
            throw loginTaken();
        }
        audit.record(
                AuditEntry.of("operator.created", null, province, operator.id().toString())
                        .after(operator.auditState()));
        return new Issued(operator, password);
    }

    @Transactional(readOnly = true)
    public List<Account> page(String province, String after, int limit) {
        requireProvince(province);
        return accounts.findOperatorPage(province, after, Limit.of(limit));
    }

    @Transactional(readOnly = true)
    public Account get(String province, UUID id) {
        requireProvince(province);
        return operator(province, id);
    }

    @Transactional
    public Account lock(String province, UUID id, @Nullable String ifMatch) {
        return change(province, id, ifMatch, "operator.locked", Account::lock);
    }

    @Transactional
    public Account unlock(String province, UUID id, @Nullable String ifMatch) {
        return change(province, id, ifMatch, "operator.unlocked", Account::unlock);
    }

    /** A new generated password; the old one stops working when this commits. */
    @Transactional
    public Issued resetPassword(String province, UUID id) {
        requireProvince(province);
        Account operator = operator(province, id);
        String password = newPassword();
        operator.changePasswordHash(passwords.encode(password));
        accounts.saveAndFlush(operator);
        // The secret itself is never recorded: the event says only that it changed.
        audit.record(AuditEntry.of("operator.password-reset", null, province, id.toString())
                .after(Map.of("login", operator.login())));
        return new Issued(operator, password);
    }

    private Account change(
            String province, UUID id, @Nullable String ifMatch, String action, Consumer<Account> change) {
        requireProvince(province);
        Account operator = operator(province, id);
        if (!EntityTags.matches(ifMatch, operator.version())) {
            throw ProblemException.of(
                    HttpStatus.PRECONDITION_FAILED,
                    "precondition-failed",
                    "Operator changed",
                    "The operator changed since they were read; read them again and retry with the ETag.");
        }
        Map<String, Object> before = operator.auditState();
        change.accept(operator);
        Map<String, Object> after = operator.auditState();
        if (before.equals(after)) {
            return operator;
        }
        accounts.saveAndFlush(operator);
        audit.record(AuditEntry.of(action, null, province, id.toString())
                .before(before)
                .after(after));
        return operator;
    }

    private Account operator(String province, UUID id) {
        return accounts.findById(id)
                .filter(account -> account.isOperatorOf(province))
                .orElseThrow(Operators::operatorNotFound);
    }

    /** A well-formed code that names no province is refused like any other bad value of the path. */
    private static void requireProvince(String province) {
        if (!Division.isProvince(province)) {
            throw ProblemException.fields(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "Request is not valid",
                    List.of(new FieldProblem("province", "is not a GB/T 2260 province-level division code")));
        }
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static ProblemException loginTaken() {
        return ProblemException.fields(
                HttpStatus.CONFLICT,
                "login-taken",
                "Login is taken",
                List.of(new FieldProblem("username", "is already the login of an operator of this province")));
    }

    private static ProblemException operatorNotFound() {
        ProblemDetail problem =
                Problems.of(HttpStatus.NOT_FOUND, "operator-not-found", "Unknown operator", "No such operator.");
        problem.setInstance(URI.create("/api/v1/provinces"));
        return new ProblemException(problem);
    }
}
