-- A family-name prefix ("smi") is read in the order the list shows (family, given, id), so the page's
-- first rows come straight off the index instead of sorting every Smith; archived rides along for the
-- filter. It supersedes the family-only index and the plain name-order index of V4.
create index client_search_family_ordered on client (clinic_id, search_family, search_given, id) include (archived);
drop index client_search_family;
drop index client_by_clinic_name;
