-- Lock and key (一把钥匙开一把锁): a complex matter is split into sub-claims (locks), each held by
-- the department responsible for it until a joint meeting's plan settles it.
create table matter_lock (
    id           uuid         primary key,
    matter_id    uuid         not null references matter (id),
    ordinal      integer      not null,
    title        varchar(200) not null,
    department   varchar(64)  not null,
    working_days integer      not null check (working_days between 1 and 365),
    due_on       date,
    status       varchar(20)  not null check (status in ('OPEN', 'KEY_PROPOSED', 'RESOLVED', 'CANCELLED')),
    split_at     timestamptz  not null,
    split_by     varchar(200) not null,
    resolved_at  timestamptz,
    unique (matter_id, ordinal),
    check ((status = 'RESOLVED') = (resolved_at is not null))
);

-- A department's locks still waiting for its key or the joint meeting, across matters.
create index matter_lock_unresolved on matter_lock (department) where status in ('OPEN', 'KEY_PROPOSED');

-- Every key (钥匙) a department proposed to its lock, oldest first.
create table matter_lock_key (
    lock_id     uuid         not null references matter_lock (id) on delete cascade,
    ordinal     integer      not null,
    proposal    text         not null,
    department  varchar(64),
    proposed_by varchar(200) not null,
    proposed_at timestamptz  not null,
    primary key (lock_id, ordinal)
);

-- Joint meetings (会商): who took part, the plan agreed, the agent (代办员) who tracks it to the
-- end, and the locks the plan settled.
create table matter_joint_meeting (
    matter_id     uuid         not null references matter (id) on delete cascade,
    ordinal       integer      not null,
    held_at       timestamptz  not null,
    recorded_by   varchar(200) not null,
    participants  text[]       not null check (cardinality(participants) >= 2),
    plan          text         not null,
    agent         varchar(200) not null,
    settled_locks uuid[]       not null,
    primary key (matter_id, ordinal)
);
