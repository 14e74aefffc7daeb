-- The day the parties applied to the court for judicial confirmation (司法确认): the court is to
-- decide within 3 days whether to accept it.
alter table matter add column outcome_confirmation_applied_on date;
