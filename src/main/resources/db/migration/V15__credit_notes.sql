-- Cancelling a paid order never voids its invoice: a credit note with its own number in the invoice series (and its
-- date in the company's time zone) cancels it and records what is owed back. Only an unpaid invoice is void.
alter table customer_order
    add column credit_note_number varchar(24) unique,
    add column credit_note_date   date,
    add constraint customer_order_credit_note_dated check ((credit_note_number is null) = (credit_note_date is null));
