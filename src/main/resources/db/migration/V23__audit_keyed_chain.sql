-- From this version on, each audit entry's hash is an HMAC-SHA256 under a key kept outside the
-- database (AuditKey), so someone with database access alone cannot recompute the chain. Entries
-- written before hold a plain SHA-256: they stay verifiable as such, but only up to the switch-over
-- point recorded here (the newest entry at migration time; 0 on a new database). An entry after it
-- with a plain hash is a forgery.
create table audit_chain_legacy (
    up_to_id  bigint primary key
);
insert into audit_chain_legacy (up_to_id) select coalesce(max(id), 0) from audit_event;
