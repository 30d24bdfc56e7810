-- The head of each clinic's audit hash chain. Appending locks this row (which nothing references),
-- not the clinic row: on PostgreSQL every insert referencing a clinic takes a key-share lock on it, so
-- "select ... for update" on the clinic deadlocked two concurrent saves in one clinic.
create table audit_chain_head (
    clinic_id  uuid primary key,
    last_hash  varchar(64)
);
insert into audit_chain_head (clinic_id, last_hash)
select c.id, (select a.hash from audit_event a where a.clinic_id = c.id order by a.id desc limit 1) from clinic c;
