-- A worker's open cases in a team, 20 a page, in each order the supervisor's drill-down offers:
-- read in index order (both directions; the tie-break on id follows the direction) instead of
-- sorting all of a worker's open cases on each request.
create index case_file_open_by_activity_idx on case_file (worker_id, team_id, last_activity_at, id) where status = 'OPEN';
create index case_file_open_by_stage_idx on case_file (worker_id, team_id, stage, id) where status = 'OPEN';
create index case_file_open_by_stage_since_idx on case_file (worker_id, team_id, stage_since, id) where status = 'OPEN';
create index case_file_open_by_risk_idx on case_file (worker_id, team_id, risk_level, id) where status = 'OPEN';
create index case_file_open_by_number_idx on case_file (worker_id, team_id, number, id) where status = 'OPEN';
