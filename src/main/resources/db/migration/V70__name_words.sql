-- Name search by words (docs/performance.md, "Client search"). Trigram matching of whole keys
-- (V31) had to rescore every key that shares a word with the searched name: thousands for
-- "lamhot parlindungan" or "juliana br", since a city repeats its first names and margas. Names
-- are now matched word by word first:
-- 1. person_name_key.words: the key's words, with a GIN index, so "keys that hold one of these
--    words" is an index lookup;
-- 2. name_word: every distinct word with the number of keys holding it (the rarest typed word is
--    looked up first) and a trigram index, so a typed word finds its spelling neighbours among a
--    few thousand words instead of among all keys;
-- 3. an index on the key in byte order for "keys beginning with the typed name", read in order.

alter table person_name_key add column words text[] generated always as (string_to_array(key, ' ')) stored;
create index person_name_key_words_idx on person_name_key using gin (words);
create index person_name_key_prefix_idx on person_name_key ((key collate "C"));

create table name_word (
    word text primary key,
    keys integer not null check (keys >= 0)
);
insert into name_word (word, keys)
select w, count(*) from person_name_key, unnest(words) w group by w;
create index name_word_trgm_idx on name_word using gin (word gin_trgm_ops);
create index name_word_prefix_idx on name_word ((word collate "C"));

-- keys are only ever added (V31's trigger), so counting up is enough
create or replace function name_word_count_trigger() returns trigger
    language plpgsql as
$$
begin
    insert into name_word (word, keys)
    select w, count(*) from unnest(new.words) w group by w
    on conflict (word) do update set keys = name_word.keys + excluded.keys;
    return null;
end
$$;

create trigger name_word_count after insert on person_name_key
    for each row execute function name_word_count_trigger();

analyze person_name_key;
analyze name_word;
