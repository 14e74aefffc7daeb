-- A province's own working calendar for a year: the State Council's notice as the province
-- applies it, plus its regional holidays. A year without a row here falls back to the national
-- calendar shipped with the platform (version 0), so a row exists only once an operator saved one.
-- Rows are never deleted: the sum of a province's versions only grows, and configuration snapshot
-- ETags rely on that.

create table province_calendar (
    province_code    char(6)      not null,
    year             integer      not null,
    -- [{"name": "Spring Festival", "from": "2026-02-15", "to": "2026-02-23"}, ...]
    holidays         jsonb        not null,
    -- ["2026-02-14", ...]
    make_up_workdays jsonb        not null,
    version          bigint       not null,
    saved_by         varchar(200) not null,
    saved_at         timestamptz  not null,
    primary key (province_code, year),
    constraint province_calendar_province_code check (province_code ~ '^[0-9]{2}0000$'),
    constraint province_calendar_year check (year between 2000 and 2100),
    constraint province_calendar_version check (version >= 1),
    constraint province_calendar_holidays_is_array check (jsonb_typeof(holidays) = 'array'),
    constraint province_calendar_make_up_is_array check (jsonb_typeof(make_up_workdays) = 'array')
);
