-- bench/seed.sql — the companies bench/run.sh measures, on top of the demo data (loaded by the app at start).
--
-- One person, "Bench Admin" (subject 00000000-0000-4000-be00-000000000001), is the admin of two customer companies:
--   Bench 10k  (be000000-…-0010): 10,000 subscriptions, one of them with 500 seats (the bench admin holds one),
--              2,000 tickets on one support contract, 2,000 orders (one line each);
--   Bench 100k (be000000-…-0100): 100,000 subscriptions.
-- The bench admin holds one live seat of ON-TRACK (the entitlement check's product); the second subscription of
-- Bench 10k has 100,000 licences for the seat-assignment writes. Sixteen buyers (bench.buyer1..16, subjects
-- 00000000-0000-4000-be00-0000000001NN) are admins of the demo reseller Resello, whose credit is topped up for the
-- checkout writes. Row ids are fixed, so the
-- script's URLs can name them. Everything is inserted set-wise: ~10 s on the bench machine.
\set ON_ERROR_STOP on
begin;
insert into app_user (id, subject, email, email_verified, first_name, last_name, locale, created_at, updated_at)
values ('00000000-0000-4000-be00-000000000001', '00000000-0000-4000-be00-000000000001', 'bench.admin@bench.example',
        true, 'Bench', 'Admin', 'en', now(), now());

insert into app_user (id, subject, email, email_verified, first_name, last_name, locale, created_at, updated_at)
select ('00000000-0000-4000-be00-0000000001' || lpad(n::text, 2, '0'))::uuid,
       '00000000-0000-4000-be00-0000000001' || lpad(n::text, 2, '0'), 'bench.buyer' || n || '@bench.example', true,
       'Bench', 'Buyer ' || n, 'it', now(), now()
  from generate_series(1, 16) as n;
insert into membership (id, company_id, user_id, role, joined_at, version)
select gen_random_uuid(), 'c0000000-0000-4000-a000-000000000003', ('00000000-0000-4000-be00-0000000001' || lpad(n::text, 2, '0'))::uuid,
       'ADMIN', now(), 0
  from generate_series(1, 16) as n;
update credit_account set balance_minor = 100000000000 where company_id = 'c0000000-0000-4000-a000-000000000003';

insert into company (id, name, country, tax_id, locale, time_zone, kind, version, created_at, updated_at, street, postal_code, city)
values ('be000000-0000-4000-a000-000000000010', 'Bench 10k GmbH', 'DE', 'DE811111110', 'de', 'Europe/Berlin', 'CUSTOMER', 0, now(), now(), 'Benchweg 1', '10115', 'Berlin'),
       ('be000000-0000-4000-a000-000000000100', 'Bench 100k GmbH', 'DE', 'DE811111100', 'de', 'Europe/Berlin', 'CUSTOMER', 0, now(), now(), 'Benchweg 2', '10115', 'Berlin');

insert into membership (id, company_id, user_id, role, joined_at, version)
values (gen_random_uuid(), 'be000000-0000-4000-a000-000000000010', '00000000-0000-4000-be00-000000000001', 'ADMIN', now(), 0),
       (gen_random_uuid(), 'be000000-0000-4000-a000-000000000100', '00000000-0000-4000-be00-000000000001', 'ADMIN', now(), 0);

-- subscriptions: active, renewing on dates spread over three years; the first of Bench 10k has 500 seats
insert into subscription (id, number, company_id, product_code, product_name, license_quantity, term_months, term_start,
                          term_end, next_renewal_date, auto_renew, admin_user_id, admin_email, ordered_at,
                          activation_deadline, activated_at, status, version, created_at, updated_at)
select ('be000000-0000-4000-b' || lpad(to_hex(c.n), 3, '0') || '-' || lpad(g::text, 12, '0'))::uuid,
       'B' || lpad(to_hex(c.n), 3, '0') || lpad(g::text, 6, '0'), c.id, 'ON-TRACK', 'On Track', case when g = 1 then 600 when g = 2 then 100000 else 5 end,
       12, current_date - 30, current_date + 335 + (g % 1000), current_date + 335 + (g % 1000), true,
       '00000000-0000-4000-be00-000000000001', 'bench.admin@bench.example', now() - interval '40 days',
       current_date - 10, now() - interval '35 days', 'ACTIVE', 0, now(), now()
  from (values (16, 'be000000-0000-4000-a000-000000000010'::uuid, 10000),
               (256, 'be000000-0000-4000-a000-000000000100'::uuid, 100000)) as c(n, id, size),
       generate_series(1, c.size) as g
 where g <= c.size;

insert into seat (id, subscription_id, company_id, email, user_id, valid_from, valid_until, created_at, updated_at, version)
select gen_random_uuid(), 'be000000-0000-4000-b010-000000000001', 'be000000-0000-4000-a000-000000000010',
       case when g = 1 then 'bench.admin@bench.example' else 'holder' || g || '@bench.example' end,
       case when g = 1 then '00000000-0000-4000-be00-000000000001'::uuid end,
       current_date - 30 + (g % 20), null, now(), now(), 0
  from generate_series(1, 500) as g;

insert into support_contract (id, number, customer_name, customer_country, customer_tax_id, tax_id_key, service_level,
                              coverage_start, coverage_end, company_id, claimed_at, version, created_at, updated_at)
values ('be000000-0000-4000-c000-000000000010', 'B900010', 'Bench 10k GmbH', 'DE', 'DE811111110', 'DE811111110', 'STANDARD',
        current_date - 100, current_date + 265, 'be000000-0000-4000-a000-000000000010', now(), 0, now(), now());
insert into support_contract_line (id, contract_id, line_no, kind, maker, model, serial_number, proof_key)
values ('be000000-0000-4000-c100-000000000010', 'be000000-0000-4000-c000-000000000010', 1, 'DEVICE', 'Bench', 'B-1',
        'SN-BENCH-1', 'SN-BENCH-1');

insert into ticket (id, number, company_id, contract_id, contract_line_id, reporter_id, title, description, state,
                    opened_at, waiting_since, updated_at, version)
select gen_random_uuid(), 'BT-' || lpad(g::text, 6, '0'), 'be000000-0000-4000-a000-000000000010',
       'be000000-0000-4000-c000-000000000010', 'be000000-0000-4000-c100-000000000010',
       '00000000-0000-4000-be00-000000000001', 'Bench ticket ' || g, 'Benchmark ticket body', 'WAITING_FOR_SUPPORT',
       now() - make_interval(mins => g), now() - make_interval(mins => g), now() - make_interval(mins => g), 0
  from generate_series(1, 2000) as g;

insert into customer_order (id, number, company_id, placed_by, status, placed_at, paid_at, currency, net_minor, tax_minor,
                            total_minor, payment_method, payment_display, billing_name, billing_street,
                            billing_postal_code, billing_city, billing_country, invoice_number, invoice_date, version,
                            payment_attempt, checkout_stage, refund_due)
select ('be000000-0000-4000-d000-' || lpad(g::text, 12, '0'))::uuid, 'BO-' || lpad(g::text, 7, '0'),
       'be000000-0000-4000-a000-000000000010', '00000000-0000-4000-be00-000000000001', 'PAID',
       now() - make_interval(hours => g), now() - make_interval(hours => g), 'EUR', 10000, 1900, 11900, 'INVOICE',
       'Invoice', 'Bench 10k GmbH', 'Benchweg 1', '10115', 'Berlin', 'DE', 'BI-' || lpad(g::text, 7, '0'),
       current_date, 0, 1, 'COMPLETED', false
  from generate_series(1, 2000) as g;

insert into order_line (id, order_id, line_no, product_id, variant_id, product_code, product_type, description, quantity,
                        licenses_per_unit, term_months, list_unit_price_minor, discount_bp, unit_price_minor,
                        tax_rate_bp, net_minor, tax_minor, total_minor, auto_renew)
select gen_random_uuid(), o.id, 1, v.product_id, v.id, p.code, p.type, coalesce(p.names->>'en', p.code), 1, 1, p.term_months, 10000, 0, 10000,
       1900, 10000, 1900, 11900, false
  from customer_order o,
       (select * from product_variant order by product_id, code limit 1) v
       join product p on p.id = v.product_id
 where o.company_id = 'be000000-0000-4000-a000-000000000010';
commit;
-- vacuumed and analysed now: autovacuum would otherwise do it during the measurements
vacuum (analyze);
