-- The client's intake before the first visit, filled in the portal one step at a time. The answers so
-- far are one JSON document, rewritten at each step (a few KB), so a phone that dies mid-way loses at
-- most the step on screen and the client resumes at the step saved last. One intake per client: the
-- unique key makes a second "first save" (a double tap, two tabs, two app instances) update the same
-- row. Submitted once: the submit is a conditional update (where submitted_at is null), and a submitted
-- intake is never changed (every save is conditional on it too).
create table client_intake (
    id            uuid primary key,
    clinic_id     uuid not null references clinic (id),
    client_id     uuid not null references client (id),
    step          varchar(30) not null,
    answers       varchar(30000) not null,
    started_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    submitted_at  timestamp with time zone,
    constraint client_intake_one_per_client unique (clinic_id, client_id)
);
