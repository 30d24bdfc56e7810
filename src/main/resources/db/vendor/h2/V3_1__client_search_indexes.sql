-- "Starts with" search compares ranges (name >= 'smi' and name < 'smj'), which H2 serves from these.
create index client_search_given on client (clinic_id, search_given);
create index client_search_family on client (clinic_id, search_family);
create index client_search_email on client (clinic_id, search_email);
create index client_search_phone on client (clinic_id, search_phone);
