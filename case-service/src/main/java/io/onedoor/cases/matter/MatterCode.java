package io.onedoor.cases.matter;

import java.util.regex.Pattern;

/**
 * The platform-wide code of a matter (一案一码): the tenant's division code, the year of
 * registration (Asia/Shanghai) and the tenant's running number in that year, such as
 * {@code 654301-2026-000042}.
 */
public record MatterCode(String value) {

    private static final Pattern DIVISION = Pattern.compile("^[0-9]{6}([0-9]{3}){0,2}$");

    public static MatterCode of(String divisionCode, int year, long sequence) {
        if (!DIVISION.matcher(divisionCode).matches()) {
            throw new InvalidValueException("must be a GB/T 2260 division code");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("matter numbers start at 1");
        }
        return new MatterCode("%s-%04d-%06d".formatted(divisionCode, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
