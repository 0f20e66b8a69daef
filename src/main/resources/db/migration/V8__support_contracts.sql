-- Support contracts: created by back office or imported by an integration, each with lines (a device by maker,
-- model and serial number, or software by license key), and linked to a company by a claim that proves the
-- customer's tax ID + contract number + a serial number or license key of a line.

create table support_contract (
    id               uuid primary key,
    number           varchar(7)   not null unique check (number ~ '^[A-Z][0-9]{6}$'),
    customer_name    varchar(200) not null,
    customer_country varchar(2)   not null,
    customer_tax_id  varchar(32)  not null,
    -- the tax ID reduced to letters and digits without a country prefix, for matching
    tax_id_key       varchar(32)  not null,
    service_level    varchar(32)  not null,
    coverage_start   date         not null,
    coverage_end     date         not null check (coverage_end >= coverage_start),
    company_id       uuid references company (id),
    claimed_at       timestamptz,
    claimed_by       uuid references app_user (id),
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index support_contract_company on support_contract (company_id, coverage_end desc);

create table support_contract_line (
    id            uuid primary key,
    contract_id   uuid         not null references support_contract (id),
    line_no       integer      not null,
    kind          varchar(16)  not null check (kind in ('DEVICE', 'SOFTWARE')),
    maker         varchar(100),
    model         varchar(100),
    serial_number varchar(100),
    product_name  varchar(200),
    license_key   varchar(200),
    -- the serial number or license key as typed in a claim is compared case-insensitively, dashes kept
    proof_key     varchar(200) not null,
    unique (contract_id, line_no),
    check ((kind = 'DEVICE' and serial_number is not null) or (kind = 'SOFTWARE' and license_key is not null))
);
create index support_contract_line_proof on support_contract_line (proof_key);
