-- The client's pain diary in the portal: one score (0-10) and an optional note per entry, written by the
-- client themself. Several entries a day are allowed (morning and evening).
create table pain_diary_entry (
    id           uuid primary key,
    clinic_id    uuid not null references clinic (id),
    client_id    uuid not null references client (id),
    entry_day    date not null,
    pain         integer not null check (pain between 0 and 10),
    note         varchar(500),
    recorded_at  timestamp with time zone not null
);
create index pain_diary_by_client on pain_diary_entry (clinic_id, client_id, entry_day, recorded_at);

-- A client's request for what the self-service download leaves out (unshared therapist notes, PS-28):
-- recorded here and reviewed by staff, never answered automatically.
create table record_access_request (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    details       varchar(1000),
    requested_at  timestamp with time zone not null,
    reviewed_by   uuid,
    reviewed_at   timestamp with time zone
);
create index record_access_request_by_clinic on record_access_request (clinic_id, reviewed_at, requested_at);

-- Opt-in daily homework reminder: the local time and the client's own time zone, and where to send it
-- (the client account's address and name, as the client opted in).
create table homework_reminder (
    client_id     uuid primary key references client (id),
    clinic_id     uuid not null references clinic (id),
    send_at       time not null,
    time_zone     varchar(64) not null,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    created_at    timestamp with time zone not null
);

-- One row per client and local day, inserted BEFORE the email is sent: with two app instances the
-- second insert fails on the unique key, so a client never gets two reminders for one day. The email's
-- unsubscribe link carries a one-time secret whose SHA-256 is kept here; it works without signing in.
create table homework_reminder_sent (
    client_id   uuid not null references client (id),
    local_day         date not null,
    claimed_at        timestamp with time zone not null,
    unsubscribe_hash  varchar(64) not null unique,
    primary key (client_id, local_day)
);
