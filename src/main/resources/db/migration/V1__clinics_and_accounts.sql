-- Clinics are tenants: every later table carries clinic_id.
create table clinic (
    id            uuid primary key,
    name          varchar(200) not null,
    address_line  varchar(300),
    town          varchar(100),
    postcode      varchar(20),
    phone         varchar(40),
    email         varchar(254),
    time_zone     varchar(60)  not null,
    locale        varchar(20)  not null,
    created_at    timestamp with time zone not null
);

create table room (
    id                 uuid primary key,
    clinic_id          uuid not null references clinic (id),
    name               varchar(100) not null,
    hireable           boolean not null default false,
    hourly_rate_pence  integer,
    active             boolean not null default true,
    created_at         timestamp with time zone not null
);
create index room_by_clinic on room (clinic_id, name);

create table account (
    id              uuid primary key,
    clinic_id       uuid not null references clinic (id),
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null,
    password_hash   varchar(200),
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamp with time zone,
    client_id       uuid,
    created_at      timestamp with time zone not null
);
create unique index account_by_email on account (email);
create index account_by_clinic on account (clinic_id, role);

-- One-time links for invitations and password resets; only a hash of the token is kept.
create table account_token (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    created_at  timestamp with time zone not null
);
create unique index account_token_by_hash on account_token (token_hash);

-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc).
create table event_publication (
    id                      uuid not null primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        varchar(4000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id, serialized_event);
create index event_publication_by_completion on event_publication (completion_date);
