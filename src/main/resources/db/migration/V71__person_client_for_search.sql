-- Name search (docs/performance.md, "Client search"): the clients of a name key in one index.
-- A key's persons come from person (search_name, id), but only about one person in three is a
-- client, and checking each against client cost one more index lookup per person — most of a
-- name search's time once the keys were found. The person now carries the id of its client (at
-- most one: client.person_id is unique), kept by a trigger on client, and a partial index on the
-- clients' persons answers "the clients of this key, in person order" from the index alone.
-- No foreign key: client already references person, and the bulk generator writes persons first.

alter table person add column client_id bigint;
update person p set client_id = c.id from client c where c.person_id = p.id;
create index person_client_by_name_idx on person (search_name, id) include (client_id) where client_id is not null;

create or replace function client_person_link_trigger() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.person_id <> new.person_id then
        update person set client_id = null where id = old.person_id and client_id = old.id;
    end if;
    update person set client_id = new.id where id = new.person_id and client_id is distinct from new.id;
    return null;
end
$$;

create trigger client_person_link after insert or update of person_id on client
    for each row execute function client_person_link_trigger();

analyze person;
