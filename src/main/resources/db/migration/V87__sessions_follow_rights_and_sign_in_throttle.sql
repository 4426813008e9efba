-- Open sessions follow changes of rights: every session compares the account's versions on each
-- request. security_version rises with a change of role, team, active state or password; a change
-- of password_version (reset, own change) ends the sessions signed in before it.
alter table user_account
    add column security_version      bigint      not null default 0,
    add column password_version      bigint      not null default 0,
    -- the last active admin is never locked; further sign-in attempts wait until then instead
    add column sign_in_delayed_until timestamptz;

-- Failed sign-ins per client address and overall ('*'), counted in a window that opens at the
-- first failure; past a limit each further attempt must wait until next_attempt_at. In the
-- database, so that several instances share the counts; rows are updated atomically.
create table sign_in_throttle (
    bucket          varchar(80) primary key,
    failures        integer     not null check (failures >= 0),
    window_start    timestamptz not null,
    next_attempt_at timestamptz
);
create index sign_in_throttle_window_idx on sign_in_throttle (window_start);
