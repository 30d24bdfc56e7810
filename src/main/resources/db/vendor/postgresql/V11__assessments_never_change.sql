-- A saved assessment never changes, even for someone with SQL access through the application's
-- account: amendments are new versions. (Deleting stays possible for owner-approved retention disposal.)
create function assessment_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% rows never change; amend by adding a version', TG_TABLE_NAME;
end;
$$;
create trigger assessment_no_update before update on assessment
    for each row execute function assessment_is_immutable();
create trigger assessment_version_no_update before update on assessment_version
    for each row execute function assessment_is_immutable();
