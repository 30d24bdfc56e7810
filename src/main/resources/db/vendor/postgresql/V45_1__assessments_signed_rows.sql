-- Assessments on the shared triggers of V25_1. V11's trigger refuses every update of a version, so it
-- makes way while the saved versions are stamped as signed by their authors when written (that is what
-- saving meant), then the shared ones take over: a signed version never changes, the assessment row
-- (its identity) is append-only. Deleting stays possible for owner-approved retention disposal.
drop trigger assessment_no_update on assessment;
drop trigger assessment_version_no_update on assessment_version;
drop function assessment_is_immutable();

update assessment_version set signed_by = created_by, signed_at = created_at;
alter table assessment_version alter column signed_at set not null;

create trigger assessment_append_only before update on assessment
    for each row execute function row_is_append_only();
create trigger assessment_version_signed before update on assessment_version
    for each row execute function signed_row_never_changes();
