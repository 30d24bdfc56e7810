-- The audit log and its switch-over point are append-only on the embedded database too: the trigger
-- refuses UPDATE and DELETE. H2 fires no trigger on TRUNCATE but refuses to truncate a table that a
-- foreign key references, so an (always empty) guard table references each of them.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call "app.quadratus.shared.db.AppendOnlyTrigger";
create trigger audit_chain_legacy_append_only before update, delete on audit_chain_legacy
    for each row call "app.quadratus.shared.db.AppendOnlyTrigger";
create table audit_truncate_guard (
    audit_event_id   bigint references audit_event (id),
    legacy_up_to_id  bigint references audit_chain_legacy (up_to_id)
);
