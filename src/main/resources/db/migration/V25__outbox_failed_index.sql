-- The outbox's failed mails, counted for the metrics (OutboxMetrics) without reading every mail ever sent.
create index outbox_message_failed on outbox_message (created_at) where status = 'FAILED';
