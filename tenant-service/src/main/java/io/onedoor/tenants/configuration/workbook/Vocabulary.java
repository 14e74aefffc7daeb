package io.onedoor.tenants.configuration.workbook;

import io.onedoor.tenants.configuration.Area;
import io.onedoor.tenants.configuration.Category.ComplexityClass;
import io.onedoor.tenants.configuration.Department;
import io.onedoor.tenants.configuration.OrgUnit;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/** The Chinese labels of the configuration's enumerations, as the workbook's dropdowns show them. */
final class Vocabulary {

    static final Choices<OrgUnit.Kind> ORG_UNIT_KINDS =
            Choices.of(OrgUnit.Kind.class, "综治中心", "乡镇街道", "村嘎查", "社区", "网格");

    static final Choices<OrgUnit.Status> ORG_UNIT_STATUSES = Choices.of(OrgUnit.Status.class, "在用", "已撤销");

    static final Choices<Area.Kind> AREA_KINDS =
            Choices.of(Area.Kind.class, "引导受理区", "多元化解区", "公共法律服务区", "心理咨询区", "指挥调度区", "调解区", "诉讼服务区", "其他");

    static final Choices<Area.Function> WINDOW_FUNCTIONS =
            Choices.of(Area.Function.class, "受理", "调解", "法律咨询", "法律援助", "诉讼服务", "信访", "金融纠纷", "劳动争议", "心理服务", "综合");

    static final Choices<Area.RoomKind> ROOM_KINDS =
            Choices.of(Area.RoomKind.class, "经济纠纷", "损害赔偿", "婚姻家庭邻里", "行业调解", "专家调解", "律师调解", "远程调解", "心理疏导", "综合");

    static final Choices<Department.Mode> MODES = Choices.of(Department.Mode.class, "常驻", "轮驻", "随驻");

    static final Choices<Department.Weeks> WEEKS = Choices.of(Department.Weeks.class, "每周", "单周", "双周");

    static final Choices<ComplexityClass> CLASSES = Choices.of(ComplexityClass.class, "简易", "一般", "疑难");

    static final Choices<DutyList> DUTY_LISTS = new Choices<>(List.of(
            new Choices.Choice<>("accepts", "受理事项清单", DutyList.ACCEPTS),
            new Choices.Choice<>("joint", "协同任务清单", DutyList.JOINT),
            new Choices.Choice<>("supervisionTriggers", "负面督办清单", DutyList.SUPERVISION_TRIGGERS)));

    static final Choices<Boolean> YES_NO = new Choices<>(List.of(
            new Choices.Choice<>("TRUE", "是", Boolean.TRUE), new Choices.Choice<>("FALSE", "否", Boolean.FALSE)));

    private static final Choices<DayOfWeek> WEEKDAYS =
            Choices.of(DayOfWeek.class, "周一", "周二", "周三", "周四", "周五", "周六", "周日");

    /** The three duty lists of a department (受理事项, 协同任务, 负面督办). */
    enum DutyList {
        ACCEPTS,
        JOINT,
        SUPERVISION_TRIGGERS
    }

    /** MONDAY, Monday, MON, 周一 or 星期一 (星期日 and 周天 for Sunday too). */
    static Optional<DayOfWeek> weekday(String text) {
        String token = text.strip();
        if (token.startsWith("星期") || token.startsWith("礼拜")) {
            token = "周" + token.substring(2);
        }
        if (token.equals("周天")) {
            token = "周日";
        }
        Optional<DayOfWeek> named = WEEKDAYS.parse(token);
        if (named.isPresent() || token.length() != 3) {
            return named;
        }
        String abbreviation = token;
        return WEEKDAYS.entries().stream()
                .filter(entry -> entry.code().regionMatches(true, 0, abbreviation, 0, 3))
                .map(Choices.Choice::value)
                .findFirst();
    }

    private Vocabulary() {}
}
