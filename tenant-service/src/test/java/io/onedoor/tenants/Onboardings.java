package io.onedoor.tenants;

import java.util.LinkedHashMap;
import java.util.Map;

/** Onboarding requests for tests, built from real GB/T 2260 divisions. */
public final class Onboardings {

    private Onboardings() {}

    public static Map<String, Object> city(String code, String divisionCode, String provinceCode) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("name", code + " 市级综治中心");
        request.put("divisionCode", divisionCode);
        request.put("level", "CITY");
        request.put("provinceCode", provinceCode);
        request.put("template", "standard-city");
        return request;
    }

    public static Map<String, Object> county(String code, String divisionCode, String parentCode, String provinceCode) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("name", code + " 县级综治中心");
        request.put("divisionCode", divisionCode);
        request.put("level", "COUNTY");
        request.put("parentCode", parentCode);
        request.put("provinceCode", provinceCode);
        request.put("template", "standard-county");
        return request;
    }

    /** A copy with one field changed, or removed when the value is null. */
    public static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(request);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
