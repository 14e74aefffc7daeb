-- The department a center's person works for, as a code the center's configuration has stationed:
-- access tokens carry it, so that a department's staff act only on its assignments. The older
-- free-text `department` stays a label and is never checked. Accounts live here, in the platform
-- schema, so the code is checked against the center's configuration when it is set, not by a key.

alter table account add column department_code varchar(60);

alter table account add constraint account_only_center_people_have_a_department_code
    check (department_code is null or tenant_code is not null);
