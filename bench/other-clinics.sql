-- Adds :clinics more clinics holding :clients clients between them (PostgreSQL only), so that the
-- benchmark's demo clinic shares its tables and indexes with a large clinic group: "1,000 clinics and
-- 2,000,000 clients" is `-v clinics=999 -v clients=1900000` beside the demo clinic's 100,000.
-- Names follow the demo's mix (common UK names), so every family-name prefix the benchmark types also
-- matches thousands of rows in other clinics' ranges of the same index.
\set ON_ERROR_STOP on
begin;
insert into clinic (id, name, time_zone, locale, created_at)
select md5('bench-clinic-' || g)::uuid, 'Bench clinic ' || g, 'Europe/London', 'en-GB', now()
from generate_series(1, :clinics) g;

insert into client (id, clinic_id, given_name, family_name, date_of_birth, search_given, search_family,
                    created_at, updated_at)
select md5('bench-client-' || g)::uuid, md5('bench-clinic-' || (1 + g % :clinics))::uuid, given, family,
       date '1940-01-01' + (g % 25000), lower(given), lower(family), now(), now()
from (select g,
             (array['Olivia','Amelia','Isla','Ava','Mia','Grace','Sophia','Lily','Emily','Ella','Freya','Poppy',
                    'Noah','Oliver','George','Arthur','Leo','Harry','Oscar','Jack','Charlie','Thomas','James',
                    'William','Henry','David','Peter','Michael','Priya','Aisha'])[1 + g % 30] as given,
             (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                    'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke','Patel',
                    'Khan','Lewis','Harris','Cooper','King','Baker','Turner','Hill','Moore','Ward','Morris',
                    'Hughes','Edwards','Nowak','Mensah','Okafor','Chen','Murphy','Kelly'])[1 + (g / 30) % 40] as family
      from generate_series(1, :clients) g) people;
commit;
analyze clinic;
analyze client;
