package io.onedoor.cases.matter;

/** How a matter reached the center. */
public enum Channel {
    WALK_IN,
    PHONE,
    LETTER,
    ONLINE,
    HOTLINE_12345,
    POLICE,
    COURT_REFERRAL,
    PETITION_BUREAU,
    GRID_REPORT,
    VILLAGE_WHISTLE
}
