package io.onedoor.tenants.configuration.workbook;

import org.jspecify.annotations.Nullable;

/**
 * A column of a sheet: its header ({@code 编码 code}: Chinese label, English key), how its cells
 * are written and read, and whether a row needs it.
 */
record Column(
        String label,
        String key,
        Format format,
        boolean required,
        @Nullable Choices<?> choices,
        String note) {

    enum Format {
        CODE("编码：字母、数字、. _ -，最长 60 / a code: letters, digits, . _ -, up to 60"),
        NAME("文字，最长 200 字 / text, up to 200 characters"),
        TEXT("文字 / text"),
        INTEGER("整数 / a whole number"),
        DECIMAL("数字 / a number"),
        DATE("日期，如 2026-02-13 / a date, yyyy-MM-dd"),
        TIME("时间，如 08:30 / a time, HH:mm"),
        CHOICE("从下拉列表选择 / one of the dropdown's values"),
        CODES("编码，多个用逗号分隔 / codes, comma-separated"),
        DAYS("星期，多个用逗号分隔，如 MONDAY, FRIDAY 或 周一, 周五 / weekdays, comma-separated");

        private final String hint;

        Format(String hint) {
            this.hint = hint;
        }

        String hint() {
            return hint;
        }

        /** Whether Excel should keep what is typed as text (no reformatting as a number or date). */
        boolean text() {
            return this != INTEGER && this != DECIMAL;
        }
    }

    static Column required(String label, String key, Format format) {
        return new Column(label, key, format, true, null, "");
    }

    static Column optional(String label, String key, Format format, String note) {
        return new Column(label, key, format, false, null, note);
    }

    static Column choice(String label, String key, boolean required, Choices<?> choices) {
        return new Column(label, key, Format.CHOICE, required, choices, "");
    }

    Column withNote(String text) {
        return new Column(label, key, format, required, choices, text);
    }

    String header() {
        return label + " " + key;
    }
}
