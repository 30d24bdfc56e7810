-- H2's equivalent of the PostgreSQL triggers of V25_1: a signed row (or an append-only row) never changes.
create trigger treatment_session_signed before update on treatment_session
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger plan_version_signed before update on plan_version
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger trigger_point_release_append_only before update on trigger_point_release
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger plan_agreement_append_only before update on plan_agreement
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger record_amendment_append_only before update on record_amendment
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger record_entered_in_error_append_only before update on record_entered_in_error
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger trigger_point_release_in_draft before insert on trigger_point_release
    for each row call 'app.quadratus.treatment.internal.ReleaseInDraftTrigger';

-- Assessments (intake) on the same mechanism: PostgreSQL refuses their updates since V11; H2 now too.
create trigger assessment_no_update before update on assessment
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
create trigger assessment_version_no_update before update on assessment_version
    for each row call 'app.quadratus.shared.signed.SignedRowTrigger';
