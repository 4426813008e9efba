-- Name search at a million clients (docs/performance.md, "Client search").
--
-- 1. A search key per person: lower case, no accents or punctuation, and the Indonesian spelling
--    variants folded (old spelling oe/dj/tj/sj, ch/kh, sy, dh, th, doubled letters, a final h,
--    a final y, the many ways to write Muhammad), so "Siti Aisyah" and "Siti Aisah", "Mohammad" and
--    "Muhammad", "Djoko" and "Joko" become the same key and a typo is one step from it.
-- 2. person_name_key: every distinct key once. A city repeats its names (3.3 M persons, 76,000
--    distinct keys in the generated data), so trigram matching runs over the distinct keys and the
--    persons are then found by an exact b-tree lookup, nearest key first, stopping after a page.
--    GiST nearest-neighbour search over all persons (V30) was fast for common names but read most
--    of its 270 MB index for a typo; GIN over all persons was slow for common names (tens of
--    thousands of matches to rank).
-- A trigger keeps both up to date on every write of full_name; the bulk generator, which runs with
-- triggers off, writes search_name itself and fills person_name_key at the end.

create or replace function lentera_name_key(name text) returns text
    language sql immutable strict parallel safe as
$$
select btrim(regexp_replace(
         regexp_replace(regexp_replace(
           regexp_replace(
             regexp_replace(
               replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
                 regexp_replace(replace(translate(lower(name),
                   'àáâãäåāèéêëēìíîïīòóôõöōùúûüūýÿñç', 'aaaaaaaeeeeeiiiiiooooooouuuuuyync'), '''', ''),
                   '[^[:alnum:] ]', ' ', 'g'),
                 'oe', 'u'), 'dj', 'j'), 'tj', 'c'), 'sj', 'sy'), 'ch', 'h'), 'kh', 'h'), 'dh', 'd'),
                 'th', 't'), 'ph', 'f'), 'q', 'k'), 'sy', 's'),
               '([a-z])\1+', '\1', 'g'),
             '\m(mohamad|muhamad|mohamed|muhamed|mhd|moh|muh)\M', 'muhamad', 'g'),
           '([aeiou])h\M', '\1', 'g'), '([^aeiou ])y\M', '\1i', 'g'),
         '\s+', ' ', 'g'))
$$;

-- replaced below; dropping it first also spares the backfill its slow GiST maintenance
drop index if exists person_name_gist_idx;

alter table person add column search_name text;
update person set search_name = lentera_name_key(full_name);
alter table person alter column search_name set not null;

create table person_name_key (
    key text primary key
);
insert into person_name_key select distinct search_name from person on conflict do nothing;
create index person_name_key_trgm_idx on person_name_key using gin (key gin_trgm_ops);

-- the persons of a key in a fixed order (client search), and by birth year (duplicate check)
create index person_search_name_idx on person (search_name, id);
create index person_search_name_year_idx on person (search_name, (coalesce(extract(year from birth_date)::int, birth_year)));

create or replace function person_search_name_trigger() returns trigger
    language plpgsql as
$$
begin
    new.search_name := lentera_name_key(new.full_name);
    insert into person_name_key (key) values (new.search_name) on conflict do nothing;
    return new;
end
$$;

create trigger person_search_name before insert or update of full_name on person
    for each row execute function person_search_name_trigger();

analyze person;
analyze person_name_key;
