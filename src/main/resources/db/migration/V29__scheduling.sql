-- Scheduling: appointment types, therapists' working hours and exceptions, the clinic's booking rules,
-- appointments, and the claims that make double booking impossible in the database itself.

create table appointment_type (
    id                uuid primary key,
    clinic_id         uuid not null references clinic (id),
    name              varchar(100) not null,
    duration_minutes  integer not null,
    -- Room turnover after the appointment (fresh linen, ventilation): the room stays claimed this long.
    buffer_minutes    integer not null default 0,
    -- Online booking (later): a client new to the clinic may book only a type that allows it.
    for_new_clients   boolean not null default false,
    active            boolean not null default true,
    created_at        timestamp with time zone not null,
    constraint appointment_type_duration check (duration_minutes > 0 and duration_minutes <= 480),
    constraint appointment_type_buffer check (buffer_minutes >= 0 and buffer_minutes <= 120)
);
create index appointment_type_by_clinic on appointment_type (clinic_id, name);

-- A therapist's usual week: one row per working block (a split day has two), in the clinic's zone.
create table working_hours (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    therapist_id  uuid not null references account (id),
    day_of_week   integer not null,
    starts        time not null,
    ends          time not null,
    constraint working_hours_day check (day_of_week between 1 and 7),
    constraint working_hours_order check (starts < ends)
);
create index working_hours_by_therapist on working_hours (clinic_id, therapist_id, day_of_week);

-- Time off the usual week: holidays, sick days, training.
create table schedule_exception (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    therapist_id  uuid not null references account (id),
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    reason        varchar(30) not null,
    created_at    timestamp with time zone not null,
    constraint schedule_exception_order check (starts_at < ends_at)
);
create index schedule_exception_by_therapist on schedule_exception (clinic_id, therapist_id, starts_at);

-- The clinic's own booking rules; a clinic without a row uses the defaults in BookingPolicy.
create table booking_policy (
    clinic_id                   uuid primary key references clinic (id),
    minimum_notice_minutes      integer not null,
    horizon_days                integer not null,
    cancellation_cutoff_hours   integer not null,
    slot_step_minutes           integer not null
);

create table appointment (
    id             uuid primary key,
    clinic_id      uuid not null references clinic (id),
    therapist_id   uuid not null references account (id),
    room_id        uuid not null references room (id),
    client_id      uuid not null references client (id),
    type_id        uuid not null references appointment_type (id),
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    -- ends_at plus the type's buffer: when the room is free again (kept here so availability reads one table).
    room_free_at   timestamp with time zone not null,
    status         varchar(20) not null,
    source         varchar(20) not null,
    created_by     uuid,
    created_at     timestamp with time zone not null,
    arrived_at     timestamp with time zone,
    completed_at   timestamp with time zone,
    cancelled_at   timestamp with time zone,
    cancelled_by   uuid,
    cancel_reason  varchar(300),
    version        integer not null default 0,
    constraint appointment_order check (starts_at < ends_at and ends_at <= room_free_at)
);
create index appointment_by_therapist on appointment (clinic_id, therapist_id, starts_at);
create index appointment_by_room on appointment (clinic_id, room_id, starts_at);
create index appointment_by_client on appointment (clinic_id, client_id, starts_at);
create index appointment_by_day on appointment (clinic_id, starts_at);

-- No double booking, enforced by the database on H2 and PostgreSQL alike and across app instances:
-- a booking claims every 5-minute slot it covers for its therapist, its client and its room (the room
-- with its turnover buffer), in the same transaction as the booking. A second claim of the same slot
-- breaks the primary key, so of two overlapping bookings only one commits. Cancelling deletes the
-- claims; the appointment row stays. booking_id has no foreign key on purpose: a room-hire booking
-- (a table of its own) claims rooms the same way.
create table slot_claim (
    clinic_id      uuid not null,
    resource_kind  varchar(10) not null,
    resource_id    uuid not null,
    slot_start     timestamp with time zone not null,
    booking_id     uuid not null,
    primary key (clinic_id, resource_kind, resource_id, slot_start)
);
create index slot_claim_by_booking on slot_claim (booking_id);
