-- Whistles (吹哨报到): a window summons an on-call department to the center for one matter; the
-- department must arrive within its arrival SLA. A late arrival stays marked late.
create table matter_whistle (
    id                  uuid         primary key,
    matter_id           uuid         not null references matter (id),
    ordinal             integer      not null,
    department          varchar(64)  not null,
    host                varchar(64),
    reason              text         not null,
    summoned_by         varchar(200) not null,
    summoned_for        varchar(64),
    summoned_at         timestamptz  not null,
    arrival_due_at      timestamptz  not null,
    status              varchar(20)  not null check (status in ('AWAITING', 'ARRIVED', 'CANCELLED')),
    arrived_at          timestamptz,
    arrived_person      varchar(200),
    arrival_recorded_by varchar(200),
    unique (matter_id, ordinal),
    check ((status = 'ARRIVED') = (arrived_at is not null))
);

-- A department's summons still awaited, across matters (the on-call list of a center).
create index matter_whistle_awaiting on matter_whistle (department) where status = 'AWAITING';
