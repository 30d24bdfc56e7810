-- The owner may let clients sign in by a one-time emailed link (PS-08). Off by default and never forced:
-- password sign-in always works. The links themselves are account_token rows of purpose SIGN_IN_LINK.
alter table clinic add column client_sign_in_links boolean not null default false;

-- A plain-language summary of a signed session that the therapist chose to share with the client. The
-- signed session never changes; the share is its own append-only row, one per session (the primary key:
-- sharing twice, from two tabs or two instances, keeps the first).
create table session_summary_share (
    session_id  uuid primary key references treatment_session (id),
    clinic_id   uuid not null references clinic (id),
    client_id   uuid not null references client (id),
    summary     varchar(2000) not null,
    shared_by   uuid not null,
    shared_at   timestamp with time zone not null
);
create index session_summary_share_by_client on session_summary_share (clinic_id, client_id, shared_at);

-- The staff's decision on a request for the full record (PS-28): approved or refused, with the reason the
-- client is told. A request is decided once (the update only touches an undecided row).
alter table record_access_request add column decision varchar(10);
alter table record_access_request add column decision_reason varchar(1000);
