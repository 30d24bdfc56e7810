-- Online booking: the clinic's rule for new clients, the links a client uses to cancel or move a booking
-- made online, the waitlist with its offers, the draft session an arrival opened, and the registrations
-- counted per address (the throttle holds across app instances because it is counted here).

-- New clients may book online only an appointment type marked for new clients (an initial assessment).
alter table booking_policy add column new_clients_initial_only boolean default true not null;

-- The session treatment opened (or reused) when the client arrived: the today page links straight to it.
alter table appointment add column session_id uuid;

-- A client's link to cancel or move their booking without signing in: only the SHA-256 of the secret
-- is kept. seen_at: when staff first listed the booking as new (the badge counts those not yet seen).
create table online_booking (
    appointment_id  uuid primary key references appointment (id),
    clinic_id       uuid not null references clinic (id),
    token_hash      varchar(64) not null,
    created_at      timestamp with time zone not null,
    seen_at         timestamp with time zone,
    constraint online_booking_token unique (token_hash)
);
create index online_booking_unseen on online_booking (clinic_id, seen_at);

-- A client waiting for a day with a therapist (or anyone) and a type; offered each freed slot that fits.
create table waitlist_entry (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    therapist_id  uuid references account (id),
    type_id       uuid not null references appointment_type (id),
    wanted_day    date not null,
    created_at    timestamp with time zone not null,
    booked_at     timestamp with time zone,
    constraint waitlist_once unique (clinic_id, client_id, type_id, wanted_day)
);
create index waitlist_by_day on waitlist_entry (clinic_id, wanted_day);

-- One emailed offer of a freed slot to one waiting client. Whoever confirms first books it: the booking
-- claims the slot (slot_claim), so the database refuses every later confirmation of the same time.
create table waitlist_offer (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    entry_id        uuid not null references waitlist_entry (id),
    therapist_id    uuid not null references account (id),
    room_id         uuid not null references room (id),
    starts_at       timestamp with time zone not null,
    token_hash      varchar(64) not null,
    created_at      timestamp with time zone not null,
    taken_at        timestamp with time zone,
    constraint waitlist_offer_token unique (token_hash),
    constraint waitlist_offer_once unique (entry_id, starts_at)
);

-- Each online registration, by the address it came from: a few an hour per address, then refused.
create table booking_registration (
    id            uuid primary key,
    address       varchar(64) not null,
    clinic_id     uuid not null references clinic (id),
    created_at    timestamp with time zone not null
);
create index booking_registration_by_address on booking_registration (address, created_at);
