package io.onedoor.tenants.configuration.workbook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one data row, read by column key into the document's types. A cell at fault is
 * reported once, addressed as {@code 窗口 windows!C5}, and the row is then not {@link #ok()}.
 * Whatever Excel or WPS made of a typed value is accepted: text, numbers, dates and times.
 */
final class RowCells {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    static final int NAME_LENGTH = 200;

    private static final Pattern SEPARATOR = Pattern.compile("[,，、;；\\s]+");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：](\\d{2})");
    private static final Pattern GROUPING = Pattern.compile("[,，\\s]");
    private static final int NUMBER_LENGTH = 40;
    private static final int MINUTES_A_DAY = 24 * 60;

    private final SheetLayout layout;
    private final Row row;
    private final Findings findings;
    private final Map<String, String> texts = new HashMap<>();
    private final Set<Integer> faulty = new HashSet<>();

    RowCells(SheetLayout layout, Row row, Findings findings) {
        this.layout = layout;
        this.row = row;
        this.findings = findings;
    }

    /** The row as Excel numbers it. */
    int number() {
        return row.getRowNum() + 1;
    }

    boolean ok() {
        return faulty.isEmpty();
    }

    String address(String key) {
        return address(layout.index(key));
    }

    private String address(int column) {
        return layout.title() + "!" + new CellReference(row.getRowNum(), column).formatAsString(false);
    }

    void problem(String key, String message) {
        problem(layout.index(key), message);
    }

    private void problem(int column, String message) {
        if (faulty.add(column)) {
            findings.add(address(column), message);
        }
    }

    boolean blank(String key) {
        return text(key).isEmpty();
    }

    /** Anything typed right of the sheet's columns would be silently lost, so it is refused. */
    void refuseStrayCells() {
        int columns = layout.columns().size();
        for (Cell cell : row) {
            if (cell.getColumnIndex() >= columns && !textOf(cell).isEmpty()) {
                problem(
                        cell.getColumnIndex(),
                        "outside the sheet's columns (A to " + CellReference.convertNumToColString(columns - 1)
                                + "); move or delete it");
            }
        }
    }

    // Typed readers: each returns null when the cell is empty or at fault (reported) ----------

    @Nullable
    String code(String key) {
        return matching(
                key, CODE, "not a code: 1 to 60 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    @Nullable
    String name(String key) {
        return text(key, NAME_LENGTH);
    }

    @Nullable
    String text(String key, int maxLength) {
        String text = present(key);
        if (text != null && text.codePointCount(0, text.length()) > maxLength) {
            problem(key, "longer than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    @Nullable
    String matching(String key, Pattern pattern, String expectation) {
        String text = present(key);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(key, expectation);
            return null;
        }
        return text;
    }

    @Nullable
    Integer integer(String key, int min, int max) {
        BigDecimal number = number(key);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problem(key, "not a whole number");
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(key, "must be from " + min + " to " + max);
            return null;
        }
        return number.intValueExact();
    }

    @Nullable
    BigDecimal decimal(String key, @Nullable BigDecimal min, @Nullable BigDecimal max) {
        BigDecimal number = number(key);
        if (number == null) {
            return null;
        }
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
            problem(
                    key,
                    "must be " + (min == null ? "" : "at least " + min.toPlainString())
                            + (min != null && max != null ? " and " : "")
                            + (max == null ? "" : "at most " + max.toPlainString()));
            return null;
        }
        return number;
    }

    @Nullable
    LocalDate date(String key) {
        String text = present(key);
        if (text == null) {
            return null;
        }
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(date.group(1)),
                        Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3)));
            } catch (DateTimeException e) {
                // falls through to the problem: 2026-02-30 is no date
            }
        }
        problem(key, "not a date (yyyy-MM-dd, e.g. 2026-02-13)");
        return null;
    }

    @Nullable
    LocalTime time(String key) {
        String text = present(key);
        if (text == null) {
            return null;
        }
        Matcher time = TIME.matcher(text);
        if (time.matches()) {
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        problem(key, "not a time (HH:mm, e.g. 08:30)");
        return null;
    }

    <T> @Nullable T choice(String key, Choices<T> choices) {
        String text = present(key);
        if (text == null) {
            return null;
        }
        Optional<T> value = choices.parse(text);
        if (value.isEmpty()) {
            problem(key, choices.expected());
            return null;
        }
        return value.get();
    }

    /** Weekdays, comma-separated; null when empty (reported if required) or at fault. */
    @Nullable
    List<DayOfWeek> days(String key) {
        String text = present(key);
        if (text == null) {
            return null;
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String token : SEPARATOR.split(text)) {
            Optional<DayOfWeek> day = Vocabulary.weekday(token);
            if (day.isEmpty()) {
                problem(key, "'" + token + "' is not a weekday; expected MONDAY to SUNDAY (or 周一 to 周日)");
                return null;
            }
            days.add(day.get());
        }
        if (days.size() > DayOfWeek.values().length) {
            problem(key, "more than 7 days");
            return null;
        }
        return days;
    }

    /** Codes, comma-separated; empty when the cell is; null when at fault. */
    @Nullable
    List<String> codes(String key, int max) {
        String text = present(key);
        if (text == null) {
            return List.of();
        }
        List<String> codes = List.of(SEPARATOR.split(text));
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                problem(key, "'" + code + "' is not a code: 1 to 60 letters, digits, '.', '_' or '-'");
                return null;
            }
        }
        if (codes.size() > max) {
            problem(key, "more than " + max + " codes");
            return null;
        }
        return codes;
    }

    // Cell text ----------------------------------------------------------------------------------

    /** The cell's text, or null (reported if the column is required) when it is empty. */
    private @Nullable String present(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            if (layout.column(key).required()) {
                problem(key, "required");
            }
            return null;
        }
        return text;
    }

    private @Nullable BigDecimal number(String key) {
        String text = present(key);
        if (text == null) {
            return null;
        }
        String digits = GROUPING.matcher(text).replaceAll("");
        if (digits.length() <= NUMBER_LENGTH) {
            try {
                return new BigDecimal(digits);
            } catch (NumberFormatException e) {
                // falls through to the problem
            }
        }
        problem(key, "not a number");
        return null;
    }

    private String text(String key) {
        return texts.computeIfAbsent(key, k -> {
            Cell cell = row.getCell(layout.index(k));
            if (cell != null && effectiveType(cell) == CellType.ERROR) {
                problem(k, "holds an error value (such as #N/A or #REF!), not data");
            }
            return cell == null ? "" : textOf(cell);
        });
    }

    static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!textOf(cell).isEmpty() || effectiveType(cell) == CellType.ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the cell shows, as text: numbers without a trailing ".0", dates typed into a
     * date-formatted cell as {@code 2026-02-13}, times as {@code 08:30}, formulas by their result.
     */
    static String textOf(Cell cell) {
        return switch (effectiveType(cell)) {
            case STRING -> clean(cell.getStringCellValue());
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').strip();
    }

    private static String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            if (value < 1) {
                long minutes = Math.round(value * MINUTES_A_DAY) % MINUTES_A_DAY;
                return String.format("%02d:%02d", minutes / 60, minutes % 60);
            }
            var dateTime = DateUtil.getLocalDateTime(value);
            return value == Math.floor(value) ? dateTime.toLocalDate().toString() : dateTime.toString();
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toString();
    }
}
