-- Every list page reads along an index in its own sort order, from the cursor on: a page costs the same for a company
-- with ten rows and with a hundred thousand (no sort of the company's rows, no scan past the rows of earlier pages).

-- GET /subscriptions?companyId=…: by the next date that matters (renewal, or activation deadline while pending), then id
create index subscription_company_order on subscription (company_id, (coalesce(next_renewal_date, activation_deadline)), id);
-- GET /companies/{id}/members: by joining time
create index membership_company_order on membership (company_id, joined_at, id);
-- GET /subscriptions/{id}/seats: by period start (seat_subscription is its prefix)
create index seat_subscription_order on seat (subscription_id, valid_from, created_at);
drop index seat_subscription;
-- GET /support-contracts?companyId=…: by number
create index support_contract_company_order on support_contract (company_id, number, id);
