-- H2 reads a column from an index entry when the index holds it, and otherwise looks the row up in the
-- table. The given-name, email and phone branches of the search read every match (thousands for "ol")
-- and sort them by name: with the sort keys and the archived flag in the index, those reads need no
-- table lookup (PostgreSQL's V3_1 indexes include the same columns for index-only scans).
create index client_search_given_sorted on client (clinic_id, search_given, search_family, id, archived);
create index client_search_email_sorted on client (clinic_id, search_email, search_family, search_given, id, archived);
create index client_search_phone_sorted on client (clinic_id, search_phone, search_family, search_given, id, archived);
drop index client_search_given;
drop index client_search_email;
drop index client_search_phone;
