-- The life of a matter after intake: triage, dispatch to departments, sign-off or return,
-- completion, outcome, close, follow-up visit, withdrawal (docs/matter-lifecycle.md).

alter table matter
    add column return_count           integer     not null default 0 check (return_count >= 0),
    add column reopen_count           integer     not null default 0 check (reopen_count >= 0),
    add column supervision_required   boolean     not null default false,
    add column outcome_kind           varchar(40),
    add column outcome_summary        text,
    add column outcome_amount_fen     bigint      check (outcome_amount_fen >= 0),
    add column outcome_reason         text,
    add column outcome_recorded_at    timestamptz,
    add column closed_at              timestamptz,
    add column closed_on_time         boolean,
    add column follow_up_due_on       date,
    add column follow_up_satisfaction varchar(30),
    add column follow_up_remarks      text,
    add column follow_up_visited_at   timestamptz,
    add column withdrawal_reason      text,
    add column last_step_at           timestamptz;

update matter set last_step_at = registered_at;
alter table matter alter column last_step_at set not null;

alter table matter add constraint matter_status_known check (status in
    ('REGISTERED', 'TRIAGED', 'DISPATCHED', 'IN_HANDLING', 'CLOSED', 'FOLLOWED_UP', 'WITHDRAWN'));

-- The ledger filters by status.
create index matter_status_ledger on matter (status, registered_at desc, id desc);

-- One department's part of a matter (交办).
create table matter_assignment (
    id              uuid         primary key,
    matter_id       uuid         not null references matter (id),
    ordinal         integer      not null,
    department      varchar(64)  not null,
    host            varchar(64),
    role            varchar(20)  not null check (role in ('LEAD', 'CO_HANDLER')),
    status          varchar(20)  not null check (status in ('PENDING', 'SIGNED', 'COMPLETED', 'RETURNED', 'CANCELLED')),
    assigned_at     timestamptz  not null,
    response_due_at timestamptz,
    handling_due_on date,
    signed_at       timestamptz,
    signed_by       varchar(200),
    return_reason   text,
    completed_at    timestamptz,
    summary         text,
    unique (matter_id, ordinal)
);

-- A department's work list, and tenant-service's question before a department is removed.
create index matter_assignment_department on matter_assignment (department, status);

-- Every step of every matter, in order (the timeline). Append-only: once written a step is
-- never changed or deleted, whoever asks (the triggers below refuse it, as the audit log does).
create table matter_event (
    matter_id   uuid          not null references matter (id),
    sequence    integer       not null check (sequence > 0),
    kind        varchar(40)   not null,
    occurred_at timestamptz   not null,
    actor       varchar(200)  not null,
    department  varchar(64),
    details     jsonb         not null,
    primary key (matter_id, sequence)
);

create function matter_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'matter events are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger matter_event_no_change
    before update or delete on matter_event
    for each row execute function matter_event_append_only();

create trigger matter_event_no_truncate
    before truncate on matter_event
    for each statement execute function matter_event_append_only();

-- The registration of every matter taken in before this version, so each timeline starts there.
insert into matter_event (matter_id, sequence, kind, occurred_at, actor, department, details)
select id, 1, 'REGISTERED', registered_at, 'unknown', null,
       jsonb_build_object('code', code, 'channel', channel, 'categoryCode', category_code,
                          'orgUnitCode', org_unit_code, 'complexity', complexity)
from matter;
