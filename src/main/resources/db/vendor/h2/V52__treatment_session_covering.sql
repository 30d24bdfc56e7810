-- H2 only. The tenant-keyed foreign key (V44) gave H2 its own index on (clinic_id, client_id), and H2's
-- planner prefers it to treatment_session_by_client for a client's sessions: it then reads every session of
-- the client to keep a page (507 rows for 12 for the demo's 500-session client, EXPLAIN ANALYZE). With the
-- columns the session lists read (timeline, session list, pain chart) in the index, H2 picks this one and
-- reads the page in index order ("index sorted", 12 rows). PostgreSQL already uses treatment_session_by_client.
create index treatment_session_by_client_covering
    on treatment_session (clinic_id, client_id, started_at desc, id desc, status, pain_before, pain_after);
