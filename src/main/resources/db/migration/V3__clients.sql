create table client (
    id                              uuid primary key,
    clinic_id                       uuid not null references clinic (id),
    given_name                      varchar(100) not null,
    family_name                     varchar(100) not null,
    preferred_name                  varchar(100),
    date_of_birth                   date not null,
    email                           varchar(254),
    phone                           varchar(40),
    address_line                    varchar(300),
    town                            varchar(100),
    postcode                        varchar(20),
    emergency_contact_name          varchar(200),
    emergency_contact_phone         varchar(40),
    gp_name                         varchar(200),
    gp_practice                     varchar(200),
    occupation                      varchar(200),
    therapist_id                    uuid references account (id),
    privacy_notice_version          varchar(20),
    privacy_notice_acknowledged_at  timestamp with time zone,
    archived                        boolean not null default false,
    archived_at                     timestamp with time zone,
    archived_reason                 varchar(300),
    -- Lower-case (and digits-only for the phone) copies so that "starts with" search uses an index.
    search_given                    varchar(100) not null,
    search_family                   varchar(100) not null,
    search_email                    varchar(254),
    search_phone                    varchar(40),
    created_at                      timestamp with time zone not null,
    created_by                      uuid,
    updated_at                      timestamp with time zone not null,
    updated_by                      uuid,
    version                         integer not null default 0
);
create index client_by_name_and_birth on client (clinic_id, search_family, date_of_birth);

alter table account add constraint account_client foreign key (client_id) references client (id);

-- Consent to treatment, marketing email and SMS: each its own record, withdrawn rather than deleted.
create table client_consent (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    kind          varchar(30) not null,
    scope         varchar(300),
    granted_at    timestamp with time zone not null,
    granted_by    uuid,
    withdrawn_at  timestamp with time zone,
    withdrawn_by  uuid
);
create index client_consent_by_client on client_consent (clinic_id, client_id);
