-- Visits counted per team, responsible worker, status and day (the planned day of a planned visit,
-- the visit day of a done one), kept by a trigger on home_visit: the team page's overdue and
-- done-this-month counts and the dashboard's visits per week read a few hundred of these rows
-- instead of aggregating millions of visits on every request.
create table home_visit_day (
    team_id   bigint,
    worker_id bigint     not null,
    status    varchar(9) not null check (status in ('PLANNED', 'DONE')),
    day       date       not null,
    visits    bigint     not null,
    constraint home_visit_day_key unique nulls not distinct (team_id, worker_id, status, day)
);
create index home_visit_day_status_idx on home_visit_day (status, day);

create function lentera_visit_day_add(p_team bigint, p_worker bigint, p_status varchar, p_day date, p_n integer)
    returns void language plpgsql as $$
begin
    if p_status = 'PLANNED' or p_status = 'DONE' then
        insert into home_visit_day as d (team_id, worker_id, status, day, visits)
        values (p_team, p_worker, p_status, p_day, p_n)
        on conflict on constraint home_visit_day_key do update set visits = d.visits + excluded.visits;
    end if;
end $$;

create function lentera_visit_day_count() returns trigger language plpgsql as $$
begin
    if current_setting('lentera.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform lentera_visit_day_add(old.team_id, old.worker_id, old.status,
                case when old.status = 'DONE' then old.visited_on else old.scheduled_on end, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform lentera_visit_day_add(new.team_id, new.worker_id, new.status,
                case when new.status = 'DONE' then new.visited_on else new.scheduled_on end, 1);
    end if;
    return null;
end $$;

create trigger home_visit_day_count after insert or delete on home_visit
    for each row execute function lentera_visit_day_count();
create trigger home_visit_day_count_change after update of team_id, worker_id, status, scheduled_on, visited_on
    on home_visit for each row
    when (old.team_id is distinct from new.team_id or old.worker_id is distinct from new.worker_id
          or old.status is distinct from new.status or old.scheduled_on is distinct from new.scheduled_on
          or old.visited_on is distinct from new.visited_on)
    execute function lentera_visit_day_count();

-- Recounts everything, set-based: after a bulk load (which skips the trigger) and here, once.
create function lentera_rebuild_visit_days() returns void language sql as $$
    delete from home_visit_day;
    insert into home_visit_day (team_id, worker_id, status, day, visits)
    select team_id, worker_id, status, case when status = 'DONE' then visited_on else scheduled_on end, count(*)
      from home_visit where status in ('PLANNED', 'DONE')
     group by 1, 2, 3, 4;
$$;

select lentera_rebuild_visit_days();
