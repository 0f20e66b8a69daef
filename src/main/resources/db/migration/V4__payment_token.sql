-- The payment provider's reference for a card or SEPA mandate (never the card number or IBAN itself).
alter table subscription add column payment_token varchar(200);
