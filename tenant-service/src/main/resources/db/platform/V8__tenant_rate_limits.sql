-- A tenant's own request limit at the gateway, set by the operator of its province. The row stays
-- when the limit is removed (rate and capacity null) so that its version keeps rising: what
-- tenant-service writes to Redis carries that version, and a writer holding an older state can
-- never replace a newer one there, a removal included.

create table tenant_rate_limit (
    tenant_code    varchar(40)  primary key references tenant (code),
    replenish_rate integer,
    burst_capacity integer,
    version        bigint       not null,
    updated_at     timestamptz  not null,
    constraint tenant_rate_limit_whole
        check ((replenish_rate is null) = (burst_capacity is null)),
    constraint tenant_rate_limit_sane
        check (replenish_rate is null
            or (replenish_rate between 1 and 10000
                and burst_capacity between replenish_rate and 100000))
);
