-- One row per "your license ends soon" notice, so that it goes out once whichever instance sends it.
create table seat_notice (
    seat_id  uuid        not null references seat (id),
    kind     varchar(40) not null,
    due_date date        not null,
    sent_at  timestamptz not null,
    primary key (seat_id, kind, due_date)
);
create index seat_ending on seat (valid_until) where revoked_at is null;
