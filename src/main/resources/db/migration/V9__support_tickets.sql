-- Support tickets on a contract line: a thread of public replies and internal notes (never shown to customers),
-- CC addresses, attachments kept in the blob store, and the states open, waiting for customer, waiting for
-- support, resolved, closed.

create sequence ticket_number_seq start 1 increment 1;

create table ticket (
    id               uuid primary key,
    number           varchar(16)  not null unique,
    company_id       uuid         not null references company (id),
    contract_id      uuid         not null references support_contract (id),
    contract_line_id uuid         not null references support_contract_line (id),
    reporter_id      uuid         not null references app_user (id),
    title            varchar(200) not null,
    description      text         not null,
    state            varchar(24)  not null check (state in ('OPEN', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_SUPPORT', 'RESOLVED', 'CLOSED')),
    opened_at        timestamptz  not null,
    -- when the side that has to act next started waiting (for the agents' queue)
    waiting_since    timestamptz  not null,
    updated_at       timestamptz  not null,
    closed_at        timestamptz,
    version          bigint       not null
);
create index ticket_company_time on ticket (company_id, updated_at desc, id desc);
create index ticket_queue on ticket (state, waiting_since, id);

create table ticket_cc (
    ticket_id uuid         not null references ticket (id),
    email     varchar(320) not null,
    added_at  timestamptz  not null,
    added_by  uuid references app_user (id),
    primary key (ticket_id, email)
);

create table ticket_message (
    id          uuid primary key,
    ticket_id   uuid         not null references ticket (id),
    author_id   uuid references app_user (id),
    author_name varchar(400) not null,
    from_agent  boolean      not null,
    internal    boolean      not null,
    body        text         not null,
    created_at  timestamptz  not null,
    check (not internal or from_agent)
);
create index ticket_message_thread on ticket_message (ticket_id, created_at desc, id desc);

-- Uploaded first (by anyone signed in), then attached to a ticket or a message by the uploader.
create table ticket_attachment (
    id          uuid primary key,
    uploaded_by uuid         not null references app_user (id),
    uploaded_at timestamptz  not null,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    blob_key    varchar(200) not null,
    ticket_id   uuid references ticket (id),
    message_id  uuid references ticket_message (id)
);
create index ticket_attachment_ticket on ticket_attachment (ticket_id);
