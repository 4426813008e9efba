-- Activities and referrals are correctable too; their previous values are kept like the other stage records.
alter table case_record_change drop constraint case_record_change_section_check;
alter table case_record_change add constraint case_record_change_section_check
    check (section in ('ENGAGEMENT', 'ASSESSMENT', 'GOAL', 'ACTIVITY', 'REFERRAL', 'EVALUATION', 'TERMINATION'));
