-- A subscription's admin right handed to someone outside the company waits here until they accept the invitation
-- (sign in with that verified email); the current admin stays admin until then. One open transfer per subscription:
-- a second one replaces the first. Closed rows stay, for the record.
create table admin_transfer (
    id                 uuid primary key,
    subscription_id    uuid         not null references subscription (id),
    company_id         uuid         not null references company (id),
    email              varchar(320) not null,
    -- the invitation into the company this transfer made (null when it reused an open one it does not own)
    invitation_id      uuid references invitation (id),
    status             varchar(16)  not null check (status in ('PENDING', 'COMPLETED', 'WITHDRAWN', 'REPLACED')),
    requested_by       uuid         not null references app_user (id),
    requested_at       timestamptz  not null,
    closed_by          uuid references app_user (id),
    closed_at          timestamptz,
    constraint admin_transfer_closed check ((status = 'PENDING') = (closed_at is null))
);
create unique index admin_transfer_one_pending on admin_transfer (subscription_id) where status = 'PENDING';
-- the sign-in handshake looks open transfers up by address
create index admin_transfer_pending_email on admin_transfer (email) where status = 'PENDING';
