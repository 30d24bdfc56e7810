-- Every table of clinic data carries clinic_id, so it can be distributed by clinic (see docs/scaling.md,
-- "From one server to many"). These two were keyed only through their parent row.
alter table home_programme_exercise add column clinic_id uuid;
update home_programme_exercise e set clinic_id = (select p.clinic_id from home_programme p where p.id = e.programme_id);
alter table home_programme_exercise alter column clinic_id set not null;
alter table homework_reminder_sent add column clinic_id uuid;
update homework_reminder_sent s set clinic_id = (select c.clinic_id from client c where c.id = s.client_id);
alter table homework_reminder_sent alter column clinic_id set not null;
