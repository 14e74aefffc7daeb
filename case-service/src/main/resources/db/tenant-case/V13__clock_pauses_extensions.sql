-- A matter's clocks (docs/matter-lifecycle.md, Clocks): pauses of its SLA clocks while it waits on
-- the citizen or an outside body, extensions of its closure due or of a petition's statutory
-- clock (信访), and when its own dues were last counted (a pause moves a due only by the working
-- time it ran after its clock started).

alter table matter
    add column terms_counted_at        timestamptz,
    add column paused_since            timestamptz,
    add column petition_extension_days integer not null default 0
        check (petition_extension_days between 0 and 30);

-- Every pause, numbered from 1; the last is current while the matter's paused_since is set.
create table matter_pause (
    matter_id              uuid          not null references matter (id),
    number                 integer       not null check (number > 0),
    waiting_on             varchar(20)   not null check (waiting_on in ('CITIZEN', 'OUTSIDE_BODY')),
    reason                 text          not null,
    paused_at              timestamptz   not null,
    paused_by              varchar(200)  not null,
    resume_at              timestamptz   check (resume_at > paused_at),
    resumed_at             timestamptz   check (resumed_at >= paused_at),
    resumed_by             varchar(200),
    -- The working time the pause covered, once resumed; null where the calendar could not count it.
    paused_working_minutes bigint        check (paused_working_minutes >= 0),
    paused_working_days    integer       check (paused_working_days >= 0),
    primary key (matter_id, number),
    check ((resumed_at is null) = (resumed_by is null)),
    check (resumed_at is not null or (paused_working_minutes is null and paused_working_days is null))
);

-- At most one pause of a matter runs at a time.
create unique index matter_pause_current on matter_pause (matter_id) where resumed_at is null;

-- Every extension asked for (延期), numbered from 1, and a supervisor's decision on it.
create table matter_extension (
    matter_id       uuid          not null references matter (id),
    number          integer       not null check (number > 0),
    clock           varchar(20)   not null check (clock in ('CLOSURE', 'PETITION')),
    days            integer       not null check (days between 1 and 60),
    reason          text          not null,
    status          varchar(20)   not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    requested_at    timestamptz   not null,
    requested_by    varchar(200)  not null,
    decided_at      timestamptz,
    decided_by      varchar(200),
    remarks         text,
    previous_due_at timestamptz,
    new_due_at      timestamptz,
    primary key (matter_id, number),
    check (clock <> 'PETITION' or days <= 30),
    check ((status = 'PENDING') = (decided_at is null)),
    check ((status = 'PENDING') = (decided_by is null)),
    check ((status = 'APPROVED') = (new_due_at is not null)),
    check (status <> 'REFUSED' or remarks is not null)
);

-- One extension of a matter is pending at a time.
create unique index matter_extension_pending on matter_extension (matter_id) where status = 'PENDING';
