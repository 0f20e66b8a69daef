-- License seats: who may use a subscription's product, and when. Dates are inclusive, in the company's zone.

create table seat (
    id              uuid primary key,
    subscription_id uuid         not null references subscription (id),
    company_id      uuid         not null references company (id),
    email           varchar(320) not null,
    user_id         uuid references app_user (id),
    valid_from      date         not null,
    valid_until     date,
    revoked_at      timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null
);
create index seat_subscription on seat (subscription_id);
-- The entitlement check: by user (signed-in) or by email (integrations), live seats only.
create index seat_user_live on seat (user_id, valid_from) where revoked_at is null;
create index seat_email_live on seat (email, valid_from) where revoked_at is null;
create index seat_unclaimed on seat (email) where user_id is null;
create index subscription_product on subscription (product_code, status);
