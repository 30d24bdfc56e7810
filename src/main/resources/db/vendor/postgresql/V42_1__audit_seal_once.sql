-- Existing entries were sealed in id order: that order is their chain position.
alter table audit_event disable trigger audit_event_no_update;
update audit_event set seal_seq = case when clinic_id is null then 0 else id end;
alter table audit_event enable trigger audit_event_no_update;
update audit_chain_head h set last_seq = coalesce((select max(e.id) from audit_event e where e.clinic_id = h.clinic_id), 0);
-- An entry stays append-only except for one thing: the sealer may fill in the seal of an entry that has
-- none. Its content can never change, a seal never changes once written, and nothing is ever deleted.
create function audit_event_seal_once() returns trigger language plpgsql as $$
begin
    if TG_OP = 'UPDATE' and OLD.seal_seq is null and OLD.hash is null and NEW.seal_seq is not null and NEW.hash is not null
       and (NEW.id, NEW.occurred_at, NEW.clinic_id, NEW.actor_id, NEW.actor_email, NEW.actor_role, NEW.action,
            NEW.object_type, NEW.object_id, NEW.client_id, NEW.outcome, NEW.address)
           is not distinct from
           (OLD.id, OLD.occurred_at, OLD.clinic_id, OLD.actor_id, OLD.actor_email, OLD.actor_role, OLD.action,
            OLD.object_type, OLD.object_id, OLD.client_id, OLD.outcome, OLD.address) then
        return NEW;
    end if;
    raise exception 'audit_event is append-only';
end;
$$;
drop trigger audit_event_no_update on audit_event;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_seal_once();
-- Finding the clinics with entries waiting reads only the (few) unsealed rows.
create index audit_unsealed on audit_event (clinic_id, id) where seal_seq is null;
