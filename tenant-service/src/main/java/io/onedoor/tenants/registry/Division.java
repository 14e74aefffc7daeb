package io.onedoor.tenants.registry;

import java.util.Set;

/**
 * A six-digit GB/T 2260 administrative division code: two digits for the province, two for the
 * prefecture-level city, two for the county. A city's code ends in 00, a province's in 0000, a
 * county's in neither. Prefecture digits 90 mark county-level divisions that no city administers.
 */
public record Division(String code) {

    /** The province-level divisions (provinces, autonomous regions, municipalities, SARs, Taiwan). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    public Division {
        if (!code.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a division code has six digits");
        }
    }

    /** Whether the code names one of the province-level divisions; what the registry onboards in. */
    public static boolean isProvince(String candidate) {
        return candidate.matches("[0-9]{2}0000") && PROVINCES.contains(candidate.substring(0, 2));
    }

    String provinceDigits() {
        return code.substring(0, 2);
    }

    String cityDigits() {
        return code.substring(0, 4);
    }

    boolean liesIn(String provinceCode) {
        return provinceCode.startsWith(provinceDigits());
    }

    boolean isCityLevel() {
        return code.endsWith("00") && !code.endsWith("0000");
    }

    boolean isCountyLevel() {
        return !code.endsWith("00");
    }

    /** County-level divisions administered directly by the province, such as 659001 (Shihezi). */
    boolean isAdministeredByProvince() {
        return code.substring(2, 4).equals("90");
    }

    boolean contains(Division county) {
        return isCityLevel() && county.cityDigits().equals(cityDigits());
    }
}
