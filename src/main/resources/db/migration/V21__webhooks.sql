-- Signed webhooks (#15): endpoints registered by company admins (their company's events) or by back office and
-- integrations (vendor-wide: every company's events); events written in the transaction of the change that caused
-- them, one delivery per matching endpoint, and every attempt of a delivery (kept 30 days).

create table webhook_endpoint (
    id                     uuid          primary key,
    company_id             uuid          references company (id) on delete cascade, -- null: vendor-wide
    url                    varchar(2000) not null,
    description            varchar(500),
    event_types            varchar(4000) not null, -- comma-separated; empty: every type
    enabled                boolean       not null,
    disabled_reason        varchar(16)   check (disabled_reason in ('BY_USER', 'GONE', 'FAILING')),
    secret                 varchar(100)  not null,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    failing_since          timestamptz,
    owner_id               uuid          references app_user (id) on delete set null, -- told when it is disabled
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null,
    check ((previous_secret is null) = (previous_secret_until is null))
);
create index webhook_endpoint_company on webhook_endpoint (company_id, created_at desc, id desc);
create index webhook_endpoint_vendor on webhook_endpoint (created_at desc, id desc) where company_id is null;

create table webhook_event (
    id          uuid         primary key, -- the webhook-id header: the same for every attempt
    type        varchar(100) not null,
    company_id  uuid,
    occurred_at timestamptz  not null,
    payload     text         not null -- the exact body that is signed and sent
);
create index webhook_event_time on webhook_event (occurred_at);

create table webhook_delivery (
    id              uuid        primary key,
    event_id        uuid        not null references webhook_event (id) on delete cascade,
    endpoint_id     uuid        not null references webhook_endpoint (id) on delete cascade,
    status          varchar(16) not null check (status in ('PENDING', 'SENDING', 'SUCCEEDED', 'FAILED')),
    attempts        integer     not null,
    next_attempt_at timestamptz not null,
    claimed_at      timestamptz,
    last_status     integer,
    last_error      varchar(1000),
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    check ((status = 'SENDING') = (claimed_at is not null))
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_claims on webhook_delivery (claimed_at) where status = 'SENDING';
create index webhook_delivery_endpoint_time on webhook_delivery (endpoint_id, created_at desc, id desc);
create index webhook_delivery_event on webhook_delivery (event_id);
create index webhook_delivery_created on webhook_delivery (created_at);

create table webhook_attempt (
    id              uuid          primary key,
    delivery_id     uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at    timestamptz   not null,
    response_status integer, -- null: no HTTP answer (refused address, timeout, connection error)
    duration_ms     integer       not null,
    response_body   varchar(2048), -- the first 2 KB of the answer
    error           varchar(1000)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at desc, id desc);
