-- What a subscription costs per license and term, the invoices of its terms, and which notices went out.

alter table subscription
    add column unit_price_minor bigint     not null default 0 check (unit_price_minor >= 0),
    add column currency         varchar(3) not null default 'EUR',
    add column tax_rate_bp      integer    not null default 0 check (tax_rate_bp between 0 and 10000);

create sequence invoice_number_seq start 1 increment 1;

create table invoice (
    id               uuid primary key,
    number           varchar(24)  not null unique,
    subscription_id  uuid         not null references subscription (id),
    company_id       uuid         not null references company (id),
    issued_at        timestamptz  not null,
    period_start     date         not null,
    period_end       date         not null,
    po_number        varchar(35),
    seller_name      varchar(200) not null,
    seller_address   varchar(500) not null,
    seller_tax_id    varchar(32)  not null,
    buyer_name       varchar(200) not null,
    buyer_country    varchar(2)   not null,
    buyer_tax_id     varchar(32),
    description      varchar(300) not null,
    quantity         integer      not null,
    unit_price_minor bigint       not null,
    currency         varchar(3)   not null,
    tax_rate_bp      integer      not null,
    net_minor        bigint       not null,
    tax_minor        bigint       not null,
    total_minor      bigint       not null,
    unique (subscription_id, period_start)
);
create index invoice_subscription on invoice (subscription_id, issued_at desc);

-- One row per notice sent, so that each goes out once even with several app instances.
create table subscription_notice (
    subscription_id uuid        not null references subscription (id),
    kind            varchar(40) not null,
    due_date        date        not null,
    sent_at         timestamptz not null,
    primary key (subscription_id, kind, due_date)
);

create index subscription_renewal_due on subscription (next_renewal_date) where status in ('ACTIVE', 'NON_RENEWING');
