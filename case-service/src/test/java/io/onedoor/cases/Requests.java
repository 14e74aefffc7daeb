package io.onedoor.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registration requests as a center's staff would send them, built small and changed per test. */
public final class Requests {

    /** Valid resident ID numbers (GB 11643 check digit correct). */
    public static final String ZHANG_ID = "654301198001011232";

    public static final String BAI_ID = "654301199002150028";
    public static final String LI_ID = "11010519491231002X";

    /** Where the ready-made matters are registered: Altay's county center. */
    public static final String ORG_UNIT = "654301";

    /** The smallest PNG there is: one transparent pixel (a site photo, as far as a test cares). */
    public static final byte[] PNG = java.util.HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    + "0000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082");

    /** The ready-made matters' category. */
    public static final String CATEGORY = "labor.wage-arrears";

    private Requests() {}

    /**
     * Zhang reports that a contractor owes him 41,600 yuan of machinery rent (Altay): a walk-in
     * matter with a person applicant and an organization respondent. The marker goes into the
     * description, so a test can tell whose matter it reads.
     */
    public static Map<String, Object> machineryRent(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "WALK_IN");
        body.put("categoryCode", CATEGORY);
        body.put("description", "Machinery rent unpaid on a water project [" + marker + "]");
        body.put("amountFen", 4_160_000L);
        body.put("orgUnitCode", ORG_UNIT);
        body.put("place", "Altay, water project site");
        body.put("occurredOn", "2026-08-25");
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(person("APPLICANT", "张三", ZHANG_ID, "13812345678"));
        parties.add(organization("RESPONDENT", "某建设工程有限公司"));
        body.put("parties", parties);
        return body;
    }

    public static Map<String, Object> person(String role, String name, String idNumber, String phone) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("kind", "PERSON");
        party.put("role", role);
        party.put("name", name);
        party.put("idNumber", idNumber);
        party.put("phone", phone);
        return party;
    }

    public static Map<String, Object> organization(String role, String name) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("kind", "ORGANIZATION");
        party.put("role", role);
        party.put("name", name);
        return party;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> party(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("parties")).get(index);
    }
}
