-- The chain head of a clinic's audit log is read on every audited action: find it by id, not by time.
create index audit_by_clinic_seq on audit_event (clinic_id, id);
-- The client list without a search term is ordered by name.
create index client_by_clinic_name on client (clinic_id, search_family, search_given, id);
