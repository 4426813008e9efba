-- The register of referral letters (buku agenda surat keluar): each letter gets the next number of
-- its year when it is first printed, and keeps it when printed again.
create table letter_register (
    year        integer primary key,
    last_number integer not null check (last_number > 0)
);

create table referral_letter (
    referral_id bigint primary key references referral (id),
    year        integer     not null,
    seq         integer     not null check (seq > 0),
    issued_at   timestamptz not null,
    issued_by   bigint      not null references user_account (id),
    unique (year, seq)
);
