-- Name search at a million clients (docs/performance.md, "Client search"). A GiST trigram index can
-- return the most similar names first (ORDER BY name <-> query LIMIT n) and stop there, where GIN
-- must collect every match of a common name ("siti", "muhammad") before ranking. A long signature
-- (160 bytes instead of 12) lets it skip the branches that cannot match, so a name nobody has is
-- answered quickly too. It serves % and %> (word similarity) as well, so it replaces the GIN index.
create index person_name_gist_idx on person using gist (lower(full_name) gist_trgm_ops (siglen = 160));
drop index person_name_trgm_idx;
