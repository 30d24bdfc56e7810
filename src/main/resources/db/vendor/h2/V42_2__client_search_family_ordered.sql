-- A family-name prefix is read in list order (family, given, id) straight off the index; supersedes the
-- family-only index of V3_1 and the name-order index of V4.
create index client_search_family_ordered on client (clinic_id, search_family, search_given, id, archived);
drop index client_search_family;
drop index client_by_clinic_name;
