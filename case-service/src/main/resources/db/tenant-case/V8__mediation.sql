-- Mediation sessions (调解) of a matter, round by round, and the details of its outcome: a
-- payment agreement's instalments (分期履行) and a judicial confirmation's court, the day the
-- agreement took effect and the court's acceptance and ruling (司法确认).

create table matter_mediation_session (
    id                  uuid         primary key,
    matter_id           uuid         not null references matter (id),
    ordinal             integer      not null,
    round               integer      not null check (round > 0),
    mode                varchar(20)  not null check (mode in ('JOINT', 'BACK_TO_BACK')),
    mediator            varchar(200) not null,
    mediator_department varchar(64),
    room                varchar(100),
    participants        text[]       not null check (cardinality(participants) > 0),
    minutes             text         not null,
    held_at             timestamptz  not null,
    recorded_by         varchar(200) not null,
    recorded_at         timestamptz  not null,
    unique (matter_id, ordinal),
    unique (matter_id, round)
);

-- A payment agreement's instalments, in order of due day; paid once.
create table matter_instalment (
    matter_id        uuid         not null references matter (id),
    ordinal          integer      not null check (ordinal >= 0),
    amount_fen       bigint       not null check (amount_fen > 0),
    due_on           date         not null,
    paid_on          date,
    paid_recorded_by varchar(200),
    paid_recorded_at timestamptz,
    primary key (matter_id, ordinal),
    check ((paid_on is null) = (paid_recorded_at is null))
);

alter table matter
    add column outcome_court                    varchar(200),
    add column outcome_agreement_effective_on   date,
    add column outcome_confirmation_accepted_on date,
    add column outcome_confirmation_number      varchar(100);
