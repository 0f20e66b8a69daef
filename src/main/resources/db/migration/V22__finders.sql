-- Finders instead of UUIDs (#13): back office and support agents find companies by name or tax ID as they type; agents
-- find tickets by number, title, company name, contract number or serial/license key; tickets carry a priority and
-- may be assigned to a support agent.
create extension if not exists pg_trgm;

-- GET /companies?q=…: by name, then id (keyset); the text matches anywhere in the name or the tax ID (letters and
-- digits only, so that "DE 123-456" finds DE123456), served by trigram indexes. Companies are written rarely: their GIN
-- indexes take each row at once (no pending list), so a search uses them right after many companies arrive (an import)
-- instead of scanning the table until the next vacuum.
create index company_name_order on company (lower(name), id);
create index company_name_trgm on company using gin (lower(name) gin_trgm_ops) with (fastupdate = off);
create index company_tax_id_trgm on company using gin ((regexp_replace(upper(tax_id), '[^A-Z0-9]', '', 'g')) gin_trgm_ops)
    with (fastupdate = off);

-- GET /support-queue?q=…: the ticket's number and title, its company's name, its contract's number, its line's serial
-- number or license key
create index ticket_number_trgm on ticket using gin (lower(number) gin_trgm_ops);
create index ticket_title_trgm on ticket using gin (lower(title) gin_trgm_ops);
create index support_contract_number_trgm on support_contract using gin (lower(number) gin_trgm_ops);
create index support_contract_line_serial_trgm on support_contract_line using gin (lower(serial_number) gin_trgm_ops);
create index support_contract_line_license_trgm on support_contract_line using gin (lower(license_key) gin_trgm_ops);

-- Triage: a priority for every ticket, an optional assignee (a support agent)
alter table ticket
    add column priority    varchar(8) not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    add column assignee_id uuid references app_user (id);
create index ticket_assignee on ticket (assignee_id) where assignee_id is not null;

-- Who is a support agent, as of their last sign-in (Keycloak's realm role, copied with the other claims): the people a
-- ticket can be assigned to
alter table app_user add column support_agent boolean not null default false;
-- GET /support-agents: by email
create index app_user_support_agents on app_user (email) where support_agent;
