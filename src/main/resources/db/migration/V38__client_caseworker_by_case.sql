-- Client visibility asks, per caseworker row, whether a later row of the same case replaced it.
create index client_caseworker_case_idx on client_caseworker (case_id, since);
