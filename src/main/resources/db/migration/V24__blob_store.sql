-- The PostgreSQL blob store (portico.blobs.store=postgres, the default): every replica reads what any wrote.
-- A blob is its object row and its chunks of 1 MiB; deleting the object deletes the chunks.
create table blob_object (
    blob_key   varchar(200) primary key,
    size_bytes bigint not null check (size_bytes >= 0),
    stored_at  timestamptz not null default now()
);

create table blob_chunk (
    blob_key varchar(200) not null references blob_object (blob_key) on delete cascade,
    seq      integer not null check (seq >= 0),
    data     bytea not null,
    primary key (blob_key, seq)
);

-- Uploads are mostly compressed already (zip, PNG, PDF): kept out of line without trying to compress them again.
alter table blob_chunk alter column data set storage external;
