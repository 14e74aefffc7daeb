-- What happens when a matter's clocks ring (issue 11): the warnings (预警) they raise, each
-- person's and department's inbox, and supervision items (督办) with their steps. None of these
-- tables holds personal data: titles and reasons name matters by code, departments by code.

-- A warning a clock raised: due soon (yellow), overdue (red), unsigned at the response due,
-- arrival late, instalment missed. Open until the step it waited for is taken (resolved_at).
-- One warning per clock, subject, kind and due time: an alarm handled twice raises it once.
create table warning (
    id          uuid         primary key,
    kind        varchar(30)  not null
        check (kind in ('UNSIGNED', 'ARRIVAL_LATE', 'DUE_SOON', 'OVERDUE', 'INSTALMENT_MISSED')),
    matter_id   uuid         not null references matter (id),
    clock       varchar(30)  not null,
    subject     varchar(64)  not null,
    department  varchar(64),
    due_at      timestamptz  not null,
    raised_at   timestamptz  not null,
    -- The light the clock showed when the warning was raised.
    light       varchar(10)  not null check (light in ('GREEN', 'YELLOW', 'RED')),
    resolved_at timestamptz,
    unique (matter_id, clock, subject, kind, due_at)
);

-- The center's list, newest first; a department's; the open ones only; a matter's open ones,
-- which every step of the matter looks at to resolve those whose clock stopped.
create index warning_list on warning (raised_at desc, id desc);
create index warning_department_list on warning (department, raised_at desc, id desc);
create index warning_open_list on warning (raised_at desc, id desc) where resolved_at is null;
create index warning_open_of_matter on warning (matter_id) where resolved_at is null;

-- A supervision item (督办): opened by a clock turning red, by an unsatisfied follow-up, by a
-- supervisor, or (issue 12) handed down by a superior center, whose tenant and own reference the
-- source columns keep. Its own deadline and light; closed after verification with an outcome.
create table supervision (
    id                 uuid         primary key,
    matter_id          uuid         not null references matter (id),
    assignment_id      uuid         references matter_assignment (id),
    trigger            varchar(30)  not null check (trigger in
        ('MATTER_OVERDUE', 'ASSIGNMENT_OVERDUE', 'UNSIGNED', 'LOCK_MISSED', 'UNSATISFIED', 'MANUAL', 'HANDED_DOWN')),
    -- What the item is about within the matter: `matter`, an assignment's or a lock's id, or a
    -- superior's reference: one open item per matter, trigger and subject.
    subject            varchar(200) not null,
    source_kind        varchar(10)  not null default 'LOCAL' check (source_kind in ('LOCAL', 'SUPERIOR')),
    source_tenant      varchar(40),
    source_reference   varchar(200),
    reason             text,
    responsible_unit   varchar(64)  not null,
    responsible_person varchar(200),
    status             varchar(10)  not null check (status in ('OPEN', 'CLOSED')),
    opened_at          timestamptz  not null,
    opened_by          varchar(200) not null,
    due_at             timestamptz  not null,
    closed_at          timestamptz,
    outcome            varchar(20)  check (outcome in ('RECTIFIED', 'MATTER_CLOSED', 'WITHDRAWN', 'UNFOUNDED')),
    version            bigint       not null,
    check ((status = 'CLOSED') = (closed_at is not null)),
    check ((status = 'CLOSED') = (outcome is not null)),
    check (source_kind = 'LOCAL' or (source_tenant is not null and source_reference is not null))
);

-- However many alarms ring for one thing at once, one open item supervises it.
create unique index supervision_one_open on supervision (matter_id, trigger, subject) where status = 'OPEN';
-- The list and the board read the open items (a small set) and the closed ones newest first.
create index supervision_open on supervision (opened_at, id) where status = 'OPEN';
create index supervision_closed on supervision (closed_at desc, id desc) where status = 'CLOSED';
create index supervision_of_matter on supervision (matter_id);
create index supervision_unit on supervision (responsible_unit, status);

-- Every step of an item, in order: opened, reminders (催办), interviews (约谈), notices,
-- recommendations, the close after verification (核查办结). Appended, never changed.
create table supervision_step (
    supervision_id uuid         not null references supervision (id),
    sequence       integer      not null check (sequence > 0),
    kind           varchar(40)  not null check (kind in ('OPENED', 'REMINDER', 'INTERVIEW', 'CRITICISM_NOTICE',
        'RECTIFICATION_NOTICE', 'ACCOUNTABILITY_RECOMMENDATION', 'CLOSE')),
    at             timestamptz  not null,
    actor          varchar(200) not null,
    note           text,
    primary key (supervision_id, sequence)
);

-- One inbox entry: to a person (by login), a department (by code) or the center (its
-- supervisors). Its title says what happened in a line, naming the matter by code only.
create table notification (
    id             uuid         primary key,
    kind           varchar(30)  not null check (kind in ('WARNING', 'SUPERVISION_OPENED', 'SUPERVISION_REMINDER',
        'SUPERVISION_STEP', 'EXTENSION_REQUESTED', 'EXTENSION_DECIDED')),
    title          varchar(300) not null,
    recipient_kind varchar(12)  not null check (recipient_kind in ('PERSON', 'DEPARTMENT', 'CENTER')),
    recipient      varchar(200) not null,
    matter_id      uuid         references matter (id),
    supervision_id uuid         references supervision (id),
    warning_kind   varchar(30),
    created_at     timestamptz  not null
);

-- Each inbox newest first: a reader's inbox is the union of their own, their department's and,
-- for supervisors, the center's.
create index notification_inbox on notification (recipient_kind, recipient, created_at desc, id desc);

-- Who read what: a department's notification read by one member stays unread for the others.
create table notification_read (
    notification_id uuid         not null references notification (id),
    reader          varchar(200) not null,
    read_at         timestamptz  not null,
    primary key (notification_id, reader)
);
