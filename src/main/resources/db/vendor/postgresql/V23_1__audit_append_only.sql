-- V3_1 refuses UPDATE and DELETE of audit entries row by row; TRUNCATE fires no row trigger, so a
-- statement trigger refuses it too. The switch-over point to keyed hashes (V23) gets the same guard.
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
create function audit_chain_legacy_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_chain_legacy is append-only';
end;
$$;
create trigger audit_chain_legacy_no_change before update or delete on audit_chain_legacy
    for each row execute function audit_chain_legacy_is_append_only();
create trigger audit_chain_legacy_no_truncate before truncate on audit_chain_legacy
    for each statement execute function audit_chain_legacy_is_append_only();
