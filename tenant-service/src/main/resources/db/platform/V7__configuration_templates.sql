-- Onboarding templates an operator saved from a configured center, beside the platform's own
-- (shipped in templates/*.json). Org unit codes are stored relative to the center's division
-- code ('{division}001'), so that the next county gets the same tree under its own code.
create table config_template (
    name          varchar(60)   primary key,
    level         varchar(10)   not null check (level in ('CITY', 'COUNTY')),
    description   varchar(500)  not null,
    province_code char(6)       not null,
    source_tenant varchar(40)   not null,
    document      jsonb         not null,
    saved_by      varchar(200)  not null,
    saved_at      timestamptz   not null default now()
);
