package io.onedoor.systemtests;

import io.onedoor.launcher.DemoCredentials;
import io.onedoor.launcher.DemoProvince;
import io.onedoor.launcher.Platform;
import io.onedoor.launcher.TenantSetup;
import io.onedoor.launcher.Tokens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens from the platform's authorization server for every kind of caller the tests need,
 * obtained as users obtain them: client credentials for clients, the login form with PKCE for
 * people. The demo province is onboarded once, with its people and hotline clients.
 */
final class Callers {

    private static Callers instance;

    private final Platform platform;
    private final DemoProvince province;
    private final TenantSetup setup;
    private final Tokens tokens;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private Callers(Platform platform) throws Exception {
        this.platform = platform;
        this.province = new DemoProvince(
                platform.gatewayUri(),
                DemoCredentials.transientOnes(),
                Platform.Operator.demo().clientId(),
                PlatformUnderTest.SECRETS.operatorClientSecret());
        this.setup = province.setup();
        this.tokens = setup.tokens();
        province.onboard();
    }

    static synchronized Callers get() throws Exception {
        if (instance == null) {
            instance = new Callers(PlatformUnderTest.get());
        }
        return instance;
    }

    Platform platform() {
        return platform;
    }

    TenantSetup setup() {
        return setup;
    }

    /** Inner Mongolia's provincial operator (client credentials). */
    String operator() throws Exception {
        return province.operatorToken();
    }

    /** Inner Mongolia's operator who is a person, made by the platform administrator, logged in. */
    String operatorPerson() throws Exception {
        return cached("operator-person", () -> setup.login(province.operatorPerson(platformAdminPassword())));
    }

    /** The platform administrator, logged in through the console's flow. */
    String platformAdmin() throws Exception {
        return cached("platform-admin", () -> tokens.login(Platform.PLATFORM_ADMIN_LOGIN, platformAdminPassword()));
    }

    static String platformAdminPassword() {
        return PlatformUnderTest.SECRETS.platformAdminPassword();
    }

    /** Xinjiang's provincial operator: same role, another province. */
    String otherProvinceOperator() throws Exception {
        return bootstrap(PlatformUnderTest.OTHER_PROVINCE_OPERATOR);
    }

    /** A fresh token of a bootstrap client (short-lived ones must not be cached). */
    String bootstrap(String clientId) throws Exception {
        return tokens.clientCredentials(clientId, PlatformUnderTest.CLIENT_SECRET);
    }

    /** The 12345 hotline client of a demo center (cases:read cases:write). */
    String hotline(String tenant) throws Exception {
        return cached("hotline:" + tenant, () -> setup.clientToken(DemoProvince.hotline(tenant)));
    }

    String admin(String tenant) throws Exception {
        return cached("admin:" + tenant, () -> setup.login(DemoProvince.adminLogin(tenant)));
    }

    String staff(String tenant) throws Exception {
        return cached("staff:" + tenant, () -> setup.login(DemoProvince.staffLogin(tenant)));
    }

    String auditor(String tenant) throws Exception {
        return cached("auditor:" + tenant, () -> setup.login("auditor@" + tenant));
    }

    /** A staff member of one of Jarud's townships (org unit 150526001): a subtree of the center. */
    String townshipStaff() throws Exception {
        return cached("township", () -> {
            setup.account(admin("nm-jarud"), "nm-jarud", "township.staff", "乡镇综治中心工作人员", "STAFF", "150526001");
            return setup.login("township.staff@nm-jarud");
        });
    }

    /** Makes a client of a tenant with exactly these scopes; returns its {id, secret}. */
    String[] newClient(String tenant, String name, List<String> scopes) throws Exception {
        return setup.client(admin(tenant), tenant, name, scopes);
    }

    private String cached(String key, TokenSource source) throws Exception {
        String known = cache.get(key);
        if (known == null) {
            known = source.get();
            cache.put(key, known);
        }
        return known;
    }

    @FunctionalInterface
    private interface TokenSource {
        String get() throws Exception;
    }
}
