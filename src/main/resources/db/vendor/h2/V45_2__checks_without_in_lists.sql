-- H2 2.4 ties a check constraint whose condition becomes a constant set (x in ('a', 'b'), or
-- x = 'a' or x = 'b', which it rewrites into one) to the session that created it: once that
-- connection closes (Flyway's, when the pool retires it) every insert into the table is refused with
-- "Check constraint invalid", until the database is reopened. A CASE over the same values is
-- evaluated afresh in the inserting session. PostgreSQL keeps V25's IN lists. Recreated here, in the
-- same names; ChecksOutliveTheirConnectionTest refuses any new IN list or OR in an H2 check.
alter table plan_agreement drop constraint plan_agreement_method;
alter table plan_agreement add constraint plan_agreement_method
    check (case method when 'in-clinic' then true when 'portal' then true else false end);
alter table treatment_session drop constraint treatment_session_status;
alter table treatment_session add constraint treatment_session_status
    check (case status when 'draft' then true when 'signed' then true else false end);
