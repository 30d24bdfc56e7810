-- "Starts with" search compares ranges (name >= 'smi' and name < 'smj'). With the binary "C" collation
-- a plain b-tree serves such ranges with bound parameters, and the order is the same as on H2.
-- The search columns are lower-cased copies used for nothing else.
alter table client alter column search_given type varchar(100) collate "C";
alter table client alter column search_family type varchar(100) collate "C";
alter table client alter column search_email type varchar(254) collate "C";
alter table client alter column search_phone type varchar(40) collate "C";
-- The included columns let each branch of the search answer from the index alone.
create index client_search_given on client (clinic_id, search_given) include (archived, search_family, id);
create index client_search_family on client (clinic_id, search_family) include (archived, search_given, id);
create index client_search_email on client (clinic_id, search_email) include (archived, search_family, search_given, id);
create index client_search_phone on client (clinic_id, search_phone) include (archived, search_family, search_given, id);

-- The audit log is append-only even for someone with SQL access through the application's account.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
