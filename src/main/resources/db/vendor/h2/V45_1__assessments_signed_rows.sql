-- H2's twin of the PostgreSQL V45_1: V25_1's triggers make way while the saved versions are stamped as
-- signed by their authors when written, then the one shared trigger class takes over (a signed version
-- never changes; the assessment row, with no signed_at, is append-only).
drop trigger assessment_no_update;
drop trigger assessment_version_no_update;

update assessment_version set signed_by = created_by, signed_at = created_at;
alter table assessment_version alter column signed_at set not null;

create trigger assessment_append_only before update on assessment
    for each row call 'app.quadratus.shared.db.RowNeverChangesTrigger';
create trigger assessment_version_signed before update on assessment_version
    for each row call 'app.quadratus.shared.db.RowNeverChangesTrigger';
