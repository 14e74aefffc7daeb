-- The matter's traffic light (亮灯) as stored for the ledger to filter by: the worst light of its
-- running clocks, set by every step and turned by the deadline engine's yellow and red alarms in
-- between (ADR 0011). A matter registered before this column is green until its next step.
alter table matter add column light varchar(10) not null default 'GREEN'
    constraint matter_light_known check (light in ('GREEN', 'YELLOW', 'RED'));

-- The ledger's order within one light, as matter_status_ledger gives it within one status: a
-- page of red matters reads only red ones, newest first.
create index matter_light_ledger on matter (light, registered_at desc, id desc);
