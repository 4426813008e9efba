-- The office's letterhead and signatories for reports and letters, edited by the admin at
-- /admin/office. One row; every change is written to the audit log (which fields changed).
create table office_settings (
    id                   bigint primary key check (id = 1),
    office_name          varchar(150) not null check (length(trim(office_name)) > 0),
    address              varchar(300) not null check (length(trim(address)) > 0),
    letterhead_line1     varchar(150) not null check (length(trim(letterhead_line1)) > 0),
    letterhead_line2     varchar(150),
    letterhead_line3     varchar(150),
    city                 varchar(80)  not null check (length(trim(city)) > 0),
    -- the head of office signs letters; unknown until the admin enters them (letters show blank lines)
    head_name            varchar(120) check (length(trim(head_name)) > 0),
    head_nip             varchar(18)  check (head_nip ~ '^[0-9]{18}$'),
    head_title           varchar(120) not null check (length(trim(head_title)) > 0),
    letter_number_prefix varchar(40)  not null check (length(trim(letter_number_prefix)) > 0),
    version              bigint       not null default 0
);

-- Dinas Sosial Kota Binjai; the street address, the head's name and NIP are left for the admin to enter
insert into office_settings (id, office_name, address, letterhead_line1, letterhead_line2, letterhead_line3, city,
                             head_name, head_nip, head_title, letter_number_prefix)
values (1, 'Dinas Sosial Kota Binjai', 'Kota Binjai, Sumatera Utara',
        'PEMERINTAH KOTA BINJAI', 'DINAS SOSIAL', 'Kota Binjai, Sumatera Utara', 'Binjai',
        null, null, 'Kepala Dinas Sosial', '400.9');
