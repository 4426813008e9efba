-- Kemendagri administrative regions: the codes NIKs and KK numbers use (BPS codes differ).
-- Only what the demo needs is seeded here; the admin imports the full official list at /admin/regions.

create table region (
    code        varchar(13)  primary key
        check (code ~ '^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$'),
    name        varchar(120) not null check (length(trim(name)) > 0),
    level       varchar(8)   not null check (level in ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')),
    parent_code varchar(13)  references region (code),
    updated_at  timestamptz  not null default now(),
    -- the level follows from the code, and every region below a province has its parent
    check ((level = 'PROVINCE') = (length(code) = 2)),
    check ((level = 'REGENCY') = (length(code) = 5)),
    check ((level = 'DISTRICT') = (length(code) = 8)),
    check ((level = 'VILLAGE') = (length(code) = 13)),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent_idx on region (parent_code, name);
create index region_name_trgm_idx on region using gin (lower(name) gin_trgm_ops);

insert into region (code, name, level, parent_code) values
    ('12', 'Sumatera Utara', 'PROVINCE', null),
    ('12.71', 'Kota Medan', 'REGENCY', '12'),
    ('12.75', 'Kota Binjai', 'REGENCY', '12'),
    ('12.75.01', 'Binjai Utara', 'DISTRICT', '12.75'),
    ('12.75.01.1001', 'Pahlawan', 'VILLAGE', '12.75.01'),
    ('12.75.01.1002', 'Jati Negara', 'VILLAGE', '12.75.01'),
    ('12.75.01.1003', 'Nangka', 'VILLAGE', '12.75.01'),
    ('12.75.01.1004', 'Damai', 'VILLAGE', '12.75.01'),
    ('12.75.01.1005', 'Kebun Lada', 'VILLAGE', '12.75.01'),
    ('12.75.01.1006', 'Cengkeh Turi', 'VILLAGE', '12.75.01'),
    ('12.75.01.1007', 'Jati Utomo', 'VILLAGE', '12.75.01'),
    ('12.75.01.1008', 'Jati Makmur', 'VILLAGE', '12.75.01'),
    ('12.75.01.1009', 'Jati Karya', 'VILLAGE', '12.75.01'),
    ('12.75.02', 'Binjai Kota', 'DISTRICT', '12.75'),
    ('12.75.02.1001', 'Berngam', 'VILLAGE', '12.75.02'),
    ('12.75.02.1002', 'Satria', 'VILLAGE', '12.75.02'),
    ('12.75.02.1003', 'Setia', 'VILLAGE', '12.75.02'),
    ('12.75.02.1004', 'Kartini', 'VILLAGE', '12.75.02'),
    ('12.75.02.1005', 'Tangsi', 'VILLAGE', '12.75.02'),
    ('12.75.02.1006', 'Binjai', 'VILLAGE', '12.75.02'),
    ('12.75.02.1007', 'Pekan Binjai', 'VILLAGE', '12.75.02'),
    ('12.75.03', 'Binjai Barat', 'DISTRICT', '12.75'),
    ('12.75.03.1001', 'Bandar Senembah', 'VILLAGE', '12.75.03'),
    ('12.75.03.1002', 'Limau Mungkur', 'VILLAGE', '12.75.03'),
    ('12.75.03.1003', 'Limau Sundai', 'VILLAGE', '12.75.03'),
    ('12.75.03.1004', 'Paya Roba', 'VILLAGE', '12.75.03'),
    ('12.75.03.1005', 'Suka Maju', 'VILLAGE', '12.75.03'),
    ('12.75.03.1006', 'Sukaramai', 'VILLAGE', '12.75.03'),
    ('12.75.04', 'Binjai Timur', 'DISTRICT', '12.75'),
    ('12.75.04.1001', 'Tanah Tinggi', 'VILLAGE', '12.75.04'),
    ('12.75.04.1002', 'Dataran Tinggi', 'VILLAGE', '12.75.04'),
    ('12.75.04.1003', 'Timbang Langkat', 'VILLAGE', '12.75.04'),
    ('12.75.04.1004', 'Mencirim', 'VILLAGE', '12.75.04'),
    ('12.75.04.1005', 'Tunggurono', 'VILLAGE', '12.75.04'),
    ('12.75.04.1006', 'Sumber Mulyorejo', 'VILLAGE', '12.75.04'),
    ('12.75.04.1007', 'Sumber Karya', 'VILLAGE', '12.75.04'),
    ('12.75.05', 'Binjai Selatan', 'DISTRICT', '12.75'),
    ('12.75.05.1001', 'Tanah Merah', 'VILLAGE', '12.75.05'),
    ('12.75.05.1002', 'Binjai Estate', 'VILLAGE', '12.75.05'),
    ('12.75.05.1003', 'Bhakti Karya', 'VILLAGE', '12.75.05'),
    ('12.75.05.1004', 'Rambung Dalam', 'VILLAGE', '12.75.05'),
    ('12.75.05.1005', 'Pujidadi', 'VILLAGE', '12.75.05'),
    ('12.75.05.1006', 'Tanah Seribu', 'VILLAGE', '12.75.05'),
    ('12.75.05.1007', 'Rambung Barat', 'VILLAGE', '12.75.05'),
    ('12.75.05.1008', 'Rambung Timur', 'VILLAGE', '12.75.05');
