-- The care team: each share is its own consent record (PS: explicit, specific, revocable), given by the
-- client in the portal or by the therapist with the client present, to one named person by email, for
-- one clinic's record. A partner account (role PARTNER) may hold shares from several clinics; every
-- read of a share is scoped by the share's clinic. Withdrawal sets withdrawn_at; the row stays.
create table care_share (
    id                  uuid primary key,
    clinic_id           uuid not null references clinic (id),
    client_id           uuid not null references client (id),
    partner_account_id  uuid not null references account (id),
    partner_name        varchar(200) not null,
    partner_email       varchar(254) not null,
    partner_kind        varchar(20) not null,
    parts               varchar(200) not null,
    purpose             varchar(500) not null,
    starts_on           date not null,
    ends_on             date,
    notes_to_portal     boolean not null default false,
    granted_via         varchar(20) not null,
    granted_by          uuid not null,
    granted_at          timestamp with time zone not null,
    withdrawn_at        timestamp with time zone,
    withdrawn_by        uuid,
    check (ends_on is null or ends_on >= starts_on)
);
create index care_share_by_client on care_share (clinic_id, client_id, granted_at);
create index care_share_by_partner on care_share (partner_account_id, withdrawn_at);

-- A partner's short note back to the clinic ("45-minute class, no flare-up"): written through one share,
-- kept whatever happens to the share later, shown on the client's timeline.
create table care_note (
    id                  uuid primary key,
    clinic_id           uuid not null references clinic (id),
    client_id           uuid not null references client (id),
    share_id            uuid not null references care_share (id),
    partner_account_id  uuid not null references account (id),
    body                varchar(1000) not null,
    written_at          timestamp with time zone not null
);
create index care_note_by_client on care_note (clinic_id, client_id, written_at);

-- Letters printed for the care team (handover to a Pilates instructor or physiotherapist, the GP letter):
-- who, to whom, when, and the client's recorded consent for the GP letter.
create table care_letter (
    id                uuid primary key,
    clinic_id         uuid not null references clinic (id),
    client_id         uuid not null references client (id),
    kind              varchar(20) not null,
    recipient         varchar(200) not null,
    client_consented  boolean not null,
    written_by        uuid not null,
    written_at        timestamp with time zone not null
);
create index care_letter_by_client on care_letter (clinic_id, client_id, written_at);
