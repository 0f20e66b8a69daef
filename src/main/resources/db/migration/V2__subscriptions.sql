-- Subscriptions: the lifecycle a subscription admin manages, the agreements they accept, PO number history.

create sequence subscription_number_seq start 1 increment 1;

create table agreement (
    id           uuid primary key,
    product_code varchar(64)  not null,
    language     varchar(8)   not null,
    version      integer      not null,
    title        varchar(300) not null,
    body         text         not null,
    sha256       varchar(64)  not null,
    published_at timestamptz  not null,
    published_by uuid references app_user (id),
    unique (product_code, language, version)
);

create table subscription (
    id                     uuid primary key,
    number                 varchar(16)  not null unique,
    company_id             uuid         not null references company (id),
    product_code           varchar(64)  not null,
    product_name           varchar(200) not null,
    license_quantity       integer      not null check (license_quantity > 0),
    term_months            integer      not null check (term_months between 1 and 60),
    term_start             date,
    term_end               date,
    next_renewal_date      date,
    auto_renew             boolean      not null,
    po_number              varchar(35),
    payment_method_type    varchar(16) check (payment_method_type in ('CARD', 'SEPA_DEBIT', 'INVOICE')),
    payment_method_display varchar(200),
    admin_user_id          uuid references app_user (id),
    admin_email            varchar(320) not null,
    order_reference        varchar(64),
    ordered_at             timestamptz  not null,
    activation_deadline    date         not null,
    activated_at           timestamptz,
    status                 varchar(24)  not null check (status in
                               ('PENDING_ACTIVATION', 'ACTIVE', 'NON_RENEWING', 'ENDED', 'LAPSED')),
    version                bigint       not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null
);
create index subscription_company on subscription (company_id, status);
create index subscription_admin_user on subscription (admin_user_id);
create index subscription_admin_email on subscription (admin_email) where admin_user_id is null;
create index subscription_pending_deadline on subscription (activation_deadline) where status = 'PENDING_ACTIVATION';

-- Written once at activation, never updated.
create table agreement_acceptance (
    id              uuid primary key,
    subscription_id uuid        not null unique references subscription (id),
    agreement_id    uuid        not null references agreement (id),
    version         integer     not null,
    sha256          varchar(64) not null,
    accepted_by     uuid        not null references app_user (id),
    accepted_at     timestamptz not null,
    client_ip       varchar(64)
);

create table po_number_change (
    id              uuid primary key,
    subscription_id uuid        not null references subscription (id),
    po_number       varchar(35),
    changed_at      timestamptz not null,
    changed_by      uuid references app_user (id)
);
create index po_number_change_subscription on po_number_change (subscription_id, changed_at desc);
