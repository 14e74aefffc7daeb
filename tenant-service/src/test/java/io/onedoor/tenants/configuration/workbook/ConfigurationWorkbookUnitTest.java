package io.onedoor.tenants.configuration.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onedoor.support.web.Problems.FieldProblem;
import io.onedoor.tenants.configuration.Area;
import io.onedoor.tenants.configuration.CalendarOverrides;
import io.onedoor.tenants.configuration.Category;
import io.onedoor.tenants.configuration.CenterConfiguration;
import io.onedoor.tenants.configuration.Department;
import io.onedoor.tenants.configuration.KpiSelection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ConfigurationWorkbookUnitTest {

    private final ConfigurationWorkbook workbook = new ConfigurationWorkbook();

    // Round trips ----------------------------------------------------------------------------------

    @Test
    void readsBackExactlyTheConfigurationItWrote() {
        CenterConfiguration altay = EveryFieldSet.configuration();

        CenterConfiguration read = workbook.read(new ByteArrayInputStream(workbook.write(altay)));

        assertThat(read).isEqualTo(altay);
        assertThat(read.department("notary").orElseThrow().whistle())
                .isEqualTo(new Department.Whistle("李主任", null, 30));
        assertThat(read.category("land").orElseThrow().complexity().getFirst().minAmountYuan())
                .isEqualByComparingTo("1000000");
    }

    @Test
    void readsBackAnEmptyConfiguration() {
        assertThat(workbook.read(new ByteArrayInputStream(workbook.write(CenterConfiguration.EMPTY))))
                .isEqualTo(CenterConfiguration.EMPTY);
    }

    @Test
    void writesOneSheetPerKindOfRowAfterTheReadme() throws IOException {
        try (XSSFWorkbook written = open(workbook.write(EveryFieldSet.configuration()))) {
            List<String> names = new ArrayList<>();
            written.forEach(sheet -> names.add(sheet.getSheetName()));

            assertThat(names)
                    .containsExactly(
                            "说明 README",
                            "组织 orgUnits",
                            "功能区 areas",
                            "窗口 windows",
                            "窗口时间 openingHours",
                            "调解室 rooms",
                            "部门 departments",
                            "轮驻 rota",
                            "职责 duties",
                            "类别 categories",
                            "复杂度 complexity",
                            "日历 calendar",
                            "工作时间 workingHours",
                            "亮灯 lights",
                            "指标 kpis");
            assertThat(text(written, "说明 README", "A1")).contains("配置工作簿").contains("configuration workbook");
            assertThat(rowTexts(written.getSheet("窗口 windows"), 0))
                    .containsExactly(
                            "功能区 area", "窗口号 number", "名称 name", "职能 function", "部门 departments", "行 row", "列 column");
            assertThat(rowTexts(written.getSheet("窗口 windows"), 2))
                    .containsExactly("intake", "2", "住建托管窗口", "MEDIATION 调解", "housing, natural-resources", "0", "1");
            assertThat(rowTexts(written.getSheet("窗口时间 openingHours"), 1))
                    .containsExactly("1", "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY", "09:30", "13:30");
        }
    }

    @Test
    void keepsDatesAndTimesAsTextAndNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook written = open(workbook.write(EveryFieldSet.configuration()))) {
            Cell retiredOn = cell(written, "组织 orgUnits", "G7");
            Cell opens = cell(written, "窗口时间 openingHours", "C2");
            Cell arrival = cell(written, "部门 departments", "G6");
            Cell amount = cell(written, "复杂度 complexity", "C2");
            Cell huge = cell(written, "指标 kpis", "D6");

            assertThat(retiredOn.getCellType()).isEqualTo(CellType.STRING);
            assertThat(retiredOn.getStringCellValue()).isEqualTo("2026-02-13");
            assertThat(retiredOn.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(opens.getStringCellValue()).isEqualTo("09:30");
            assertThat(arrival.getNumericCellValue()).isEqualTo(30);
            assertThat(amount.getNumericCellValue()).isEqualTo(1_000_000);
            // More digits than a spreadsheet number holds: kept exact as text.
            assertThat(huge.getStringCellValue()).isEqualTo("12345678901234567.25");
        }
    }

    @Test
    void freezesABoldHeaderAndOffersTheAllowedValuesAsDropdowns() throws IOException {
        try (XSSFWorkbook written = open(workbook.write(EveryFieldSet.configuration()))) {
            Sheet departments = written.getSheet("部门 departments");
            CellStyle header = cell(written, "部门 departments", "A1").getCellStyle();
            List<DataValidation> validations = new ArrayList<>(departments.getDataValidations());

            assertThat(departments.getPaneInformation().isFreezePane()).isTrue();
            assertThat(departments.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(written.getFontAt(header.getFontIndex()).getBold()).isTrue();
            assertThat(departments.getColumnWidth(1)).isGreaterThan(departments.getColumnWidth(6) / 2);
            assertThat(validations).hasSize(1);
            DataValidation modes = validations.getFirst();
            assertThat(modes.getValidationConstraint().getExplicitListValues())
                    .containsExactly("RESIDENT 常驻", "ROTATING 轮驻", "ON_CALL 随驻");
            assertThat(modes.getRegions().getCellRangeAddress(0).formatAsString())
                    .isEqualTo("C2:C1048576");
            assertThat(modes.getShowErrorBox()).isTrue();
            // Excel shows the in-cell arrow only when OOXML's (inverted) showDropDown is off.
            assertThat(((XSSFSheet) departments)
                            .getCTWorksheet()
                            .getDataValidations()
                            .getDataValidationArray(0)
                            .getShowDropDown())
                    .isFalse();
        }
    }

    @Test
    void everyDropdownFitsExcelsListLimit() {
        for (SheetLayout layout : SheetLayout.values()) {
            for (Column column : layout.columns()) {
                if (column.choices() != null) {
                    assertThat(String.join(",", column.choices().dropdown()))
                            .as(layout.title() + " " + column.key())
                            .hasSizeLessThanOrEqualTo(255);
                }
            }
        }
    }

    // A workbook filled in by hand -----------------------------------------------------------------

    @Test
    void readsWhatExcelMadeOfTypedNumbersDatesTimesAndBlankRows() throws IOException {
        byte[] filled = fill(CenterConfiguration.EMPTY, sheets -> {
            sheets.row("组织 orgUnits", 2, "654301", "阿勒泰市综治中心", "CENTER", 654301, null, "在用", null);
            sheets.row("组织 orgUnits", 5, "old", "原红墩村", "village", "654301100201", "654301", "RETIRED 已撤销", null);
            sheets.date("组织 orgUnits", "G5", LocalDate.of(2026, 2, 13));
            sheets.row("功能区 areas", 2, "intake", "引导受理大厅", "INTAKE_HALL 引导受理区", 1.0);
            sheets.row("窗口 windows", 2, "intake", 7, "7号窗口", "调解", "housing，water", 0, "3");
            sheets.row("窗口时间 openingHours", 2, 7, "周一、星期三, fri", null, "18:00");
            sheets.time("窗口时间 openingHours", "C2", LocalTime.of(8, 30));
            sheets.row("部门 departments", 2, "housing", "住建局", "常驻", null, null, null, null);
            sheets.row("部门 departments", 4, "water", "水利局", "on_call", "housing", null, 13800000000.0, 30);
            sheets.row("类别 categories", 2, "land", "土地纠纷", null, true, "housing", null, 30, 3, 30, 7, 60, 15);
            sheets.row("复杂度 complexity", 2, "land", "疑难", 1000000, "10");
            sheets.row("日历 calendar", 2, "2026/5/27", false, "古尔邦节");
            sheets.row("指标 kpis", 2, "resolution-rate", 2026, "95.5", 90);
            sheets.blank("组织 orgUnits", 3, 7);
            sheets.blank("组织 orgUnits", 4, 7);
        });

        CenterConfiguration read = workbook.read(new ByteArrayInputStream(filled));

        assertThat(read.orgUnits()).hasSize(2);
        assertThat(read.orgUnits().getFirst().divisionCode()).isEqualTo("654301");
        assertThat(read.orgUnits().get(1).retiredOn()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(read.areas().getFirst().floor()).isEqualTo(1);
        Area.Window window = read.areas().getFirst().windows().getFirst();
        assertThat(window.number()).isEqualTo("7");
        assertThat(window.function()).isEqualTo(Area.Function.MEDIATION);
        assertThat(window.departments()).containsExactly("housing", "water");
        assertThat(window.openingHours())
                .containsExactly(new Area.OpeningHours(
                        List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(8, 30),
                        LocalTime.of(18, 0)));
        assertThat(read.department("water").orElseThrow().whistle())
                .isEqualTo(new Department.Whistle(null, "13800000000", 30));
        assertThat(read.department("water").orElseThrow().mode()).isEqualTo(Department.Mode.ON_CALL);
        Category land = read.category("land").orElseThrow();
        assertThat(land.retired()).isTrue();
        assertThat(land.path()).isEqualTo(new Category.StandardPath("housing", List.of()));
        assertThat(land.deadlines().difficult()).isEqualTo(new Category.Deadline(60, 15));
        assertThat(land.complexity())
                .containsExactly(
                        new Category.ComplexityRule(Category.ComplexityClass.DIFFICULT, new BigDecimal("1000000"), 10));
        assertThat(read.calendar().byDate()).containsEntry(LocalDate.of(2026, 5, 27), false);
        assertThat(read.kpis())
                .containsExactly(new KpiSelection(
                        "resolution-rate",
                        List.of(new KpiSelection.Target("2026", new BigDecimal("95.5"), new BigDecimal("90")))));
    }

    @Test
    void listsEveryMistakeOfAHandFilledWorkbookWithItsCell() throws IOException {
        byte[] filled = fill(CenterConfiguration.EMPTY, sheets -> {
            sheets.row("组织 orgUnits", 2, "654301", "阿勒泰市综治中心", "CENTER", "65430", null, "ACTIVE", null);
            sheets.row("功能区 areas", 2, "intake", "引导受理大厅", "INTAKE_HALL", null);
            sheets.text("功能区 areas", "F2", "二楼东侧");
            sheets.row("窗口 windows", 2, "intake", "1", "受理窗口", "INTAKE", "housing", 0, 0);
            sheets.row("窗口 windows", 3, "intake", "2", null, "MEDIATION", "housing", 0, null);
            sheets.row("窗口 windows", 4, "hall", "3", "调解窗口", "MEDIATION", null, null, null);
            sheets.row("窗口时间 openingHours", 2, "1", "MONDAY", "8点半", "18:00");
            sheets.row("窗口时间 openingHours", 3, "7", "MONDAY", "08:30", "18:00");
            sheets.row("部门 departments", 2, "housing", "住建局", "RESIDENT", null, null, null, 30.5);
            sheets.row("部门 departments", 3, "water", "水利局", "RESIDNT", "housing", null, null, null);
            sheets.row("轮驻 rota", 2, "civil", "MONDAY", "ODD", "2026-02-30", null);
            sheets.row("职责 duties", 2, "water", "accepts", "水利工程纠纷");
            sheets.row("类别 categories", 2, "land", "土地纠纷", null, null, "housing", null, 30, 3, null, 7, 60, 15);
            sheets.row("复杂度 complexity", 2, "land", "DIFFICULT", "一百万", null);
            sheets.row("日历 calendar", 2, "2026-05-27", null, "古尔邦节");
            sheets.row("指标 kpis", 2, "resolution-rate", "2026-13", 95.5, 90);
        });

        WorkbookProblems problems =
                catchThrowableOfType(WorkbookProblems.class, () -> workbook.read(new ByteArrayInputStream(filled)));

        assertThat(problems.problems())
                .containsExactlyInAnyOrder(
                        problem("组织 orgUnits!D2", "not a division code: 6, 9 or 12 digits (GB/T 2260)"),
                        problem("功能区 areas!F2", "outside the sheet's columns (A to D); move or delete it"),
                        problem("窗口 windows!C3", "required"),
                        problem("窗口 windows!G3", "required when row is given"),
                        problem("窗口 windows!A4", "area hall does not exist in sheet 功能区 areas"),
                        problem("窗口时间 openingHours!C2", "not a time (HH:mm, e.g. 08:30)"),
                        problem("窗口时间 openingHours!A3", "window 7 does not exist in sheet 窗口 windows"),
                        problem("部门 departments!G2", "not a whole number"),
                        problem("部门 departments!C3", "expected one of RESIDENT, ROTATING, ON_CALL"),
                        problem("轮驻 rota!A2", "department civil does not exist in sheet 部门 departments"),
                        problem("轮驻 rota!D2", "not a date (yyyy-MM-dd, e.g. 2026-02-13)"),
                        problem(
                                "类别 categories!I2",
                                "required: fill all six deadline cells, or none to follow the parent's deadlines"),
                        problem("复杂度 complexity!C2", "not a number"),
                        problem("日历 calendar!B2", "required"),
                        problem("指标 kpis!B2", "not a period: a year (2026), a quarter (2026-Q4) or a month (2026-11)"));
        assertThat(problems.getBody().getStatus()).isEqualTo(400);
        assertThat(problems.getBody().getDetail()).isEqualTo("15 fields are invalid");
    }

    @Test
    void skipsBlankRowsAnywhere() throws IOException {
        CenterConfiguration altay = EveryFieldSet.configuration();
        byte[] spaced = fill(altay, sheets -> {
            sheets.insertBlankRow("窗口 windows", 2);
            sheets.insertBlankRow("部门 departments", 1);
            sheets.insertBlankRow("指标 kpis", 3);
            sheets.blank("类别 categories", 20, 12);
            sheets.text("类别 categories", "B21", "   ");
        });

        assertThat(workbook.read(new ByteArrayInputStream(spaced))).isEqualTo(altay);
    }

    // Not a configuration workbook at all ----------------------------------------------------------

    @Test
    void refusesAnUploadThatIsNoWorkbook() {
        assertThat(refusal("名称,编码\n水利局,water\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly(problem("workbook", "not an Excel workbook (.xlsx)"));
        assertThat(refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}))
                .containsExactly(problem(
                        "workbook",
                        "an Excel 97-2003 (.xls) or password-protected file: save it as an Excel workbook (.xlsx)"
                                + " without a password and import that"));
        assertThat(refusal(zip("photos/IMG_0001.jpg", new byte[] {1, 2, 3})))
                .containsExactly(problem("workbook", "not an Excel workbook (.xlsx)"));
        assertThat(refusal(zip("[Content_Types].xml", "<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(problem("workbook", "not an Excel workbook (.xlsx) that can be read"));
    }

    @Test
    void refusesAWorkbookWithAMissingSheetInOneProblem() throws IOException {
        byte[] withoutRota = fill(EveryFieldSet.configuration(), sheets -> sheets.remove("轮驻 rota"));

        assertThat(refusal(withoutRota))
                .containsExactly(
                        problem("轮驻 rota", "the sheet is missing; export the workbook again to get every sheet"));
    }

    @Test
    void readsAWorkbookFromBeforeWorkingHoursAsTheDefaultHours() throws IOException {
        byte[] older = fill(EveryFieldSet.configuration(), sheets -> sheets.remove("工作时间 workingHours"));

        CenterConfiguration read = workbook.read(new ByteArrayInputStream(older));

        assertThat(read.calendar().workingHours()).isNull();
        assertThat(read.calendar().overrides())
                .isEqualTo(EveryFieldSet.calendar().overrides());
    }

    @Test
    void readsAWorkbookFromBeforeLightsAsTheDefaultLights() throws IOException {
        byte[] older = fill(EveryFieldSet.configuration(), sheets -> sheets.remove("亮灯 lights"));

        CenterConfiguration read = workbook.read(new ByteArrayInputStream(older));

        assertThat(read.calendar().lights()).isNull();
        assertThat(read.calendar().effectiveLights()).isEqualTo(CalendarOverrides.Lights.DEFAULT);
        assertThat(read.calendar().workingHours())
                .isEqualTo(EveryFieldSet.calendar().workingHours());
    }

    @Test
    void refusesALightOutOfRangeAndASecondRowOfLightsNamingTheirCells() throws IOException {
        byte[] edited = fill(EveryFieldSet.configuration(), sheets -> {
            sheets.row("亮灯 lights", 2, 100, 30, null, 0);
            sheets.row("亮灯 lights", 3, 50, null, null, null);
        });

        assertThat(refusal(edited))
                .containsExactlyInAnyOrder(
                        problem("亮灯 lights!A2", "must be from 1 to 99"),
                        problem("亮灯 lights!D2", "must be from 1 to 60"),
                        problem("亮灯 lights!A3", "at most 1 row of lights; this row is one too many"));
    }

    @Test
    void refusesUnknownSheetsAndChangedHeaders() throws IOException {
        byte[] edited = fill(EveryFieldSet.configuration(), sheets -> {
            sheets.add("备注 notes");
            sheets.text("部门 departments", "C1", "方式");
            sheets.text("部门 departments", "H1", "备注");
        });

        List<FieldProblem> problems = refusal(edited);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0).field()).isEqualTo("备注 notes");
        assertThat(problems.get(0).message())
                .startsWith("unknown sheet; a configuration workbook has only the sheets 说明 README, 组织 orgUnits");
        assertThat(problems.get(1).field()).isEqualTo("部门 departments!C1");
        assertThat(problems.get(1).message()).startsWith("expected the header 入驻方式 mode, found '方式'");
        assertThat(problems.get(2).field()).isEqualTo("部门 departments!H1");
        assertThat(problems.get(2).message()).startsWith("unexpected column '备注'");
    }

    @Test
    void readsAHeaderWhoseChineseLabelWasRetyped() throws IOException {
        byte[] retyped =
                fill(EveryFieldSet.configuration(), sheets -> sheets.text("部门 departments", "C1", "驻点方式 mode"));

        assertThat(workbook.read(new ByteArrayInputStream(retyped))).isEqualTo(EveryFieldSet.configuration());
    }

    // Hostile files --------------------------------------------------------------------------------

    @Test
    void refusesAZipBombWithoutUnpackingIt() {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[64 * 1024 * 1024]);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refusal(bomb))
                .containsExactly(problem(
                        "workbook",
                        "the workbook unpacks to more than 10 MB; a configuration workbook is far smaller"));
    }

    @Test
    void refusesAnUploadOverTenMegabytes() {
        byte[] huge = new byte[UploadGuard.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;

        assertThat(refusal(huge))
                .containsExactly(
                        problem("workbook", "the file is larger than 10 MB; a configuration workbook is far smaller"));
    }

    @Test
    void refusesMoreRowsThanAnyCenterHas() throws IOException {
        byte[] endless = fill(CenterConfiguration.EMPTY, sheets -> {
            for (int r = 2; r <= WorkbookReader.MAX_ROWS + 2; r++) {
                sheets.text("指标 kpis", "A" + r, "k" + r);
            }
        });

        assertThat(refusal(endless))
                .containsExactly(problem("workbook", "the workbook has 50001 rows; a configuration has at most 50000"));
    }

    // Helpers --------------------------------------------------------------------------------------

    private List<FieldProblem> refusal(byte[] upload) {
        WorkbookProblems problems =
                catchThrowableOfType(WorkbookProblems.class, () -> workbook.read(new ByteArrayInputStream(upload)));
        assertThat(problems).as("the upload is refused").isNotNull();
        return problems.problems();
    }

    private static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, message);
    }

    /** What an admin does: export, edit in Excel, save. */
    private byte[] fill(CenterConfiguration exported, Edits edits) throws IOException {
        try (XSSFWorkbook sheets = open(workbook.write(exported));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.apply(new HandEdits(sheets));
            sheets.write(out);
            return out.toByteArray();
        }
    }

    private interface Edits {
        void apply(HandEdits sheets);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String address) {
        CellReference reference = new CellReference(address);
        return book.getSheet(sheet).getRow(reference.getRow()).getCell(reference.getCol());
    }

    private static String text(XSSFWorkbook book, String sheet, String address) {
        return RowCells.textOf(cell(book, sheet, address));
    }

    private static List<String> rowTexts(Sheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(row).forEach(cell -> texts.add(RowCells.textOf(cell)));
        return texts;
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Typing into an exported workbook the way Excel stores it: text, numbers, booleans, dates. */
    private record HandEdits(XSSFWorkbook book) {

        void row(String sheet, int excelRow, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    set(sheet, new CellReference(excelRow - 1, i), values[i]);
                }
            }
        }

        void text(String sheet, String address, String value) {
            set(sheet, new CellReference(address), value);
        }

        void date(String sheet, String address, LocalDate date) {
            Cell cell = cellAt(sheet, new CellReference(address));
            cell.setCellValue(date);
            cell.setCellStyle(style("yyyy/m/d"));
        }

        void time(String sheet, String address, LocalTime time) {
            Cell cell = cellAt(sheet, new CellReference(address));
            cell.setCellValue(time.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(style("h:mm"));
        }

        /** Cells Excel keeps after their content is deleted: present, styled, empty. */
        void blank(String sheet, int excelRow, int columns) {
            Row row = rowAt(sheet, excelRow - 1);
            for (int i = 0; i < columns; i++) {
                row.createCell(i).setCellValue("");
            }
        }

        void insertBlankRow(String sheet, int afterExcelRow) {
            Sheet target = book.getSheet(sheet);
            target.shiftRows(afterExcelRow, Math.max(afterExcelRow, target.getLastRowNum()), 1);
        }

        void remove(String sheet) {
            book.removeSheetAt(book.getSheetIndex(sheet));
        }

        void add(String sheet) {
            book.createSheet(sheet).createRow(0).createCell(0).setCellValue("写点什么");
        }

        private void set(String sheet, CellReference reference, Object value) {
            Cell cell = cellAt(sheet, reference);
            switch (value) {
                case String text -> cell.setCellValue(text);
                case Boolean flag -> cell.setCellValue(flag);
                case Number number -> cell.setCellValue(number.doubleValue());
                default -> throw new IllegalArgumentException(value.toString());
            }
        }

        private Cell cellAt(String sheet, CellReference reference) {
            Row row = rowAt(sheet, reference.getRow());
            Cell cell = row.getCell(reference.getCol());
            return cell == null ? row.createCell(reference.getCol()) : cell;
        }

        private Row rowAt(String sheet, int index) {
            Sheet target = book.getSheet(sheet);
            Row row = target.getRow(index);
            return row == null ? target.createRow(index) : row;
        }

        private CellStyle style(String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }
}
