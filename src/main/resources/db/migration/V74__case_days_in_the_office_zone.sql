-- The office's time zone for the case summaries' days (days in stage, days without activity), the
-- same as the application's lentera.time-zone: CaseDayZone writes it at start-up when they differ
-- and recounts the two summaries that hold days. Indonesia has three zones; V72 fixed WIB.
create table case_day_zone (
    id   boolean primary key default true check (id),
    zone varchar(64) not null
);
insert into case_day_zone (zone) values ('Asia/Jakarta');

create or replace function lentera_case_day(t timestamptz) returns date
    language sql stable parallel safe
    as $$ select (t at time zone (select zone from case_day_zone))::date $$;
