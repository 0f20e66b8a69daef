-- An invoice's date is the day in the buyer company's time zone when it was issued, fixed at issue (a later change of
-- the company's zone does not redate it). Invoices issued before were dated in UTC: they keep that date.
alter table invoice add column issue_date date;
update invoice set issue_date = (issued_at at time zone 'UTC')::date;
alter table invoice alter column issue_date set not null;

alter table customer_order add column invoice_date date;
update customer_order set invoice_date = (placed_at at time zone 'UTC')::date;
