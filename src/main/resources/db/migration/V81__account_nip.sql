-- A civil servant's staff number (Nomor Induk Pegawai), printed under their signature on letters.
alter table user_account add column nip varchar(18) check (nip ~ '^[0-9]{18}$');
