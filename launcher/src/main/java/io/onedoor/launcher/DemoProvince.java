package io.onedoor.launcher;

import io.onedoor.client.ApiClient;
import io.onedoor.client.ApiException;
import io.onedoor.client.cases.MattersApi;
import io.onedoor.client.cases.model.Channel;
import io.onedoor.client.cases.model.MatterRegistration;
import io.onedoor.client.cases.model.PartyInput;
import io.onedoor.client.cases.model.PartyKind;
import io.onedoor.client.cases.model.PartyRole;
import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.Tenant;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data: Tongliao (Inner Mongolia), a city-level center, with two of its county-level
 * centers, Horqin district and Jarud banner. The provincial operator's client onboards them and
 * creates each center's admin; each admin logs in (authorization code with PKCE) and creates a
 * staff member and a 12345-hotline integrator client, which registers a matter from the press
 * reports in the domain brief. Everything goes through the gateway and is idempotent.
 */
public final class DemoProvince {

    public static final String PROVINCE = "150000";

    /** A demo tenant. */
    public record DemoTenant(String code, String name, String divisionCode, TenantLevel level, String parent) {}

    public static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("nm-tongliao", "通辽市社会治安综合治理中心", "150500", TenantLevel.CITY, null),
            new DemoTenant("nm-horqin", "科尔沁区社会治安综合治理中心", "150502", TenantLevel.COUNTY, "nm-tongliao"),
            new DemoTenant("nm-jarud", "扎鲁特旗社会治安综合治理中心", "150526", TenantLevel.COUNTY, "nm-tongliao"));

    private final URI gateway;
    private final TenantSetup setup;
    private final String operatorClient;
    private final String operatorSecret;

    public DemoProvince(URI gateway, DemoCredentials credentials, String operatorClient, String operatorSecret) {
        this.gateway = gateway;
        this.setup = new TenantSetup(gateway, credentials);
        this.operatorClient = operatorClient;
        this.operatorSecret = operatorSecret;
    }

    public TenantSetup setup() {
        return setup;
    }

    /** The generated client, authenticated with the given bearer token. */
    public static ApiClient client(URI gateway, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway.toString());
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    public String operatorToken() throws IOException, InterruptedException {
        return setup.tokens().clientCredentials(operatorClient, operatorSecret);
    }

    /** Onboards the three centers with their people and clients; returns the tenants as they now are. */
    public List<Tenant> onboard() throws ApiException, IOException, InterruptedException {
        TenantsApi tenants = new TenantsApi(client(gateway, operatorToken()));
        List<Tenant> result = new ArrayList<>();
        for (DemoTenant demo : TENANTS) {
            result.add(tenants.onboardTenant(new TenantOnboarding()
                    .code(demo.code())
                    .name(demo.name())
                    .divisionCode(demo.divisionCode())
                    .level(demo.level())
                    .parentCode(demo.parent())
                    .provinceCode(PROVINCE)
                    .template(demo.level() == TenantLevel.CITY ? "standard-city" : "standard-county")));
        }
        String operator = operatorToken();
        for (DemoTenant demo : TENANTS) {
            setup.account(operator, demo.code(), "admin", "中心管理员", "TENANT_ADMIN", null);
            String admin = setup.login(adminLogin(demo.code()));
            setup.account(admin, demo.code(), "staff", "受理窗口工作人员", "STAFF", demo.divisionCode());
            setup.account(admin, demo.code(), "auditor", "审计员", "AUDITOR", null);
            setup.client(admin, demo.code(), hotline(demo.code()), List.of("cases:read", "cases:write"));
        }
        // Two departments' staff at Jarud, for the console's department work (部门办理).
        String jarudAdmin = setup.login(adminLogin("nm-jarud"));
        setup.account(jarudAdmin, "nm-jarud", "agri.mediator", "农业农村局调解员", "STAFF", "150526", "agriculture");
        setup.account(jarudAdmin, "nm-jarud", "water.engineer", "水利局工程师", "STAFF", "150526", "water");
        // And a supervisor (督办), who decides extensions and works supervision items.
        setup.account(jarudAdmin, "nm-jarud", "supervisor", "督办科工作人员", "SUPERVISOR", "150526");
        register("nm-jarud", "demo-jarud-wages", jarudWages());
        register("nm-horqin", "demo-horqin-noise", horqinNoise());
        register("nm-tongliao", "demo-tongliao-land", tongliaoLand());
        return result;
    }

    /** The province's operator, a person: {@code operator@150000}. */
    public static final String OPERATOR_USERNAME = "operator";

    public static String operatorLogin() {
        return OPERATOR_USERNAME + "@" + PROVINCE;
    }

    /**
     * The platform administrator makes sure Inner Mongolia has an operator who is a person (beside
     * the automation client), whose password lands in the demo credentials. Returns their login.
     */
    public String operatorPerson(String platformAdminPassword) throws IOException, InterruptedException {
        String platformAdmin = setup.tokens().login(Platform.PLATFORM_ADMIN_LOGIN, platformAdminPassword);
        return setup.operator(platformAdmin, PROVINCE, OPERATOR_USERNAME, "内蒙古自治区综治中心运维员");
    }

    public static String adminLogin(String tenant) {
        return "admin@" + tenant;
    }

    public static String staffLogin(String tenant) {
        return "staff@" + tenant;
    }

    /** The name of a tenant's 12345-hotline client among the demo credentials. */
    public static String hotline(String tenant) {
        return "hotline-" + tenant;
    }

    private void register(String tenant, String idempotencyKey, MatterRegistration registration)
            throws ApiException, IOException, InterruptedException {
        String token = setup.clientToken(hotline(tenant));
        try {
            new MattersApi(client(gateway, token)).registerMatter(tenant, registration, idempotencyKey);
        } catch (ApiException e) {
            // The key was used by an earlier version of the demo, with other wording: that matter
            // is the demo's matter, so there is nothing to register.
            if (e.getCode() != 422 || !String.valueOf(e.getResponseBody()).contains("idempotency-key-reused")) {
                throw e;
            }
        }
    }

    private static MatterRegistration jarudWages() {
        return new MatterRegistration()
                .channel(Channel.HOTLINE_12345)
                .categoryCode("labor.wage-arrears")
                .description("李某等37名农民工反映某建筑劳务公司拖欠工资80余万元，请求协调支付。")
                .amountFen(80_000_000L)
                .orgUnitCode("150526")
                .place("扎鲁特旗鲁北镇")
                .occurredOn(LocalDate.of(2025, 11, 3))
                .parties(List.of(
                        person(PartyRole.APPLICANT, "李某", idNumber("150526", "19850312", "123"), "13847512345"),
                        new PartyInput()
                                .kind(PartyKind.ORGANIZATION)
                                .role(PartyRole.RESPONDENT)
                                .name("某建筑劳务有限公司")));
    }

    private static MatterRegistration horqinNoise() {
        return new MatterRegistration()
                .channel(Channel.HOTLINE_12345)
                .categoryCode("neighbors")
                .description("市民来电：楼上住户夜间装修噪音扰民，邻里发生口角，请求调解。")
                .orgUnitCode("150502")
                .place("科尔沁区某小区3号楼")
                .parties(List.of(
                        person(PartyRole.APPLICANT, "王某", idNumber("150502", "19790821", "456"), "13904751234"),
                        person(PartyRole.RESPONDENT, "赵某", idNumber("150502", "19920105", "218"), "15647509876")));
    }

    private static MatterRegistration tongliaoLand() {
        return new MatterRegistration()
                .channel(Channel.HOTLINE_12345)
                .categoryCode("land.contracting")
                .description("两村村民就土地承包经营权边界发生争议，请求组织现场测量并调解。")
                .orgUnitCode("150500")
                .parties(List.of(
                        person(PartyRole.APPLICANT, "孙某", idNumber("150521", "19700417", "039"), "13171538888")));
    }

    private static PartyInput person(PartyRole role, String name, String idNumber, String phone) {
        return new PartyInput()
                .kind(PartyKind.PERSON)
                .role(role)
                .name(name)
                .idNumber(idNumber)
                .phone(phone);
    }

    /** A resident ID number of the demo's made-up people, with a valid GB 11643 check digit. */
    static String idNumber(String division, String birthDate, String sequence) {
        String body = division + birthDate + sequence;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
