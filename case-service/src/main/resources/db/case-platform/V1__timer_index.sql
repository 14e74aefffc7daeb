-- The deadline engine's index (ADR 0011): one row per timer of every tenant's matters and
-- supervision items, in the platform schema so that one statement finds what is due across all
-- tenants. No personal data: the tenant's code, what owns the timer (kind and id), the clock, its
-- subject (an id or an instalment's number), the phase and the moments.
--
-- A timer that rang keeps its row, marked with fired_at, for as long as its clock runs: written
-- again at the same moment by a later step, it does not ring a second time; moved, it rings at its
-- new moment. Its row goes when the clock stops (the step it waited for is taken).
create table case_timer (
    id          bigint       generated always as identity primary key,
    tenant      varchar(40)  not null,
    owner_kind  varchar(20)  not null check (owner_kind in ('MATTER', 'SUPERVISION')),
    owner_id    uuid         not null,
    clock       varchar(40)  not null,
    subject     varchar(64)  not null,
    phase       varchar(30)  not null,
    fire_at     timestamptz  not null,
    -- Claimed by a replica until then; a replica that died holding it leaves it to be claimed again.
    lease_until timestamptz,
    fired_at    timestamptz,
    -- Also the index of an owner's timers (its leading columns), rewritten on every step.
    constraint case_timer_key unique (tenant, owner_kind, owner_id, clock, subject, phase)
) with (fillfactor = 80); -- room on the page for the lease's updates to stay HOT

-- The claim: the earliest due timers not yet rung, whoever they belong to; timers due at the same
-- moment (every closure due on a day rings at the midnight that ends it) in tenant order, so that a
-- batch holds many timers of few tenants and each tenant's fire in one transaction.
create index case_timer_due on case_timer (fire_at, tenant) where fired_at is null;
