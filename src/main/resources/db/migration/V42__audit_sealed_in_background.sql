-- Audit entries are inserted unsealed on the request path (no lock on the clinic's chain head) and
-- linked into the chain by the background sealer (AuditSealer). seal_seq is an entry's position in its
-- clinic's chain: the order in which the sealer found entries committed, which need not be id order.
-- Existing entries keep their seals; their position becomes their id (vendor script V42_1), and each
-- chain head remembers the position of its newest entry.
alter table audit_event add column seal_seq bigint;
alter table audit_chain_head add column last_seq bigint not null default 0;
create index audit_by_clinic_seal on audit_event (clinic_id, seal_seq);
