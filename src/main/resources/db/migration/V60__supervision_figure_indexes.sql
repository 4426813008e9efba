-- Indexes for the supervision module's summary queries (team page, dashboard, monthly report).
-- They sit on the casework and client modules' tables, but only the supervision figures need them,
-- so they are in the supervision module's range of versions.

-- team page: a team's open cases per worker, read from the index alone
create index case_file_team_open_idx on case_file (team_id, worker_id)
    include (stage, stage_since, last_activity_at) where status = 'OPEN';
-- open cases per stage over the office
create index case_file_open_stage_idx on case_file (stage) where status = 'OPEN';
-- opened and closed per month, terminations by reason in a period
create index case_file_opened_on_idx on case_file (opened_on);
create index case_file_closed_on_idx on case_file (closed_on, termination_reason) where closed_on is not null;
-- households moved into the registry: their first "registered" check
create index registry_status_registered_idx on registry_status (household_id, checked_on) where status = 'REGISTERED';
-- a team's clients through the cases its workers now hold
create index client_caseworker_team_current_idx on client_caseworker (team_id, client_id) where until is null;
