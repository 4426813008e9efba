-- Why a worker kept a member's NIK that disagrees with their recorded sex or birth date
-- (the household roster's counterpart of client.nik_warning_override).
alter table person add column nik_warning_override varchar(500);
alter table person_aud add column nik_warning_override varchar(500);
