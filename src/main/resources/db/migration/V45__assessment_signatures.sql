-- Assessments join the shared signed-record mechanism (V25): each version is signed by its author when
-- saved, like a plan version, and records the scheme its content hash was computed with, so that the
-- hashes stored before this migration still verify. The backfill, and the triggers that must make way
-- for it, are per database (V45_1).
alter table assessment_version add column signed_by uuid;
alter table assessment_version add column signed_at timestamp with time zone;
-- 1: SHA-256 of findings, a newline and screening (versions written before V45);
-- 2: the shared ContentHash of (findings, screening).
alter table assessment_version add column content_hash_scheme smallint default 1 not null;
alter table assessment_version add constraint assessment_version_hash_scheme check (content_hash_scheme between 1 and 2);
