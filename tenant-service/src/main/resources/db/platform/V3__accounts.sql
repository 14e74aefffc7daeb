-- The people who log in: a center's admins, staff, supervisors and auditors (login
-- `username@tenant-code`), and provincial operators (no tenant). Passwords are stored as
-- DelegatingPasswordEncoder hashes ({bcrypt}...), never in clear.

create table account (
    id              uuid          primary key,
    login           varchar(100)  not null,
    display_name    varchar(100)  not null,
    tenant_code     varchar(40)   references tenant (code),
    province_code   char(6)       not null,
    org_unit_code   varchar(60),
    department      varchar(100),
    -- Space-separated, e.g. 'STAFF SUPERVISOR'.
    roles           varchar(200)  not null,
    password_hash   varchar(200)  not null,
    -- Failed logins in a row; reset by a successful one. Reaching the limit locks the account
    -- until locked_until.
    failed_attempts integer       not null default 0,
    locked_until    timestamptz,
    -- False while an administrator has locked the account.
    enabled         boolean       not null default true,
    version         bigint        not null,
    created_at      timestamptz   not null,
    constraint account_login_unique unique (login),
    constraint account_login_names_tenant
        check (tenant_code is null or login like '%@' || tenant_code)
);

create index account_tenant_login on account (tenant_code, login) where tenant_code is not null;
