-- Search matches the start of a given name or an email and lists the matches in family-name order. An
-- index on the given name (or email) holds the matches of "ja" together but in given-name order, so every
-- match was read and sorted to show the first 20 (6,000 of 100,000 clients for "ja"). The first one, two
-- and three characters as columns of their own, each indexed before the family name, turn a query of up
-- to three characters into an equality whose index range is already in family-name order: the first page
-- reads 20 entries. Longer queries match far fewer clients and keep the V3_1 indexes.
-- Stored generated columns: PostgreSQL computes them on insert and update, so no code writes these (H2: its V53).
alter table client
  add column search_given_1 varchar(1) collate "C" generated always as (left(search_given, 1)) stored,
  add column search_given_2 varchar(2) collate "C" generated always as (left(search_given, 2)) stored,
  add column search_given_3 varchar(3) collate "C" generated always as (left(search_given, 3)) stored,
  add column search_email_1 varchar(1) collate "C" generated always as (left(search_email, 1)) stored,
  add column search_email_2 varchar(2) collate "C" generated always as (left(search_email, 2)) stored,
  add column search_email_3 varchar(3) collate "C" generated always as (left(search_email, 3)) stored;
create index client_search_given_1 on client (clinic_id, search_given_1, search_family, search_given, id) include (archived);
create index client_search_given_2 on client (clinic_id, search_given_2, search_family, search_given, id) include (archived);
create index client_search_given_3 on client (clinic_id, search_given_3, search_family, search_given, id) include (archived);
create index client_search_email_1 on client (clinic_id, search_email_1, search_family, search_given, id) include (archived);
create index client_search_email_2 on client (clinic_id, search_email_2, search_family, search_given, id) include (archived);
create index client_search_email_3 on client (clinic_id, search_email_3, search_family, search_given, id) include (archived);
