-- The dashboard's PKH verdict counts: over the whole office (optionally one kecamatan) they are
-- read from this index alone, whatever the size of the table's rows.
create index household_eligibility_verdict_idx on household_eligibility (verdict, kelurahan_code);
