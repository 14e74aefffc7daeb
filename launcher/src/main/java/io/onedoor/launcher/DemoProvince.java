package io.onedoor.launcher;

import io.onedoor.client.ApiClient;
import io.onedoor.client.ApiException;
import io.onedoor.client.cases.MattersApi;
import io.onedoor.client.cases.model.Channel;
import io.onedoor.client.cases.model.Matter;
import io.onedoor.client.cases.model.MatterRegistration;
import io.onedoor.client.cases.model.PartyInput;
import io.onedoor.client.cases.model.PartyKind;
import io.onedoor.client.cases.model.PartyRole;
import io.onedoor.client.tenants.TenantsApi;
import io.onedoor.client.tenants.model.Tenant;
import io.onedoor.client.tenants.model.TenantLevel;
import io.onedoor.client.tenants.model.TenantOnboarding;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data: Tongliao (Inner Mongolia), a city-level center, with two of its county-level
 * centers, Horqin district and Jarud banner, each with a matter from the press reports in the
 * domain brief. Everything goes through the gateway with the generated client, and is idempotent,
 * so running the demo again changes nothing.
 */
public final class DemoProvince {

    public static final String PROVINCE = "150000";

    /** A demo tenant and the one matter registered at it. */
    public record DemoTenant(String code, String name, String divisionCode, TenantLevel level, String parent) {}

    public static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("nm-tongliao", "通辽市社会治安综合治理中心", "150500", TenantLevel.CITY, null),
            new DemoTenant("nm-horqin", "科尔沁区社会治安综合治理中心", "150502", TenantLevel.COUNTY, "nm-tongliao"),
            new DemoTenant("nm-jarud", "扎鲁特旗社会治安综合治理中心", "150526", TenantLevel.COUNTY, "nm-tongliao"));

    private final TenantsApi tenants;
    private final MattersApi matters;

    public DemoProvince(URI gateway) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway.toString());
        client.setReadTimeout(Duration.ofSeconds(60));
        this.tenants = new TenantsApi(client);
        this.matters = new MattersApi(client);
    }

    /** Onboards the three centers and registers their matters; returns the tenants as they now are. */
    public List<Tenant> onboard() throws ApiException {
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
        register("nm-jarud", "demo-jarud-wages", jarudWages());
        register("nm-horqin", "demo-horqin-noise", horqinNoise());
        register("nm-tongliao", "demo-tongliao-land", tongliaoLand());
        return result;
    }

    private Matter register(String tenant, String idempotencyKey, MatterRegistration registration) throws ApiException {
        return matters.registerMatter(tenant, registration, idempotencyKey);
    }

    private static MatterRegistration jarudWages() {
        return new MatterRegistration()
                .channel(Channel.WALK_IN)
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
                .channel(Channel.GRID_REPORT)
                .categoryCode("neighbors")
                .description("网格员上报：楼上住户夜间装修噪音扰民，邻里发生口角，请求调解。")
                .orgUnitCode("150502")
                .place("科尔沁区某小区3号楼")
                .parties(List.of(
                        person(PartyRole.APPLICANT, "王某", idNumber("150502", "19790821", "456"), "13904751234"),
                        person(PartyRole.RESPONDENT, "赵某", idNumber("150502", "19920105", "218"), "15647509876")));
    }

    private static MatterRegistration tongliaoLand() {
        return new MatterRegistration()
                .channel(Channel.PHONE)
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
