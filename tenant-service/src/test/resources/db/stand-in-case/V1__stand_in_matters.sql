-- TEMPORARY stand-in for case-service's tables until its jar can run in tests.
create table matter (id bigint primary key, code varchar(40) not null unique);
