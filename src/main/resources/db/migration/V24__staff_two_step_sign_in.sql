-- Two-step sign-in (TOTP, RFC 6238) for staff accounts. The secret is what the authenticator app
-- holds; last_used_step makes each code single use even across several application instances;
-- failed_codes counts wrong codes in a row (five lock the account like five wrong passwords).
create table account_totp (
    account_id      uuid primary key references account (id),
    secret          varchar(64) not null,
    last_used_step  bigint,
    failed_codes    integer not null default 0,
    enrolled_at     timestamp with time zone not null
);

-- Ten one-time recovery codes per enrolment, for a lost phone; only a hash of each is kept.
create table account_recovery_code (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    code_hash   varchar(64) not null,
    used_at     timestamp with time zone,
    created_at  timestamp with time zone not null
);
create unique index account_recovery_code_by_hash on account_recovery_code (account_id, code_hash);

-- The owner can require two-step sign-in of every member of staff.
alter table clinic add column staff_two_step_required boolean not null default false;
