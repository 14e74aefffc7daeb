-- Files attached to a matter (a scanned agreement, a site photo): PDF, JPEG or PNG, at most
-- 20 MB, kept in the tenant's schema with the SHA-256 of their content. Never changed once stored.
create table matter_attachment (
    id           uuid         primary key,
    matter_id    uuid         not null references matter (id),
    filename     varchar(200) not null,
    content_type varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   bigint       not null check (size_bytes > 0 and size_bytes <= 20971520),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz  not null
);

create index matter_attachment_matter on matter_attachment (matter_id, uploaded_at);

-- What a department did for a matter (办理记录): a visit, a measurement, a call.
create table matter_handling_record (
    id          uuid          primary key,
    matter_id   uuid          not null references matter (id),
    ordinal     integer       not null,
    kind        varchar(20)   not null check (kind in ('VISIT', 'SITE_MEASUREMENT', 'CALL', 'MEETING', 'DOCUMENT', 'OTHER')),
    summary     text          not null,
    department  varchar(64),
    recorded_by varchar(200)  not null,
    recorded_at timestamptz   not null,
    unique (matter_id, ordinal)
);

-- The attachments a handling record names, in its order.
create table matter_handling_attachment (
    record_id     uuid    not null references matter_handling_record (id),
    ordinal       integer not null,
    attachment_id uuid    not null references matter_attachment (id),
    primary key (record_id, ordinal)
);
