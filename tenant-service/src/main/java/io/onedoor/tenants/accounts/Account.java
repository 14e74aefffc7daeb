package io.onedoor.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A person who logs in. The login is {@code username@tenant} for a center's people, {@code
 * username@<province code>} for a provincial operator and {@code username@000000} for a platform
 * administrator, who belongs to no province; no two of these forms can meet. Locked means
 * either locked by an administrator (until unlocked) or locked out after failed logins (until
 * {@code lockedUntil}); either way the password is not even checked.
 *
 * <p>Failed-login counting updates its two columns in place, bypassing this entity and its
 * version, so only changed columns are written when the entity is saved.
 */
@Entity
@Table(schema = "platform", name = "account")
@DynamicUpdate
public class Account {

    @Id
    private UUID id;

    private String login;

    private String displayName;

    private @Nullable String tenantCode;

    private @Nullable String provinceCode;

    private @Nullable String orgUnitCode;

    private @Nullable String department;

    private @Nullable String departmentCode;

    @Column(name = "roles")
    private String roleNames;

    private String passwordHash;

    private int failedAttempts;

    private @Nullable Instant lockedUntil;

    private boolean enabled;

    @Version
    private @Nullable Long version;

    private Instant createdAt;

    protected Account() {
        this.id = new UUID(0, 0);
        this.login = "";
        this.displayName = "";
        this.provinceCode = "";
        this.roleNames = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    /** What follows the {@code @} of a platform administrator's login: no province has this code. */
    public static final String PLATFORM = "000000";

    private Account(
            String login,
            @Nullable String tenant,
            @Nullable String province,
            String displayName,
            Set<Role> roles,
            @Nullable String orgUnitCode,
            @Nullable String department,
            @Nullable String departmentCode,
            String passwordHash,
            Instant now) {
        this.id = UUID.randomUUID();
        this.login = login;
        this.displayName = displayName;
        this.tenantCode = tenant;
        this.provinceCode = province;
        this.orgUnitCode = orgUnitCode;
        this.department = department;
        this.departmentCode = departmentCode;
        this.roleNames = names(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    /** A new account of a center, not locked. */
    static Account ofCenter(
            String tenant,
            String province,
            String username,
            String displayName,
            Set<Role> roles,
            @Nullable String orgUnitCode,
            @Nullable String department,
            @Nullable String departmentCode,
            String passwordHash,
            Instant now) {
        return new Account(
                username + "@" + tenant,
                tenant,
                province,
                displayName,
                roles,
                orgUnitCode,
                department,
                departmentCode,
                passwordHash,
                now);
    }

    /** A new provincial operator, a person of no center: login {@code username@<province>}. */
    static Account ofProvince(String province, String username, String displayName, String passwordHash, Instant now) {
        return new Account(
                username + "@" + province,
                null,
                province,
                displayName,
                Set.of(Role.OPERATOR),
                null,
                null,
                null,
                passwordHash,
                now);
    }

    /** A new platform administrator, of no province and no center: login {@code username@000000}. */
    static Account platformAdministrator(String username, String displayName, String passwordHash, Instant now) {
        return new Account(
                username + "@" + PLATFORM,
                null,
                null,
                displayName,
                Set.of(Role.PLATFORM_ADMIN),
                null,
                null,
                null,
                passwordHash,
                now);
    }

    /** A provincial operator of this province (a person, not a center's account). */
    boolean isOperatorOf(String province) {
        return tenantCode == null && province.equals(provinceCode) && roles().equals(Set.of(Role.OPERATOR));
    }

    void changeRoles(Set<Role> roles, @Nullable String newOrgUnitCode) {
        this.roleNames = names(roles);
        if (newOrgUnitCode != null) {
            this.orgUnitCode = newOrgUnitCode;
        }
    }

    /** Names the stationed department the person works for, or none. */
    void changeDepartment(@Nullable String code) {
        this.departmentCode = code;
    }

    void lock() {
        enabled = false;
    }

    /** Lifts an administrator's lock and a lock-out alike; the failure count starts again. */
    void unlock() {
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean isLocked(Instant now) {
        return !enabled || isLockedOut(now);
    }

    public boolean isLockedOut(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isLockedByAdministrator() {
        return !enabled;
    }

    /** The account as the audit log shows it: never the password hash. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("login", login);
        state.put("displayName", displayName);
        state.put("roles", List.of(roleNames.split(" ")));
        if (orgUnitCode != null) {
            state.put("orgUnitCode", orgUnitCode);
        }
        if (department != null) {
            state.put("department", department);
        }
        if (departmentCode != null) {
            state.put("departmentCode", departmentCode);
        }
        state.put("locked", !enabled);
        if (lockedUntil != null) {
            state.put("lockedUntil", lockedUntil.toString());
        }
        return state;
    }

    private static String names(Set<Role> roles) {
        // Declaration order, so the same roles are always stored alike.
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(" "));
    }

    public UUID id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String username() {
        int at = login.lastIndexOf('@');
        return at < 0 ? login : login.substring(0, at);
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String tenantCode() {
        return tenantCode;
    }

    /** The account's province; none only for a platform administrator. */
    public @Nullable String provinceCode() {
        return provinceCode;
    }

    public @Nullable String orgUnitCode() {
        return orgUnitCode;
    }

    public @Nullable String department() {
        return department;
    }

    /** The code of the stationed department the person works for; their tokens carry it. */
    public @Nullable String departmentCode() {
        return departmentCode;
    }

    public Set<Role> roles() {
        if (roleNames.isBlank()) {
            return Collections.emptySet();
        }
        return Arrays.stream(roleNames.split(" "))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    String passwordHash() {
        return passwordHash;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
