-- Provincial operators and platform administrators are accounts too. An operator's login is
-- `username@<province code>`; a platform administrator's `username@000000`: it belongs to no
-- province (province_code null) and no center. Neither can be a center's login, whose part after
-- `@` is a center code, which starts with a letter. Rows from before are left as they are (NOT VALID).

alter table account alter column province_code drop not null;

alter table account add constraint account_login_names_place
    check (tenant_code is not null or login like '%@' || coalesce(province_code, '000000')) not valid;

alter table account add constraint account_only_platform_admins_have_no_province
    check (province_code is not null or roles = 'PLATFORM_ADMIN') not valid;

-- The operators of a province, listed by login.
create index account_operator_login on account (province_code, login) where tenant_code is null;
