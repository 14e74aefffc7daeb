-- A ROTATING department off duty on the day of the dispatch (not on its rota that day) is
-- flagged with the next day it is at the center.
alter table matter_assignment add column next_duty_on date;
