-- The catalog (products, variants, prices per country, VAT per country, reseller discounts), the server-side cart,
-- orders with their lines and what they delivered, and the prepaid credit ledger.

-- A billing address for the checkout's billing data (the company's name and tax ID were there already).
alter table company
    add column street      varchar(200),
    add column postal_code varchar(16),
    add column city        varchar(100);

-- A subscription bought in the shop was charged with its order: activation then issues no second invoice.
alter table subscription
    add column first_term_prepaid boolean not null default false;

create table product (
    id                       uuid primary key,
    code                     varchar(64)  not null unique,
    type                     varchar(16)  not null check (type in ('SUBSCRIPTION', 'ONE_TIME')),
    names                    jsonb        not null,
    descriptions             jsonb        not null,
    term_months              integer check (term_months between 1 and 60),
    default_license_quantity integer      not null check (default_license_quantity between 1 and 100000),
    auto_renew               boolean      not null,
    active                   boolean      not null,
    sort_order               integer      not null,
    version                  bigint       not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    check (type = 'ONE_TIME' or term_months is not null)
);

create table product_variant (
    id         uuid primary key,
    product_id uuid        not null references product (id),
    code       varchar(64) not null,
    names      jsonb       not null,
    active     boolean     not null,
    sort_order integer     not null,
    unique (product_id, code)
);

-- The list price of one license (one term for subscriptions) in a buyer's country.
create table variant_price (
    variant_id   uuid       not null references product_variant (id),
    country      varchar(2) not null,
    currency     varchar(3) not null,
    amount_minor bigint     not null check (amount_minor >= 0),
    primary key (variant_id, country)
);

create table tax_rate (
    country    varchar(2)  primary key,
    rate_bp    integer     not null check (rate_bp between 0 and 10000),
    updated_at timestamptz not null
);

create table reseller_account (
    company_id uuid primary key references company (id),
    tier       varchar(32) not null,
    updated_at timestamptz not null
);

-- A tier's discount, for all products (product_id null) or one product, which then wins.
create table reseller_discount (
    id         uuid primary key,
    tier       varchar(32) not null,
    product_id uuid references product (id),
    percent_bp integer     not null check (percent_bp between 0 and 10000),
    unique nulls not distinct (tier, product_id)
);

create table cart_line (
    id               uuid primary key,
    user_id          uuid        not null references app_user (id),
    company_id       uuid        not null references company (id),
    variant_id       uuid        not null references product_variant (id),
    quantity         integer     not null check (quantity between 1 and 1000),
    -- what the line was when added, shown if the variant is withdrawn meanwhile
    description      varchar(300) not null,
    unit_price_minor bigint      not null,
    currency         varchar(3)  not null,
    added_at         timestamptz not null,
    updated_at       timestamptz not null,
    unique (user_id, company_id, variant_id)
);

-- The running balance, locked by every change so that concurrent checkouts queue and never overdraw.
create table credit_account (
    company_id    uuid primary key references company (id),
    currency      varchar(3)  not null,
    balance_minor bigint      not null check (balance_minor >= 0),
    updated_at    timestamptz not null
);

create table credit_entry (
    id                  uuid primary key,
    company_id          uuid         not null references credit_account (company_id),
    occurred_at         timestamptz  not null,
    kind                varchar(16)  not null check (kind in ('TOP_UP', 'PURCHASE', 'REFUND', 'ADJUSTMENT')),
    amount_minor        bigint       not null check (amount_minor <> 0),
    balance_after_minor bigint       not null check (balance_after_minor >= 0),
    currency            varchar(3)   not null,
    reason              varchar(500) not null,
    order_id            uuid,
    actor_id            uuid,
    actor_name          varchar(400)
);
create index credit_entry_company_time on credit_entry (company_id, occurred_at desc, id desc);

-- The ledger is append-only: corrections are new entries.
create function credit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'credit_entry is append-only';
end;
$$;
create trigger credit_entry_no_change before update or delete on credit_entry
    for each statement execute function credit_entry_append_only();

create sequence order_number_seq start 1 increment 1;

create table customer_order (
    id                  uuid primary key,
    number              varchar(24)  not null unique,
    company_id          uuid         not null references company (id),
    placed_by           uuid         not null references app_user (id),
    status              varchar(16)  not null check (status in ('PLACED', 'PAID', 'FULFILLED', 'CANCELLED')),
    placed_at           timestamptz  not null,
    paid_at             timestamptz,
    fulfilled_at        timestamptz,
    cancelled_at        timestamptz,
    currency            varchar(3)   not null,
    net_minor           bigint       not null,
    tax_minor           bigint       not null,
    total_minor         bigint       not null,
    payment_method      varchar(16)  not null check (payment_method in ('CREDIT', 'CARD', 'SEPA_DEBIT', 'INVOICE')),
    payment_display     varchar(200) not null,
    payment_reference   varchar(100),
    po_number           varchar(35),
    billing_name        varchar(200) not null,
    billing_street      varchar(200) not null,
    billing_postal_code varchar(16)  not null,
    billing_city        varchar(100) not null,
    billing_country     varchar(2)   not null,
    billing_tax_id      varchar(32),
    invoice_number      varchar(24)  not null unique,
    version             bigint       not null
);
create index customer_order_company_time on customer_order (company_id, placed_at desc, id desc);

create table order_line (
    id                    uuid primary key,
    order_id              uuid         not null references customer_order (id),
    line_no               integer      not null,
    product_id            uuid         not null references product (id),
    variant_id            uuid         not null references product_variant (id),
    product_code          varchar(64)  not null,
    product_type          varchar(16)  not null,
    description           varchar(300) not null,
    quantity              integer      not null,
    licenses_per_unit     integer      not null,
    term_months           integer,
    list_unit_price_minor bigint       not null,
    discount_bp           integer      not null,
    unit_price_minor      bigint       not null,
    tax_rate_bp           integer      not null,
    net_minor             bigint       not null,
    tax_minor             bigint       not null,
    total_minor           bigint       not null,
    unique (order_id, line_no)
);

-- One delivered unit of a line: a subscription pending activation, or a one-time license key. A reseller may
-- associate an undelivered subscription with an end customer's email; it moves to them when they sign in.
create table order_item (
    id               uuid primary key,
    order_id         uuid         not null references customer_order (id),
    order_line_id    uuid         not null references order_line (id),
    company_id       uuid         not null references company (id),
    kind             varchar(16)  not null check (kind in ('SUBSCRIPTION', 'LICENSE_KEY')),
    subscription_id  uuid references subscription (id),
    license_key      varchar(64) unique,
    associated_email varchar(320),
    associated_at    timestamptz,
    associated_by    uuid references app_user (id),
    claimed_at       timestamptz,
    claimed_by       uuid references app_user (id),
    version          bigint       not null,
    check ((kind = 'SUBSCRIPTION') = (subscription_id is not null)),
    check ((kind = 'LICENSE_KEY') = (license_key is not null))
);
create index order_item_order on order_item (order_id);
create index order_item_pending_association on order_item (associated_email) where claimed_at is null and associated_email is not null;
create index order_item_license_company on order_item (company_id) where kind = 'LICENSE_KEY';
