-- PKH verdicts counted per household scope (issue 7). The counts live with the client module's
-- household summary (V75), since the households' scopes follow clients, cases and rosters; the
-- eligibility module tells it each household's current verdict through the client module's API
-- function lentera_household_verdicts, from a trigger on its own table, so that whichever code
-- writes household_eligibility (the evaluation, the nightly job, a fixture) the counts follow in
-- the same transaction.

-- Statement-level, with the changed rows as transition tables: the evaluation writes its results a
-- batch per statement, and the client module takes the batch's verdicts in one call.
create function household_eligibility_told_trigger() returns trigger
    language plpgsql as
$$
begin
    if current_setting('lentera.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform lentera_household_verdicts(array_agg(n.household_id), array_agg(n.verdict), array_agg(n.kelurahan_code))
           from new_rows n having count(*) > 0;
    elsif tg_op = 'UPDATE' then
        perform lentera_household_verdicts(array_agg(n.household_id), array_agg(n.verdict), array_agg(n.kelurahan_code))
           from new_rows n join old_rows o on o.household_id = n.household_id
          where (o.verdict, o.kelurahan_code) is distinct from (n.verdict, n.kelurahan_code)
         having count(*) > 0;
    else
        perform lentera_household_verdicts(array_agg(o.household_id), array_agg(null::varchar), array_agg(null::varchar))
           from old_rows o having count(*) > 0;
    end if;
    return null;
end
$$;

create trigger household_eligibility_told_insert after insert on household_eligibility
    referencing new table as new_rows
    for each statement execute function household_eligibility_told_trigger();
create trigger household_eligibility_told_update after update on household_eligibility
    referencing old table as old_rows new table as new_rows
    for each statement execute function household_eligibility_told_trigger();
create trigger household_eligibility_told_delete after delete on household_eligibility
    referencing old table as old_rows
    for each statement execute function household_eligibility_told_trigger();

-- Tells every current verdict again, then has the client module recount (set-based, bulk flag on).
create function lentera_rebuild_household_verdicts() returns void
    language plpgsql as
$$
declare
    was text := coalesce(current_setting('lentera.bulk_load', true), '');
begin
    perform set_config('lentera.bulk_load', 'on', true);
    perform lentera_household_verdicts(coalesce(array_agg(household_id), '{}'), coalesce(array_agg(verdict), '{}'),
                                       coalesce(array_agg(kelurahan_code), '{}'), true)
       from household_eligibility;
    perform lentera_rebuild_client_figures();
    perform set_config('lentera.bulk_load', was, true);
end
$$;

select lentera_rebuild_household_verdicts();
