-- tenant-service's first tables inside a tenant's schema: the org tree of the center and the
-- matter categories. Regional configuration proper (areas, windows, stationing, standard paths)
-- follows in later migrations.

create table org_unit (
    id            bigint generated always as identity primary key,
    -- The center is coded with the tenant's division code, units below it with their own.
    code          varchar(60)  not null unique,
    name          varchar(200) not null,
    kind          varchar(20)  not null check (kind in ('CENTER', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY', 'GRID')),
    -- GB/T 2260 code: 6 digits for the center, 9 or 12 below it.
    division_code varchar(12),
    parent_id     bigint references org_unit (id),
    -- Materialized path of codes, '/654301/654301001/', so a subtree is one prefix scan.
    path          varchar(1000) not null unique,
    created_at    timestamptz   not null default now(),
    constraint org_unit_root_has_no_parent check ((kind = 'CENTER') = (parent_id is null))
);

create index org_unit_path_prefix on org_unit (path varchar_pattern_ops);

create table category (
    code        varchar(60)  primary key,
    name        varchar(200) not null,
    parent_code varchar(60)  references category (code),
    created_at  timestamptz  not null default now()
);

-- One center per tenant: the tenant is the center.
create unique index org_unit_one_center on org_unit ((kind)) where kind = 'CENTER';
