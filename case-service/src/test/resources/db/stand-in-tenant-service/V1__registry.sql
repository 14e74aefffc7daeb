-- Stands in for tenant-service's platform migrations (db/platform): a table of its own in the
-- platform schema, so that the schema is not empty when the other service comes second.
create table tenant (code varchar(40) primary key);
