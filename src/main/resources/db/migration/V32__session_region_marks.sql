-- Session mode's body chart: every tap on a region (marked or unmarked as treated) is one row, sent with
-- the tablet's idempotency key like a release. The key is unique per session, so a retry after a dropped
-- connection, or two app instances receiving the same request, apply the tap once. The session's
-- regions column stays the record; these rows are the log of how it came to be and are never changed.
create table session_region_mark (
    id               uuid primary key,
    clinic_id        uuid not null,
    session_id       uuid not null,
    idempotency_key  varchar(64) not null,
    region           varchar(60) not null,
    side             varchar(10),
    treated          boolean not null,
    created_by       uuid,
    created_at       timestamp with time zone not null,
    constraint session_region_mark_once unique (clinic_id, session_id, idempotency_key),
    constraint session_region_mark_session foreign key (clinic_id, session_id) references treatment_session (clinic_id, id)
);
