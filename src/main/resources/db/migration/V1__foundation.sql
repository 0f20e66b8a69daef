-- Foundation: users (from the identity provider), companies, memberships, invitations,
-- and the platform tables (audit trail, outbox, idempotency keys, rate limit buckets).

create table app_user (
    id             uuid primary key,
    subject        varchar(255) not null unique,
    email          varchar(320) not null,
    email_verified boolean      not null,
    first_name     varchar(200),
    last_name      varchar(200),
    locale         varchar(8)   not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index app_user_email on app_user (email);

create table company (
    id         uuid primary key,
    name       varchar(200) not null,
    country    varchar(2)   not null,
    tax_id     varchar(32),
    locale     varchar(8)   not null,
    time_zone  varchar(64)  not null,
    kind       varchar(16)  not null check (kind in ('CUSTOMER', 'RESELLER')),
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

create table membership (
    id         uuid primary key,
    company_id uuid        not null references company (id),
    user_id    uuid        not null references app_user (id),
    role       varchar(16) not null check (role in ('ADMIN', 'MEMBER')),
    joined_at  timestamptz not null,
    version    bigint      not null,
    unique (company_id, user_id)
);
create index membership_user on membership (user_id);

create table invitation (
    id          uuid primary key,
    company_id  uuid         not null references company (id),
    email       varchar(320) not null,
    role        varchar(16)  not null check (role in ('ADMIN', 'MEMBER')),
    status      varchar(16)  not null check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    invited_by  uuid references app_user (id),
    invited_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by uuid references app_user (id),
    revoked_at  timestamptz
);
-- One open invitation per address and company; the sign-in handshake looks invitations up by address.
create unique index invitation_pending_unique on invitation (company_id, email) where status = 'PENDING';
create index invitation_pending_email on invitation (email) where status = 'PENDING';
create index invitation_company_time on invitation (company_id, invited_at desc, id desc);

create table audit_event (
    id            uuid primary key,
    occurred_at   timestamptz  not null,
    actor_id      uuid,
    actor_name    varchar(400),
    company_id    uuid,
    resource_type varchar(64)  not null,
    resource_id   varchar(64),
    action        varchar(64)  not null,
    summary       varchar(1000) not null
);
create index audit_event_company_time on audit_event (company_id, occurred_at desc, id desc);

create table outbox_message (
    id              uuid primary key,
    recipient       varchar(320)  not null,
    subject         varchar(500)  not null,
    html_body       text          not null,
    text_body       text          not null,
    template        varchar(200)  not null,
    status          varchar(16)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index outbox_message_due on outbox_message (next_attempt_at) where status = 'PENDING';

create table idempotency_record (
    scope            varchar(400) not null,
    idempotency_key  varchar(200) not null,
    request_hash     varchar(64)  not null,
    status           varchar(16)  not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_body    text,
    response_headers text,
    created_at       timestamptz  not null,
    completed_at     timestamptz,
    primary key (scope, idempotency_key)
);

create table rate_limit_bucket (
    id    varchar(400) primary key,
    state bytea
);
