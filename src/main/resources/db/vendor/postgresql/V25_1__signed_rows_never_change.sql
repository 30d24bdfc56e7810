-- A signed row never changes, even for someone with SQL access through the application's account:
-- corrections are amendments (record_amendment). Rows without a signature (drafts) may still change.
create function signed_row_never_changes() returns trigger language plpgsql as $$
begin
    if OLD.signed_at is not null then
        raise exception '% row % is signed and never changes; add an amendment', TG_TABLE_NAME, OLD.id;
    end if;
    return NEW;
end;
$$;
create trigger treatment_session_signed before update on treatment_session
    for each row execute function signed_row_never_changes();
create trigger plan_version_signed before update on plan_version
    for each row execute function signed_row_never_changes();

-- Rows that are written once and never changed: releases, agreements, amendments, error marks.
create function row_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows never change', TG_TABLE_NAME;
end;
$$;
create trigger trigger_point_release_append_only before update on trigger_point_release
    for each row execute function row_is_append_only();
create trigger plan_agreement_append_only before update on plan_agreement
    for each row execute function row_is_append_only();
create trigger record_amendment_append_only before update on record_amendment
    for each row execute function row_is_append_only();
create trigger record_entered_in_error_append_only before update on record_entered_in_error
    for each row execute function row_is_append_only();

-- A release belongs to a draft: once the session is signed its log is closed.
create function release_only_in_draft() returns trigger language plpgsql as $$
begin
    if exists (select 1 from treatment_session where id = NEW.session_id and signed_at is not null) then
        raise exception 'session % is signed; its release log is closed', NEW.session_id;
    end if;
    return NEW;
end;
$$;
create trigger trigger_point_release_in_draft before insert on trigger_point_release
    for each row execute function release_only_in_draft();
