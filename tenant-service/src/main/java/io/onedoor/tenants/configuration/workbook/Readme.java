package io.onedoor.tenants.configuration.workbook;

import java.util.List;

/** The README sheet's instructions, in Chinese with English, one line a paragraph. */
final class Readme {

    static final List<String> PARAGRAPHS = List.of(
            "1. 本工作簿就是本中心的全部配置，每个工作表对应一类条目。导入会替换整个配置，导入前请先导出最新版本再修改。"
                    + " / This workbook is the center's whole configuration, one sheet per kind of item."
                    + " Importing it replaces the whole configuration: export the current version, edit it, import it.",
            "2. 第 1 行是表头（中文名称 + 英文键），请勿修改、删除或调换列，也不要增加工作表或列；导入会拒绝未知的工作表和列。"
                    + " / Row 1 is the header (Chinese label and English key): do not change, delete or reorder"
                    + " columns, nor add sheets or columns; unknown ones are refused.",
            "3. 每行一个条目，按行的先后保存；空行会被跳过。 / One item a row, kept in row order; blank rows are skipped.",
            "4. 带下拉箭头的列只能选择列表中的值，如 RESIDENT 常驻；只写 RESIDENT 或 常驻 也可以。"
                    + " / Columns with a dropdown take one of its values, e.g. RESIDENT 常驻 (RESIDENT or 常驻 alone also read).",
            "5. 日期写成 2026-02-13，时间写成 08:30；这些单元格是文本格式，Excel/WPS 不会改写。"
                    + " / Dates as 2026-02-13, times as 08:30; these cells are text, so Excel and WPS keep them as typed.",
            "6. 多个值用逗号分隔：部门如 police, court；星期如 MONDAY, FRIDAY 或 周一, 周五。"
                    + " / Several values are comma-separated: departments as police, court; days as MONDAY, FRIDAY or 周一, 周五.",
            "7. 表之间按编码关联：窗口、调解室的功能区须在「功能区 areas」中；窗口时间的窗口号须在「窗口 windows」中；"
                    + "轮驻、职责的部门须在「部门 departments」中；复杂度规则的类别须在「类别 categories」中。"
                    + " / Sheets refer to each other by code: a window's or room's area must be in sheet areas, an opening"
                    + " hours row's window in sheet windows, a rota or duty row's department in sheet departments, a"
                    + " complexity rule's category in sheet categories.",
            "8. 随驻（ON_CALL）部门填写托管的常驻部门，或吹哨联系人、电话；到场分钟不填为 30。"
                    + " / An ON_CALL department names its resident host, or a whistle contact or phone; arrival minutes default to 30.",
            "9. 类别不填牵头部门则沿用上级类别的标准路径；六个时限列要么全填，要么全空（沿用上级类别）。"
                    + " / A category without a lead follows its parent's standard path; its six deadline cells are all"
                    + " filled or all empty (the parent's deadlines apply).",
            "10. 指标每行填一个周期的目标值和预警值；只选指标、暂不设目标时只填指标编码。"
                    + " / KPIs: one period's target and warning a row; a KPI chosen without targets yet is its code alone.",
            "11. 导入时一次列出所有错误，位置写作「工作表!单元格」，如 窗口 windows!C5；全部改正后再导入，没有错误才会保存。"
                    + " / An import lists every error at once as sheet!cell, e.g. 窗口 windows!C5; nothing is saved"
                    + " until the whole workbook is right.");

    private Readme() {}
}
