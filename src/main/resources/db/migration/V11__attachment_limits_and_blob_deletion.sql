-- Blobs whose rows are gone, waiting to be removed from the blob store (platform/blob BlobDeletions). A trigger fills
-- it whenever an attachment row is deleted, by whatever: the purge of unattached uploads, a cascade, a hand in psql.
create table blob_deletion (
    blob_key  varchar(200) primary key,
    queued_at timestamptz  not null default now()
);
create index blob_deletion_queue on blob_deletion (queued_at);

create function ticket_attachment_deleted() returns trigger language plpgsql as $$
begin
    insert into blob_deletion (blob_key) values (old.blob_key) on conflict do nothing;
    return old;
end
$$;
create trigger ticket_attachment_blob after delete on ticket_attachment
    for each row execute function ticket_attachment_deleted();

-- Uploads not attached yet: summed per person for the quota, purged by age.
create index ticket_attachment_unattached_by on ticket_attachment (uploaded_by) where ticket_id is null;
create index ticket_attachment_unattached_age on ticket_attachment (uploaded_at) where ticket_id is null;
