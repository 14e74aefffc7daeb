package io.onedoor.tenants.configuration.workbook;

import io.onedoor.tenants.configuration.Area;
import io.onedoor.tenants.configuration.CalendarOverrides;
import io.onedoor.tenants.configuration.Category;
import io.onedoor.tenants.configuration.CenterConfiguration;
import io.onedoor.tenants.configuration.Department;
import io.onedoor.tenants.configuration.KpiSelection;
import io.onedoor.tenants.configuration.OrgUnit;
import io.onedoor.tenants.configuration.workbook.Vocabulary.DutyList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a configuration as a workbook: a README, then one sheet per kind of row in document
 * order, each with a frozen bold header, text-formatted cells for codes, dates and times (so
 * Excel keeps {@code 2026-02-13} and {@code 08:30} as typed) and dropdowns for the enumerations.
 */
final class WorkbookWriter {

    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** The most significant digits a numeric cell keeps exactly; beyond that a number is written as text. */
    private static final int EXACT_DIGITS = 15;

    private final XSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle title;

    private WorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        short textFormat = workbook.createDataFormat().getFormat("@");
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setDataFormat(textFormat);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        number = workbook.createCellStyle();
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
    }

    static byte[] write(CenterConfiguration configuration) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new WorkbookWriter(workbook).fill(configuration);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the configuration workbook", e);
        }
    }

    private void fill(CenterConfiguration c) {
        readme();
        sheet(SheetLayout.ORG_UNITS, c.orgUnits(), WorkbookWriter::orgUnit);
        sheet(SheetLayout.AREAS, c.areas(), area -> row(area.code(), area.name(), area.kind(), area.floor()));
        sheet(SheetLayout.WINDOWS, c.areas(), WorkbookWriter::windows);
        sheet(SheetLayout.OPENING_HOURS, c.areas(), WorkbookWriter::openingHours);
        sheet(SheetLayout.ROOMS, c.areas(), WorkbookWriter::rooms);
        sheet(SheetLayout.DEPARTMENTS, c.departments(), WorkbookWriter::department);
        sheet(SheetLayout.ROTA, c.departments(), WorkbookWriter::rota);
        sheet(SheetLayout.DUTIES, c.departments(), WorkbookWriter::duties);
        sheet(SheetLayout.CATEGORIES, c.categories(), WorkbookWriter::category);
        sheet(SheetLayout.COMPLEXITY, c.categories(), WorkbookWriter::complexity);
        sheet(SheetLayout.CALENDAR, c.calendar().overrides(), WorkbookWriter::calendarDay);
        List<CalendarOverrides.WorkingInterval> hours = c.calendar().workingHours();
        sheet(
                SheetLayout.WORKING_HOURS,
                hours == null ? List.of() : hours,
                interval -> row(interval.start(), interval.end()));
        CalendarOverrides.Lights lights = c.calendar().lights();
        sheet(
                SheetLayout.LIGHTS,
                lights == null ? List.of() : List.of(lights),
                set -> row(
                        set.yellowAtPercent(),
                        set.yellowWithinMinutes(),
                        set.superviseUnsignedAfterMinutes(),
                        set.supervisionWorkingDays()));
        sheet(SheetLayout.KPIS, c.kpis(), WorkbookWriter::kpi);
    }

    // Rows of each sheet, one array of cell values per row, in the layout's column order ------------

    private static List<@Nullable Object[]> orgUnit(OrgUnit unit) {
        return row(
                unit.code(),
                unit.name(),
                unit.kind(),
                unit.divisionCode(),
                unit.parent(),
                unit.status(),
                unit.retiredOn());
    }

    private static List<@Nullable Object[]> windows(Area area) {
        return area.windows().stream()
                .map(window -> values(
                        area.code(),
                        window.number(),
                        window.name(),
                        window.function(),
                        window.departments(),
                        window.position() == null ? null : window.position().row(),
                        window.position() == null ? null : window.position().column()))
                .toList();
    }

    private static List<@Nullable Object[]> openingHours(Area area) {
        return area.windows().stream()
                .flatMap(window -> window.openingHours().stream()
                        .map(hours -> values(window.number(), hours.days(), hours.opens(), hours.closes())))
                .toList();
    }

    private static List<@Nullable Object[]> rooms(Area area) {
        return area.rooms().stream()
                .map(room -> values(
                        area.code(),
                        room.code(),
                        room.name(),
                        room.kind(),
                        room.position() == null ? null : room.position().row(),
                        room.position() == null ? null : room.position().column()))
                .toList();
    }

    private static List<@Nullable Object[]> department(Department department) {
        Department.Whistle whistle = department.whistle();
        return row(
                department.code(),
                department.name(),
                department.mode(),
                department.host(),
                whistle == null ? null : whistle.contact(),
                whistle == null ? null : whistle.phone(),
                whistle == null ? null : whistle.arrivalMinutes());
    }

    private static List<@Nullable Object[]> rota(Department department) {
        return department.rota().stream()
                .map(entry -> values(department.code(), entry.days(), entry.weeks(), entry.from(), entry.until()))
                .toList();
    }

    private static List<@Nullable Object[]> duties(Department department) {
        Department.Duties duties = department.duties();
        List<@Nullable Object[]> rows = new ArrayList<>();
        duties.accepts().forEach(item -> rows.add(values(department.code(), DutyList.ACCEPTS, item)));
        duties.joint().forEach(item -> rows.add(values(department.code(), DutyList.JOINT, item)));
        duties.supervisionTriggers()
                .forEach(item -> rows.add(values(department.code(), DutyList.SUPERVISION_TRIGGERS, item)));
        return rows;
    }

    private static List<@Nullable Object[]> category(Category category) {
        Category.StandardPath path = category.path();
        Category.Deadlines deadlines = category.deadlines();
        return row(
                category.code(),
                category.name(),
                category.parent(),
                category.retired(),
                path == null ? null : path.lead(),
                path == null ? null : path.coHandlers(),
                deadlines == null ? null : deadlines.simple().responseMinutes(),
                deadlines == null ? null : deadlines.simple().closureWorkingDays(),
                deadlines == null ? null : deadlines.normal().responseMinutes(),
                deadlines == null ? null : deadlines.normal().closureWorkingDays(),
                deadlines == null ? null : deadlines.difficult().responseMinutes(),
                deadlines == null ? null : deadlines.difficult().closureWorkingDays());
    }

    private static List<@Nullable Object[]> complexity(Category category) {
        return category.complexity().stream()
                .map(rule -> values(category.code(), rule.level(), rule.minAmountYuan(), rule.minParties()))
                .toList();
    }

    private static List<@Nullable Object[]> calendarDay(CalendarOverrides.DayOverride day) {
        return row(day.date(), day.working(), day.reason());
    }

    /** A KPI chosen without targets yet is one row with the metric alone. */
    private static List<@Nullable Object[]> kpi(KpiSelection kpi) {
        if (kpi.targets().isEmpty()) {
            return row(kpi.metric(), null, null, null);
        }
        return kpi.targets().stream()
                .map(target -> values(kpi.metric(), target.period(), target.target(), target.warning()))
                .toList();
    }

    private static @Nullable Object[] values(@Nullable Object... values) {
        return values;
    }

    private static List<@Nullable Object[]> row(@Nullable Object... values) {
        return Collections.singletonList(values);
    }

    // Sheets and cells ----------------------------------------------------------------------------

    private <T> void sheet(SheetLayout layout, List<T> items, Function<T, List<@Nullable Object[]>> rowsOf) {
        Sheet sheet = workbook.createSheet(layout.title());
        List<Column> columns = layout.columns();
        int[] widths = new int[columns.size()];
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = head.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(column.header());
            widths[i] = displayWidth(column.header());
            if (column.format().text()) {
                sheet.setDefaultColumnStyle(i, text);
            }
        }
        int r = 1;
        for (T item : items) {
            for (@Nullable Object[] values : rowsOf.apply(item)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    String shown = put(row, i, columns.get(i), values[i]);
                    widths[i] = Math.max(widths[i], displayWidth(shown));
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, (Math.clamp(widths[i], MIN_WIDTH, MAX_WIDTH) + 2) * 256);
            Choices<?> choices = columns.get(i).choices();
            if (choices != null) {
                dropdown(sheet, i, choices);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes one cell and answers what it shows. */
    private String put(Row row, int index, Column column, @Nullable Object value) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            return "";
        }
        Cell cell = row.createCell(index);
        switch (column.format()) {
            case INTEGER -> {
                cell.setCellStyle(number);
                cell.setCellValue(((Integer) value).doubleValue());
                return value.toString();
            }
            case DECIMAL -> {
                BigDecimal decimal = (BigDecimal) value;
                if (exactAsDouble(decimal)) {
                    cell.setCellStyle(number);
                    cell.setCellValue(decimal.doubleValue());
                    return decimal.toPlainString();
                }
                return text(cell, decimal.toString());
            }
            case TIME -> {
                return text(cell, HOURS_AND_MINUTES.format((LocalTime) value));
            }
            case CHOICE -> {
                return text(cell, Objects.requireNonNull(column.choices()).textOf(value));
            }
            case CODES, DAYS -> {
                return text(
                        cell, ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            default -> {
                return text(cell, value.toString());
            }
        }
    }

    private String text(Cell cell, String value) {
        cell.setCellStyle(text);
        cell.setCellValue(value);
        return value;
    }

    /** Whether Excel's doubles hold the number exactly, so it can be a real number cell. */
    private static boolean exactAsDouble(BigDecimal value) {
        double asDouble = value.doubleValue();
        return Double.isFinite(asDouble)
                && value.precision() <= EXACT_DIGITS
                && BigDecimal.valueOf(asDouble).compareTo(value) == 0;
    }

    private void dropdown(Sheet sheet, int column, Choices<?> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.dropdown()),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("无效的值 Invalid value", "请从下拉列表中选择 / pick a value from the list");
        // Excel reads OOXML's showDropDown backwards (true hides the arrow) and POI inverts it once
        // more for .xlsx: true here writes showDropDown="false", which shows the in-cell arrow.
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** Columns wide enough for their content: a CJK character takes about two Latin ones. */
    static int displayWidth(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 ? 2 : 1)
                .sum();
    }

    // README --------------------------------------------------------------------------------------

    private void readme() {
        Sheet sheet = workbook.createSheet(SheetLayout.README.title());
        int r = 0;
        line(sheet, r++, "综治中心配置工作簿 / Center configuration workbook", title);
        for (String paragraph : Readme.PARAGRAPHS) {
            line(sheet, r++, paragraph, null);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] headers = {"工作表 sheet", "列 column", "必填 required", "填写 how to fill"};
        for (int i = 0; i < headers.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(headers[i]);
        }
        for (SheetLayout layout : SheetLayout.values()) {
            if (layout == SheetLayout.README) {
                continue;
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(layout.title());
            row.createCell(3).setCellValue(layout.description());
            for (Column column : layout.columns()) {
                Row described = sheet.createRow(r++);
                described.createCell(1).setCellValue(column.header());
                described.createCell(2).setCellValue(column.required() ? "是 yes" : "");
                described.createCell(3).setCellValue(howToFill(column));
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 110 * 256);
    }

    private static String howToFill(Column column) {
        Choices<?> choices = column.choices();
        String hint = choices == null
                ? column.format().hint()
                : column.format().hint() + "：" + String.join("、", choices.dropdown());
        return column.note().isEmpty() ? hint : hint + "；" + column.note();
    }

    private static void line(Sheet sheet, int r, String content, @Nullable CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(content);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
