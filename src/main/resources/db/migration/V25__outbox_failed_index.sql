-- Failed mails and webhook deliveries, counted for the metrics (BacklogMetrics) without reading every row ever sent.
create index outbox_message_failed on outbox_message (created_at) where status = 'FAILED';
create index webhook_delivery_failed on webhook_delivery (created_at) where status = 'FAILED';
