-- Signed records (shared kernel): one mechanism for every clinical record that is signed. A signed
-- row (signed_at set) never changes; a correction is an amendment appended here with its reason,
-- author and time, and the original stays as it was. "Entered in error" hides a record from the
-- timeline without deleting it: it stays in the audit and the export.
create table record_amendment (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    client_id       uuid not null references client (id),
    record_type     varchar(40) not null,
    record_id       uuid not null,
    reason          varchar(500) not null,
    text            varchar(8000),
    content_sha256  char(64) not null,
    created_by      uuid,
    created_at      timestamp with time zone not null
);
create index record_amendment_by_record on record_amendment (clinic_id, record_type, record_id, created_at);

create table record_entered_in_error (
    id           uuid primary key,
    clinic_id    uuid not null references clinic (id),
    client_id    uuid not null references client (id),
    record_type  varchar(40) not null,
    record_id    uuid not null,
    reason       varchar(500) not null,
    created_by   uuid,
    created_at   timestamp with time zone not null,
    constraint record_entered_in_error_once unique (clinic_id, record_type, record_id)
);

-- Treatment plans: the plan is the identity sessions link to; what was planned lives in its
-- versions, each one signed by its author when written and never changed after.
create table treatment_plan (
    id          uuid primary key,
    clinic_id   uuid not null references clinic (id),
    client_id   uuid not null references client (id),
    created_by  uuid,
    created_at  timestamp with time zone not null,
    constraint treatment_plan_in_clinic unique (clinic_id, id)
);
create index treatment_plan_by_client on treatment_plan (clinic_id, client_id, created_at);

create table plan_version (
    id              uuid primary key,
    clinic_id       uuid not null,
    plan_id         uuid not null,
    client_id       uuid not null references client (id),
    version         integer not null,
    -- Problems, goals (with their ids), phases, techniques and review date as canonical JSON.
    content         text not null,
    review_on       date,
    content_sha256  char(64) not null,
    signed_by       uuid,
    signed_at       timestamp with time zone not null,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    constraint plan_version_once unique (plan_id, version),
    constraint plan_version_of_plan foreign key (clinic_id, plan_id) references treatment_plan (clinic_id, id)
);
create index plan_version_by_client on plan_version (clinic_id, client_id);

-- The client's agreement to one version: inserted once, never changed.
create table plan_agreement (
    id              uuid primary key,
    clinic_id       uuid not null,
    plan_id         uuid not null,
    version         integer not null,
    agreed_by_name  varchar(200) not null,
    method          varchar(20) not null,
    agreed_at       timestamp with time zone not null,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    constraint plan_agreement_once unique (plan_id, version),
    constraint plan_agreement_of_version foreign key (plan_id, version) references plan_version (plan_id, version),
    constraint plan_agreement_of_plan foreign key (clinic_id, plan_id) references treatment_plan (clinic_id, id),
    constraint plan_agreement_method check (method in ('in-clinic', 'portal'))
);

-- Sessions: a draft is edited in place (each change stamped), then signed; a signed row never changes.
-- Goals, techniques, regions and the SOAP note are small JSON documents of the session itself.
create table treatment_session (
    id              uuid primary key,
    clinic_id       uuid not null,
    client_id       uuid not null references client (id),
    plan_id         uuid,
    status          varchar(10) not null,
    started_at      timestamp with time zone not null,
    pain_before     integer,
    pain_after      integer,
    homework        varchar(20),
    goals           text not null,
    techniques      text not null,
    regions         text not null,
    note            text not null,
    content_sha256  char(64),
    signed_by       uuid,
    signed_at       timestamp with time zone,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    changed_by      uuid,
    changed_at      timestamp with time zone not null,
    constraint treatment_session_in_clinic unique (clinic_id, id),
    constraint treatment_session_clinic foreign key (clinic_id) references clinic (id),
    constraint treatment_session_plan foreign key (clinic_id, plan_id) references treatment_plan (clinic_id, id),
    constraint treatment_session_status check (status in ('draft', 'signed')),
    constraint treatment_session_signed check ((status = 'signed') = (signed_at is not null)),
    constraint treatment_session_pain_before check (pain_before between 0 and 10),
    constraint treatment_session_pain_after check (pain_after between 0 and 10)
);
-- The client's session list, newest first, paged by (started_at, id).
create index treatment_session_by_client on treatment_session (clinic_id, client_id, started_at desc, id desc);

-- The trigger point release log. A release is only ever inserted. The idempotency key the tablet sends
-- is unique per session, so a retry, or two app instances receiving the same request, store one row.
create table trigger_point_release (
    id                    uuid primary key,
    clinic_id             uuid not null,
    session_id            uuid not null,
    client_id             uuid not null references client (id),
    idempotency_key       varchar(64) not null,
    request_sha256        char(64) not null,
    muscle                varchar(60) not null,
    side                  varchar(10) not null,
    point                 varchar(120),
    pressure              integer not null,
    hold_seconds          integer not null,
    referred_pain_before  integer not null,
    referred_pain_after   integer not null,
    outcome               varchar(20) not null,
    client_said           varchar(500),
    created_by            uuid,
    created_at            timestamp with time zone not null,
    constraint trigger_point_release_once unique (clinic_id, session_id, idempotency_key),
    constraint trigger_point_release_session foreign key (clinic_id, session_id) references treatment_session (clinic_id, id),
    constraint trigger_point_release_pressure check (pressure between 0 and 10),
    constraint trigger_point_release_hold check (hold_seconds between 1 and 600),
    constraint trigger_point_release_referred check (referred_pain_before between 0 and 10 and referred_pain_after between 0 and 10)
);
create index trigger_point_release_by_session on trigger_point_release (clinic_id, session_id, created_at, id);

-- Outcomes: the points of care (a signed session, a plan's review date) that make "every N sessions"
-- and "at review" measures due. Written by the outcomes module from treatment's events; the source id
-- is unique so a redelivered event changes nothing.
create table outcome_care_point (
    id           uuid primary key,
    clinic_id    uuid not null references clinic (id),
    client_id    uuid not null references client (id),
    kind         varchar(20) not null,
    source_id    uuid not null,
    occurs_at    timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    constraint outcome_care_point_once unique (kind, source_id)
);
create index outcome_care_point_by_client on outcome_care_point (clinic_id, client_id, kind, occurs_at);
