-- The outbox sender no longer holds a transaction open while it talks SMTP: it claims a batch (SENDING, claimed_at)
-- in a short transaction, sends outside any transaction, and records the outcome in another. A claim older than the
-- lease (its instance crashed) is taken over by the next run.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'));
alter table outbox_message add column claimed_at timestamptz;
alter table outbox_message add constraint outbox_message_claimed check ((status = 'SENDING') = (claimed_at is not null));
create index outbox_message_claims on outbox_message (claimed_at) where status = 'SENDING';
