-- Which measures a client is asked to complete, and when. Sessions and reviews live in the treatment
-- module, so the schedule is kept as data (kind and, for "every N sessions", N) and shown as due.
-- A goal target (e.g. ODI at most 20) is held here until treatment plans carry goals.
create table outcome_assignment (
    id               uuid primary key,
    clinic_id        uuid not null references clinic (id),
    client_id        uuid not null references client (id),
    measure          varchar(20) not null,
    schedule         varchar(30) not null,
    every_sessions   integer,
    goal_comparison  varchar(20),
    goal_target      numeric(7, 2),
    activities       varchar(1200),
    active           boolean not null default true,
    created_at       timestamp with time zone not null,
    created_by       uuid,
    ended_at         timestamp with time zone,
    ended_by         uuid
);
create index outcome_assignment_by_client on outcome_assignment (clinic_id, client_id, active);

-- One attempt at a questionnaire. Answers are saved one by one (a JSON object of item id to answer),
-- so a client who stops halfway loses nothing; the score is written once, at completion.
create table outcome_response (
    id             uuid primary key,
    clinic_id      uuid not null references clinic (id),
    client_id      uuid not null references client (id),
    assignment_id  uuid references outcome_assignment (id),
    measure        varchar(20) not null,
    channel        varchar(20) not null,
    status         varchar(20) not null,
    answers        varchar(8000) not null,
    activities     varchar(1200),
    score          numeric(7, 2),
    band           varchar(20),
    distress       integer,
    risk           varchar(10),
    therapist_id   uuid,
    -- Set at completion: a follow-up carries its baseline and whether the change from it is a
    -- clinically important improvement, so the clinic report needs no per-client recomputation.
    follow_up              boolean not null default false,
    baseline_score         numeric(7, 2),
    important_improvement  boolean,
    started_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    completed_at   timestamp with time zone,
    created_by     uuid
);
create index outcome_response_by_client on outcome_response (clinic_id, client_id, status, measure, completed_at);
create index outcome_response_for_report on outcome_response (clinic_id, status, completed_at);

-- Emailed one-time links: only the SHA-256 of the secret is stored; a link works until its
-- questionnaire is completed or it expires, whichever comes first.
create table outcome_link (
    id           uuid primary key,
    clinic_id    uuid not null references clinic (id),
    client_id    uuid not null references client (id),
    response_id  uuid not null references outcome_response (id),
    token_hash   varchar(64) not null unique,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    created_at   timestamp with time zone not null,
    created_by   uuid
);
create index outcome_link_by_response on outcome_link (clinic_id, response_id);
