-- Why a NIK is kept although it disagrees with the sex or birth date belongs to the person, whose
-- NIK it is: one reason, whether it was given on the client form or on the household roster.
update person p set nik_warning_override = c.nik_warning_override
  from client c
 where c.person_id = p.id and c.nik_warning_override is not null and p.nik_warning_override is null;
alter table client drop column nik_warning_override;
alter table client_aud drop column nik_warning_override;
