-- Assessments (intake module). An assessment is the identity a client's chart links to; what was found
-- and concluded lives in its versions. A saved version never changes: an amendment appends version n+1
-- with its author, time and reason, and the earlier versions stay readable.
create table assessment (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    -- When the client was assessed (time of care); created_at is when it was written.
    assessed_at   timestamp with time zone not null,
    created_by    uuid,
    created_at    timestamp with time zone not null
);
-- The chart's list and the "previous assessment" lookup: newest first within one client.
create index assessment_by_client on assessment (clinic_id, client_id, assessed_at);

create table assessment_version (
    id               uuid primary key,
    clinic_id        uuid not null references clinic (id),
    assessment_id    uuid not null references assessment (id),
    client_id        uuid not null references client (id),
    version          integer not null,
    -- The findings as entered and the screening as shown when saved, both as canonical JSON, so the
    -- record reads the same even after the engine or the atlas changes.
    findings         text not null,
    screening        text not null,
    urgency          varchar(40) not null,
    pattern          varchar(40) not null,
    atlas_version    varchar(20) not null,
    -- SHA-256 (hex) of findings + screening, so a later check can show the content is what was saved.
    content_sha256   char(64) not null,
    amend_reason     varchar(500),
    created_by       uuid,
    created_at       timestamp with time zone not null,
    constraint assessment_version_once unique (assessment_id, version),
    constraint assessment_version_reason check (version = 1 or amend_reason is not null)
);
-- The FHIR export reads every version of one client.
create index assessment_version_by_client on assessment_version (clinic_id, client_id);
