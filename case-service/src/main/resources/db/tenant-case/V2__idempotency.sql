-- Idempotency-Key records of matter registration. The key row is inserted first in the
-- registering transaction (a concurrent request with the same key waits on it), so the matter
-- it points at does not exist yet when it is written: the foreign key is checked at commit.
create table idempotency_record (
    idempotency_key varchar(128) primary key,
    request_hash    char(64)     not null,
    matter_id       uuid         not null references matter (id) deferrable initially deferred,
    created_at      timestamptz  not null
);
