-- PKH verdicts counted per household scope (issue 7). The counts live with the client module's
-- household summary (V75), since the households' scopes follow clients, cases and rosters; the
-- eligibility module tells it each household's current verdict through the client module's API
-- function lentera_household_verdicts, from a trigger on its own table, so that whichever code
-- writes household_eligibility (the evaluation, the nightly job, a fixture) the counts follow in
-- the same transaction.

create function household_eligibility_told_trigger() returns trigger
    language plpgsql as
$$
begin
    if current_setting('lentera.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op = 'DELETE' then
        perform lentera_household_verdicts(array[old.household_id], array[null::varchar], array[null::varchar]);
    else
        perform lentera_household_verdicts(array[new.household_id], array[new.verdict], array[new.kelurahan_code]);
    end if;
    return null;
end
$$;

create trigger household_eligibility_told after insert or delete on household_eligibility
    for each row execute function household_eligibility_told_trigger();
create trigger household_eligibility_told_change after update on household_eligibility
    for each row when (old.verdict is distinct from new.verdict or old.kelurahan_code is distinct from new.kelurahan_code)
    execute function household_eligibility_told_trigger();

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
