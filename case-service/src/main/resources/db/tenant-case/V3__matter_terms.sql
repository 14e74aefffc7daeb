-- What the center's standard path sets at intake (from tenant-service's configuration snapshot):
-- the matter's class, its lead department and its deadlines.
--
-- Matters registered before this version had no standard path; a matter no complexity rule
-- classes is NORMAL, so that is what they are. The default is dropped again: every new matter
-- is classed explicitly.
alter table matter
    add column complexity       varchar(20) not null default 'NORMAL'
        check (complexity in ('SIMPLE', 'NORMAL', 'DIFFICULT')),
    add column lead_department  varchar(64),
    add column response_due_at  timestamptz,
    add column closure_due_on   date;

alter table matter alter column complexity drop default;

-- tenant-service asks how many open matters still name a department or a category before it
-- lets one be removed (with a few example codes, oldest first).
create index matter_category_references on matter (category_code, registered_at, id);
create index matter_lead_references on matter (lead_department, registered_at, id)
    where lead_department is not null;
