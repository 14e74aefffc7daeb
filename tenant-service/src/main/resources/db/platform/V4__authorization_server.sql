-- Spring Security's authorization server keeps its registered clients, authorizations and
-- consents in these tables (the layout its JDBC services expect, with PostgreSQL types: text for
-- blob, timestamptz for timestamp).

create table oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null,
    client_id_issued_at           timestamptz   not null default current_timestamp,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null,
    constraint oauth2_registered_client_client_id_unique unique (client_id)
);

create table oauth2_authorization (
    id                            varchar(100)  not null primary key,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

-- The token endpoint looks authorizations up by the (long) value it is handed: hash indexes
-- serve equality at any value length.
create index oauth2_authorization_state on oauth2_authorization using hash (state);
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_client on oauth2_authorization (registered_client_id);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);

-- Integrator clients issued through the identity API: who they belong to and their state. The
-- credentials themselves (hashed secret, scopes, token settings) live in
-- oauth2_registered_client, whose row is deleted when the client is revoked.
create table integrator_client (
    client_id         varchar(100) primary key,
    name              varchar(100) not null,
    tenant_code       varchar(40)  references tenant (code),
    province_code     char(6)      not null,
    scopes            varchar(200) not null,
    created_at        timestamptz  not null,
    secret_rotated_at timestamptz,
    revoked_at        timestamptz,
    version           bigint       not null
);

create index integrator_client_tenant on integrator_client (tenant_code, created_at) where tenant_code is not null;
create index integrator_client_province on integrator_client (province_code, created_at) where tenant_code is null;
