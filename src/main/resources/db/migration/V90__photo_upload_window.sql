-- How many photos each account sent in its current window: the upload rate limit, counted in the
-- database so that every instance behind the load balancer shares it. One row per account that ever
-- sent a photo, updated in place.
create table photo_upload_window (
    account_id   bigint      primary key references user_account (id),
    window_start timestamptz not null,
    uploads      integer     not null check (uploads > 0)
);
