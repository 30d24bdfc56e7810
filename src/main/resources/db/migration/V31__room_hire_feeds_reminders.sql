-- The practice around the diary: room hire by the hour, therapists' private calendar feeds and the
-- claims that keep an appointment reminder from going out twice.

-- The clinic's own settings for the practice; a clinic without a row uses the defaults in PracticeSettings.
create table practice_settings (
    clinic_id               uuid primary key references clinic (id),
    hire_opens              time not null,
    hire_closes             time not null,
    reminder_hours_before   integer not null,
    constraint practice_settings_hire_hours check (hire_opens < hire_closes),
    constraint practice_settings_reminder check (reminder_hours_before between 1 and 168)
);

-- A room hired by the hour by an outside practitioner (a HIRER account). It claims the room's 5-minute
-- slots in slot_claim exactly as an appointment does, so the database refuses a hire over clinic use
-- and an appointment over a hire. The rate is copied at booking: a later change of rate does not
-- rewrite past statements.
create table room_hire (
    id                  uuid primary key,
    clinic_id           uuid not null references clinic (id),
    room_id             uuid not null references room (id),
    hirer_id            uuid not null references account (id),
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    hourly_rate_pence   integer not null,
    status              varchar(20) not null,
    created_at          timestamp with time zone not null,
    cancelled_at        timestamp with time zone,
    constraint room_hire_order check (starts_at < ends_at),
    constraint room_hire_rate check (hourly_rate_pence >= 0)
);
create index room_hire_by_room on room_hire (clinic_id, room_id, starts_at);
create index room_hire_by_hirer on room_hire (clinic_id, hirer_id, starts_at);

-- A therapist's private iCalendar feed: only the SHA-256 of the URL's secret is kept; a new secret
-- replaces the row, which revokes the old URL.
create table calendar_feed (
    therapist_id        uuid primary key references account (id),
    clinic_id           uuid not null references clinic (id),
    token_hash          varchar(64) not null,
    show_client_names   boolean not null,
    created_at          timestamp with time zone not null,
    constraint calendar_feed_token unique (token_hash)
);

-- One row per reminder sent (or being sent): inserted before the email goes, in the database, so of two
-- app instances racing for the same appointment only one inserts and sends.
create table appointment_reminder (
    appointment_id      uuid not null references appointment (id),
    kind                varchar(20) not null,
    clinic_id           uuid not null references clinic (id),
    claimed_at          timestamp with time zone not null,
    primary key (appointment_id, kind)
);

-- A client who asked for no appointment emails (reminders are service messages, but a client may refuse them).
create table appointment_email_refusal (
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    refused_at    timestamp with time zone not null,
    primary key (clinic_id, client_id)
);
