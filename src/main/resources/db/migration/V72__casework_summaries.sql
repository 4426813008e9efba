-- Casework's summary tables for the supervision pages (issue 7): counts of case files kept up to
-- date by row-level AFTER triggers on casework's own tables (case_file, case_problem,
-- approval_request), so the team page and the dashboard read a few hundred pre-counted rows
-- instead of aggregating every open case. Each summary has lentera_rebuild_<table>() to recompute
-- it from the facts (the generator's bulk loads set lentera.bulk_load = 'on', which the triggers
-- skip, and rebuild afterwards). Rows whose count fell to zero stay; readers skip them.

-- The client's current kecamatan (the first 8 characters of their kelurahan code), kept by
-- casework from the client module's ClientMoved event, so the figures need not read `client`.
alter table case_file add column kecamatan varchar(8);
update case_file c set kecamatan = substr(cl.current_kelurahan_code, 1, 8)
  from client cl
 where cl.id = c.client_id and cl.current_kelurahan_code is not null;

-- Days in stage and days without activity are counted in whole office days (WIB).
create function lentera_case_day(t timestamptz) returns date
    language sql immutable parallel safe
    return (t at time zone 'Asia/Jakarta')::date;

create function lentera_case_month(d date) returns date
    language sql immutable parallel safe
    return cast(date_trunc('month', d) as date);

-- open cases of each worker by stage and the office day the stage began (team page: stage counts, median)
create table case_stage_day (
    team_id   bigint,
    worker_id bigint      not null,
    stage     varchar(12) not null,
    since_day date        not null,
    cases     integer     not null,
    unique nulls not distinct (team_id, worker_id, stage, since_day)
);

-- open cases of each worker by the office day of their last activity (team page: quiet cases)
create table case_activity_day (
    team_id      bigint,
    worker_id    bigint  not null,
    activity_day date    not null,
    cases        integer not null,
    unique nulls not distinct (team_id, worker_id, activity_day)
);

-- open cases of each worker with at least one pending approval request
create table case_awaiting_approval (
    team_id   bigint,
    worker_id bigint  not null,
    cases     integer not null,
    unique nulls not distinct (team_id, worker_id)
);

-- open cases by team, kecamatan and stage (dashboard)
create table case_open_stage (
    team_id   bigint,
    kecamatan varchar(8),
    stage     varchar(12) not null,
    cases     integer     not null,
    unique nulls not distinct (team_id, kecamatan, stage)
);

-- cases opened (by the month of opened_on) and closed (by the month of closed_on); prefix sums of
-- both give the cases open at a month's end or at some time in a period
create table case_month (
    team_id   bigint,
    kecamatan varchar(8),
    month     date    not null,
    opened    integer not null,
    closed    integer not null,
    unique nulls not distinct (team_id, kecamatan, month)
);

-- closed cases by the month of closed_on and termination reason
create table case_termination_month (
    team_id   bigint,
    kecamatan varchar(8),
    month     date        not null,
    reason    varchar(20) not null,
    cases     integer     not null,
    unique nulls not distinct (team_id, kecamatan, month, reason)
);

-- problems with a barrier category, counted in the month their case was opened and in the month
-- it was closed: problems of the cases open at some time in [from, to] =
-- opened up to to's month minus closed before from's month
create table case_barrier_month (
    team_id   bigint,
    kecamatan varchar(8),
    month     date        not null,
    category  varchar(20) not null,
    opened    integer     not null,
    closed    integer     not null,
    unique nulls not distinct (team_id, kecamatan, month, category)
);

-- --- adding one case's share (sign +1 or -1); a null row (f.id null) or one that does not count adds nothing

create function lentera_case_add_caseload(f case_file, sign integer) returns void language plpgsql as $$
begin
    if f.id is null or f.status <> 'OPEN' then
        return;
    end if;
    insert into case_stage_day (team_id, worker_id, stage, since_day, cases)
    values (f.team_id, f.worker_id, f.stage, lentera_case_day(f.stage_since), sign)
    on conflict (team_id, worker_id, stage, since_day) do update set cases = case_stage_day.cases + excluded.cases;
end $$;

create function lentera_case_add_activity(f case_file, sign integer) returns void language plpgsql as $$
begin
    if f.id is null or f.status <> 'OPEN' then
        return;
    end if;
    insert into case_activity_day (team_id, worker_id, activity_day, cases)
    values (f.team_id, f.worker_id, lentera_case_day(f.last_activity_at), sign)
    on conflict (team_id, worker_id, activity_day) do update set cases = case_activity_day.cases + excluded.cases;
end $$;

create function lentera_case_add_awaiting(team bigint, worker bigint, sign integer) returns void language plpgsql as $$
begin
    insert into case_awaiting_approval (team_id, worker_id, cases) values (team, worker, sign)
    on conflict (team_id, worker_id) do update set cases = case_awaiting_approval.cases + excluded.cases;
end $$;

create function lentera_case_add_open_stage(f case_file, sign integer) returns void language plpgsql as $$
begin
    if f.id is null or f.status <> 'OPEN' then
        return;
    end if;
    insert into case_open_stage (team_id, kecamatan, stage, cases) values (f.team_id, f.kecamatan, f.stage, sign)
    on conflict (team_id, kecamatan, stage) do update set cases = case_open_stage.cases + excluded.cases;
end $$;

create function lentera_case_add_months(f case_file, sign integer) returns void language plpgsql as $$
begin
    if f.id is null then
        return;
    end if;
    insert into case_month (team_id, kecamatan, month, opened, closed)
    values (f.team_id, f.kecamatan, lentera_case_month(f.opened_on), sign, 0)
    on conflict (team_id, kecamatan, month) do update set opened = case_month.opened + excluded.opened;
    if f.closed_on is not null then
        insert into case_month (team_id, kecamatan, month, opened, closed)
        values (f.team_id, f.kecamatan, lentera_case_month(f.closed_on), 0, sign)
        on conflict (team_id, kecamatan, month) do update set closed = case_month.closed + excluded.closed;
    end if;
    if f.status = 'CLOSED' and f.termination_reason is not null then
        insert into case_termination_month (team_id, kecamatan, month, reason, cases)
        values (f.team_id, f.kecamatan, lentera_case_month(f.closed_on), f.termination_reason, sign)
        on conflict (team_id, kecamatan, month, reason) do update set cases = case_termination_month.cases + excluded.cases;
    end if;
end $$;

-- `problems` problems of category `problem_category` of case f
create function lentera_case_add_barriers(f case_file, problem_category varchar, problems integer) returns void
    language plpgsql as $$
begin
    if f.id is null or problem_category is null or problems = 0 then
        return;
    end if;
    insert into case_barrier_month (team_id, kecamatan, month, category, opened, closed)
    values (f.team_id, f.kecamatan, lentera_case_month(f.opened_on), problem_category, problems, 0)
    on conflict (team_id, kecamatan, month, category) do update set opened = case_barrier_month.opened + excluded.opened;
    if f.closed_on is not null then
        insert into case_barrier_month (team_id, kecamatan, month, category, opened, closed)
        values (f.team_id, f.kecamatan, lentera_case_month(f.closed_on), problem_category, 0, problems)
        on conflict (team_id, kecamatan, month, category) do update set closed = case_barrier_month.closed + excluded.closed;
    end if;
end $$;

-- --- triggers: each summary is touched only when what it is keyed by changed, so the many saves of
-- a case that change neither stage, worker, dates nor place cost one comparison

create function lentera_case_file_summaries() returns trigger language plpgsql as $$
declare
    o case_file;
    n case_file;
    p record;
begin
    if current_setting('lentera.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        o := old;
    end if;
    if tg_op <> 'DELETE' then
        n := new;
    end if;
    if (o.status, o.team_id, o.worker_id, o.stage, lentera_case_day(o.stage_since))
            is distinct from (n.status, n.team_id, n.worker_id, n.stage, lentera_case_day(n.stage_since)) then
        perform lentera_case_add_caseload(o, -1);
        perform lentera_case_add_caseload(n, 1);
    end if;
    if (o.status, o.team_id, o.worker_id, lentera_case_day(o.last_activity_at))
            is distinct from (n.status, n.team_id, n.worker_id, lentera_case_day(n.last_activity_at)) then
        perform lentera_case_add_activity(o, -1);
        perform lentera_case_add_activity(n, 1);
    end if;
    if (o.status, o.team_id, o.worker_id) is distinct from (n.status, n.team_id, n.worker_id)
            and exists (select 1 from approval_request a
                         where a.case_file_id = coalesce(n.id, o.id) and a.state = 'PENDING') then
        if o.status = 'OPEN' then
            perform lentera_case_add_awaiting(o.team_id, o.worker_id, -1);
        end if;
        if n.status = 'OPEN' then
            perform lentera_case_add_awaiting(n.team_id, n.worker_id, 1);
        end if;
    end if;
    if (o.status, o.team_id, o.kecamatan, o.stage) is distinct from (n.status, n.team_id, n.kecamatan, n.stage) then
        perform lentera_case_add_open_stage(o, -1);
        perform lentera_case_add_open_stage(n, 1);
    end if;
    if (o.status, o.team_id, o.kecamatan, o.opened_on, o.closed_on, o.termination_reason)
            is distinct from (n.status, n.team_id, n.kecamatan, n.opened_on, n.closed_on, n.termination_reason) then
        perform lentera_case_add_months(o, -1);
        perform lentera_case_add_months(n, 1);
    end if;
    if (o.team_id, o.kecamatan, lentera_case_month(o.opened_on), lentera_case_month(o.closed_on))
            is distinct from (n.team_id, n.kecamatan, lentera_case_month(n.opened_on), lentera_case_month(n.closed_on)) then
        for p in select cp.category, count(*)::integer as problems from case_problem cp
                  where cp.case_file_id = coalesce(n.id, o.id) and cp.category is not null group by cp.category loop
            perform lentera_case_add_barriers(o, p.category, -p.problems);
            perform lentera_case_add_barriers(n, p.category, p.problems);
        end loop;
    end if;
    return null;
end $$;

create trigger case_file_summaries after insert or update or delete on case_file
    for each row execute function lentera_case_file_summaries();

create function lentera_case_problem_summaries() returns trigger language plpgsql as $$
declare
    f case_file;
begin
    if current_setting('lentera.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op = 'UPDATE' and old.case_file_id = new.case_file_id and old.category is not distinct from new.category then
        return null;
    end if;
    if tg_op <> 'INSERT' and old.category is not null then
        select * into f from case_file where id = old.case_file_id;
        perform lentera_case_add_barriers(f, old.category, -1);
    end if;
    if tg_op <> 'DELETE' and new.category is not null then
        select * into f from case_file where id = new.case_file_id;
        perform lentera_case_add_barriers(f, new.category, 1);
    end if;
    return null;
end $$;

create trigger case_problem_summaries after insert or update or delete on case_problem
    for each row execute function lentera_case_problem_summaries();

-- a case counts as awaiting approval while it has at least one pending request: a change of a
-- request counts only when it makes the first one or removes the last one
create function lentera_case_pending_changed(case_id bigint, request_id bigint, sign integer) returns void
    language plpgsql as $$
declare
    f case_file;
begin
    if exists (select 1 from approval_request a
                where a.case_file_id = case_id and a.state = 'PENDING' and a.id <> request_id) then
        return;
    end if;
    select * into f from case_file where id = case_id;
    if f.status = 'OPEN' then
        perform lentera_case_add_awaiting(f.team_id, f.worker_id, sign);
    end if;
end $$;

create function lentera_approval_request_summaries() returns trigger language plpgsql as $$
begin
    if current_setting('lentera.bulk_load', true) = 'on' then
        return null;
    end if;
    if tg_op = 'UPDATE' and old.case_file_id = new.case_file_id and old.state = new.state then
        return null;
    end if;
    if tg_op <> 'INSERT' and old.state = 'PENDING' then
        perform lentera_case_pending_changed(old.case_file_id, old.id, -1);
    end if;
    if tg_op <> 'DELETE' and new.state = 'PENDING' then
        perform lentera_case_pending_changed(new.case_file_id, new.id, 1);
    end if;
    return null;
end $$;

create trigger approval_request_summaries after insert or update or delete on approval_request
    for each row execute function lentera_approval_request_summaries();

-- --- rebuilds from the facts, set-based

create function lentera_rebuild_case_stage_day() returns void language sql as $$
    truncate case_stage_day;
    insert into case_stage_day (team_id, worker_id, stage, since_day, cases)
    select team_id, worker_id, stage, lentera_case_day(stage_since), count(*)
      from case_file where status = 'OPEN' group by 1, 2, 3, 4;
$$;

create function lentera_rebuild_case_activity_day() returns void language sql as $$
    truncate case_activity_day;
    insert into case_activity_day (team_id, worker_id, activity_day, cases)
    select team_id, worker_id, lentera_case_day(last_activity_at), count(*)
      from case_file where status = 'OPEN' group by 1, 2, 3;
$$;

create function lentera_rebuild_case_awaiting_approval() returns void language sql as $$
    truncate case_awaiting_approval;
    insert into case_awaiting_approval (team_id, worker_id, cases)
    select c.team_id, c.worker_id, count(*)
      from case_file c
     where c.status = 'OPEN'
       and c.id in (select a.case_file_id from approval_request a where a.state = 'PENDING')
     group by 1, 2;
$$;

create function lentera_rebuild_case_open_stage() returns void language sql as $$
    truncate case_open_stage;
    insert into case_open_stage (team_id, kecamatan, stage, cases)
    select team_id, kecamatan, stage, count(*) from case_file where status = 'OPEN' group by 1, 2, 3;
$$;

create function lentera_rebuild_case_month() returns void language sql as $$
    truncate case_month;
    insert into case_month (team_id, kecamatan, month, opened, closed)
    select team_id, kecamatan, month, sum(opened), sum(closed)
      from (select team_id, kecamatan, lentera_case_month(opened_on) as month, 1 as opened, 0 as closed
              from case_file
            union all
            select team_id, kecamatan, lentera_case_month(closed_on), 0, 1
              from case_file where closed_on is not null) x
     group by 1, 2, 3;
$$;

create function lentera_rebuild_case_termination_month() returns void language sql as $$
    truncate case_termination_month;
    insert into case_termination_month (team_id, kecamatan, month, reason, cases)
    select team_id, kecamatan, lentera_case_month(closed_on), termination_reason, count(*)
      from case_file where status = 'CLOSED' and termination_reason is not null group by 1, 2, 3, 4;
$$;

create function lentera_rebuild_case_barrier_month() returns void language sql as $$
    truncate case_barrier_month;
    insert into case_barrier_month (team_id, kecamatan, month, category, opened, closed)
    select team_id, kecamatan, month, category, sum(opened), sum(closed)
      from (select c.team_id, c.kecamatan, lentera_case_month(c.opened_on) as month, p.category, 1 as opened, 0 as closed
              from case_problem p join case_file c on c.id = p.case_file_id
             where p.category is not null
            union all
            select c.team_id, c.kecamatan, lentera_case_month(c.closed_on), p.category, 0, 1
              from case_problem p join case_file c on c.id = p.case_file_id
             where p.category is not null and c.closed_on is not null) x
     group by 1, 2, 3, 4;
$$;

-- all of casework's summaries, for the generator after a bulk load
create function lentera_rebuild_casework() returns void language sql as $$
    select lentera_rebuild_case_stage_day();
    select lentera_rebuild_case_activity_day();
    select lentera_rebuild_case_awaiting_approval();
    select lentera_rebuild_case_open_stage();
    select lentera_rebuild_case_month();
    select lentera_rebuild_case_termination_month();
    select lentera_rebuild_case_barrier_month();
$$;

select lentera_rebuild_casework();
