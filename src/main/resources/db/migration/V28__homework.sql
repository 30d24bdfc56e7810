-- Exercises a clinic adds to the shipped library. The definition is the same JSON shape as the shipped
-- files (src/main/resources/exercises/*.json), so one reader validates both against the atlas.
create table clinic_exercise (
    id          varchar(80) primary key,
    clinic_id   uuid not null references clinic (id),
    name        varchar(200) not null,
    definition  varchar(12000) not null,
    created_by  uuid not null,
    created_at  timestamp with time zone not null
);
create index clinic_exercise_by_clinic on clinic_exercise (clinic_id, name);

-- A home programme: exercises with their dose, from a start date to an optional end. plan_id is the
-- treatment plan it belongs to, kept as an opaque id (no foreign key: plans are another module's rows).
create table home_programme (
    id          uuid primary key,
    clinic_id   uuid not null references clinic (id),
    client_id   uuid not null references client (id),
    plan_id     uuid,
    starts_on   date not null,
    ends_on     date,
    created_by  uuid not null,
    created_at  timestamp with time zone not null
);
create index home_programme_by_client on home_programme (clinic_id, client_id, starts_on);

-- Each exercise of a programme with the dose as prescribed (defaults already filled in). An override
-- reason is kept when the exercise is marked "avoid" for the client's pattern and was given anyway.
create table home_programme_exercise (
    programme_id     uuid not null references home_programme (id),
    position         integer not null,
    exercise_id      varchar(80) not null,
    sets             integer,
    reps             integer,
    hold_seconds     integer,
    times_per_day    integer not null,
    days_per_week    integer not null,
    override_reason  varchar(500),
    primary key (programme_id, position)
);

-- The client's ticks: one row per dose done. The unique key makes ticking twice harmless.
create table homework_tick (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    programme_id  uuid not null references home_programme (id),
    exercise_id   varchar(80) not null,
    done_on       date not null,
    dose_number   integer not null,
    note          varchar(500),
    recorded_at   timestamp with time zone not null,
    constraint homework_tick_once unique (programme_id, exercise_id, done_on, dose_number)
);
create index homework_tick_by_client on homework_tick (clinic_id, client_id, done_on);

-- A therapist's record that a client referred by an assessment (emergency or urgent) has been seen
-- and cleared by a doctor, so homework may be given. It clears that assessment only.
create table medical_clearance (
    id             uuid primary key,
    clinic_id      uuid not null references clinic (id),
    client_id      uuid not null references client (id),
    assessment_id  uuid not null,
    note           varchar(1000) not null,
    cleared_by     uuid not null,
    cleared_at     timestamp with time zone not null
);
create index medical_clearance_by_client on medical_clearance (clinic_id, client_id, assessment_id);
