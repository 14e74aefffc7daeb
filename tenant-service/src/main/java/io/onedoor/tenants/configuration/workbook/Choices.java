package io.onedoor.tenants.configuration.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The values a dropdown column takes. Each is written as its code and Chinese label
 * ({@code RESIDENT 常驻}) so the sheet reads well in a county office and still names the API's
 * value; reading takes the code (any case) or the Chinese label alone.
 */
record Choices<T>(List<Choice<T>> entries) {

    Choices {
        entries = List.copyOf(entries);
    }

    record Choice<T>(String code, String label, T value) {
        String text() {
            return code + " " + label;
        }
    }

    /** The constants of {@code type} in declaration order, with their labels in the same order. */
    static <E extends Enum<E>> Choices<E> of(Class<E> type, String... labels) {
        E[] constants = type.getEnumConstants();
        if (constants.length != labels.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + constants.length + " values, "
                    + labels.length + " labels were given");
        }
        return new Choices<>(Arrays.stream(constants)
                .map(constant -> new Choice<>(constant.name(), labels[constant.ordinal()], constant))
                .toList());
    }

    Optional<T> parse(String text) {
        String first = text.strip().split("\\s+", 2)[0];
        return entries.stream()
                .filter(entry ->
                        entry.code().equalsIgnoreCase(first) || entry.label().equals(first))
                .map(Choice::value)
                .findFirst();
    }

    String textOf(Object value) {
        return entries.stream()
                .filter(entry -> entry.value().equals(value))
                .map(Choice::text)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a choice: " + value));
    }

    /** For messages: "expected one of RESIDENT, ROTATING, ON_CALL". */
    String expected() {
        return "expected one of "
                + String.join(", ", entries.stream().map(Choice::code).toList());
    }

    String[] dropdown() {
        return entries.stream().map(Choice::text).toArray(String[]::new);
    }
}
