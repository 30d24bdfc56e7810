-- PostgreSQL uses a b-tree for LIKE 'abc%' only with the pattern operator class (unless the
-- collation is C); H2 gets plain indexes of the same names in its own folder.
create index client_search_given on client (clinic_id, search_given varchar_pattern_ops);
create index client_search_family on client (clinic_id, search_family varchar_pattern_ops);
create index client_search_email on client (clinic_id, search_email varchar_pattern_ops);
create index client_search_phone on client (clinic_id, search_phone varchar_pattern_ops);

-- The audit log is append-only even for someone with SQL access through the application's account.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
