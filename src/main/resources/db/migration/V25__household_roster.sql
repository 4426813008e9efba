-- The household roster (issue 3).

-- Changing the head swaps two member rows in one transaction; checked at commit, the one-head rule
-- never sees the moment in between when the new head is already HEAD and the old one not yet.
drop index household_member_head_uk;
alter table household_member add constraint household_member_one_head
    exclude using btree (household_id with =) where (relationship = 'HEAD' and left_on is null)
    deferrable initially deferred;

-- Households are visible through their members' clients, former members included.
create index household_member_person_idx on household_member (person_id);
