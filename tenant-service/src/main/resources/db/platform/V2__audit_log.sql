-- The audit log of administrative changes: who (the token's subject, client and roles), when,
-- from where, on which tenant or province, and the state before and after. Rows are written in
-- the transaction of the change they record, and never change afterwards.

create table audit_event (
    id               bigint       generated always as identity primary key,
    at               timestamptz  not null default clock_timestamp(),
    actor_subject    varchar(200),
    actor_client_id  varchar(100),
    actor_roles      varchar(200) not null default '',
    tenant_code      varchar(40),
    province_code    char(6),
    action           varchar(60)  not null,
    target           varchar(200),
    source_address   varchar(100),
    request_id       varchar(100),
    before_state     jsonb,
    after_state      jsonb
);

-- Both lists read newest first within a tenant or a province.
create index audit_event_tenant on audit_event (tenant_code, id desc) where tenant_code is not null;
create index audit_event_province on audit_event (province_code, id desc) where province_code is not null;

-- Append-only: the database itself refuses to change or remove a row, whatever the application does.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
