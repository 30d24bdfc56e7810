-- Existing entries were sealed in id order: that order is their chain position.
drop trigger audit_event_append_only;
update audit_event set seal_seq = case when clinic_id is null then 0 else id end;
update audit_chain_head h set last_seq = coalesce((select max(e.id) from audit_event e where e.clinic_id = h.clinic_id), 0);
-- Append-only except that the sealer may fill in the seal of an entry that has none (SealOnceTrigger).
create trigger audit_event_append_only before update, delete on audit_event
    for each row call "app.quadratus.shared.db.SealOnceTrigger";
-- H2 has no partial index: unsealed rows (seal_seq null) come first in this one.
create index audit_unsealed on audit_event (seal_seq, clinic_id);
