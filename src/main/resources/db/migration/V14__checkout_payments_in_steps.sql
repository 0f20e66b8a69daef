-- A card or SEPA checkout runs in steps that each commit, so that money never moves without an order that says why:
-- the order is reserved (RESERVED), the payment provider authorises the amount (AUTHORISED), captures it, and the
-- order is completed — paid, delivered, invoiced (COMPLETED). A checkout that cannot finish is given up (ABANDONED):
-- its authorisation cancelled or its capture refunded. Only COMPLETED orders are seen in the API. Credit and invoice
-- checkouts complete in one transaction, as before.
alter table customer_order
    add column checkout_key    varchar(64),
    add column payment_attempt integer     not null default 1,
    add column checkout_stage  varchar(16) not null default 'COMPLETED'
        check (checkout_stage in ('RESERVED', 'AUTHORISED', 'COMPLETED', 'ABANDONED')),
    add column payment_token   varchar(100),
    -- a cancellation (or a given-up checkout) owes the provider's refund until it is made
    add column refund_due       boolean     not null default false,
    add column refund_reference varchar(100),
    add column refunded_at      timestamptz,
    alter column invoice_number drop not null,
    add constraint customer_order_completed_invoiced check (checkout_stage <> 'COMPLETED' or invoice_number is not null),
    add constraint customer_order_checkout_attempt unique (checkout_key, payment_attempt);

-- One live order per checkout key: a retry, even a concurrent one, continues the checkout instead of starting another.
create unique index customer_order_live_checkout on customer_order (checkout_key) where checkout_stage <> 'ABANDONED';
-- What the recovery job looks for.
create index customer_order_unfinished on customer_order (placed_at) where checkout_stage in ('RESERVED', 'AUTHORISED');
create index customer_order_refund_due on customer_order (cancelled_at) where refund_due;

-- What a subscription bought renews like, kept with the line: the order completes from its own lines, never from a
-- catalog that may have changed since.
alter table order_line add column auto_renew boolean;
update order_line l set auto_renew = p.auto_renew from product p where p.id = l.product_id;
alter table order_line alter column auto_renew set not null;
