-- case-service's tables inside one tenant's schema. Unqualified names on purpose: Flyway runs
-- with the tenant's schema as default schema, and the service reaches them through search_path.

-- One row: what provisioning told us about the tenant (its GB/T 2260 division code).
create table tenant_profile (
    singleton     boolean primary key default true check (singleton),
    division_code varchar(12) not null check (division_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
    updated_at    timestamptz not null
);

-- Matter codes are numbered per year without gaps; the counter row is locked until the
-- registering transaction ends, so a rolled-back registration does not burn a number.
create table matter_code_counter (
    year       integer primary key,
    last_value bigint  not null check (last_value > 0)
);

create table matter (
    id            uuid primary key,
    code          varchar(40)  not null unique,
    status        varchar(20)  not null,
    channel       varchar(30)  not null,
    category_code varchar(64)  not null,
    description   text         not null,
    amount_fen    bigint       check (amount_fen >= 0),
    org_unit_code varchar(64)  not null,
    place         varchar(300),
    occurred_on   date,
    registered_at timestamptz  not null,
    version       bigint       not null
);

-- The ledger reads newest first by (registered_at, id), optionally for one org unit.
create index matter_ledger on matter (registered_at desc, id desc);
create index matter_org_unit_ledger on matter (org_unit_code, registered_at desc, id desc);

-- Parties of a matter. ID and phone numbers are stored sealed (AES-256-GCM), never in clear.
create table matter_party (
    matter_id        uuid         not null references matter (id) on delete cascade,
    ordinal          integer      not null,
    kind             varchar(20)  not null,
    role             varchar(20)  not null,
    name             varchar(100) not null,
    id_number_sealed text,
    phone_sealed     text,
    primary key (matter_id, ordinal)
);
