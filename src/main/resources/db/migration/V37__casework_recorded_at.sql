-- When activities and referrals were written down (they are dated by the day they were done), so
-- the timeline can put them in the order things happened. Rows written before this have none.
alter table case_activity add column recorded_at timestamptz;
alter table referral add column recorded_at timestamptz;
