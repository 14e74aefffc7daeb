-- A center's configuration is one document, and every change to it is a new row: the versions
-- are its history (who, when, what changed), any of them can be read or restored, and the
-- newest is current. Rows are never updated or deleted.
create table config_version (
    version       bigint        primary key check (version > 0),
    document      jsonb         not null,
    saved_at      timestamptz   not null default now(),
    saved_by      varchar(200)  not null,
    summary       varchar(500)  not null,
    restored_from bigint        references config_version (version)
);

create function config_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'configuration versions are never changed or removed';
end
$$;

create trigger config_version_append_only
    before update or delete on config_version
    for each statement execute function config_version_is_append_only();

-- A center onboarded before this migration kept its org tree and categories in tables of their
-- own; they become its first version (no departments yet, so categories have no standard path
-- until the admin stations departments and gives them one).
insert into config_version (version, document, saved_by, summary)
select 1,
       jsonb_build_object(
           'orgUnits', coalesce((
               select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                          'code', u.code, 'name', u.name, 'kind', u.kind, 'divisionCode', u.division_code,
                          'parent', p.code, 'status', 'ACTIVE')) order by u.path)
               from org_unit u left join org_unit p on p.id = u.parent_id), '[]'::jsonb),
           'areas', '[]'::jsonb,
           'departments', '[]'::jsonb,
           'categories', coalesce((
               select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                          'code', c.code, 'name', c.name, 'parent', c.parent_code, 'retired', false,
                          'complexity', '[]'::jsonb)) order by c.code)
               from category c), '[]'::jsonb),
           'calendar', '{"overrides": []}'::jsonb,
           'kpis', '[]'::jsonb),
       'migration',
       'org tree and categories carried over'
where exists (select 1 from org_unit);

drop table category;
drop table org_unit;
