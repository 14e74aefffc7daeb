-- Idempotency records expire (onedoor.case.idempotency.ttl); the clean-up finds the expired ones
-- by age. A plain index, built inside Flyway's transaction: built concurrently it would wait
-- forever on the transaction in which Flyway holds its migration lock. While it builds, the
-- tenant's registrations with a key wait; once the clean-up runs the table holds about a day of
-- keys, and until then only what intake has written so far.
create index idempotency_record_created_at on idempotency_record (created_at);
