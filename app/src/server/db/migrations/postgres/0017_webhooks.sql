-- A council's webhook: the address Heard calls when a review's pack is ready and when a review
-- was held, and the secret it signs each call with (sealed with a key from configuration).
CREATE TABLE webhooks (
    authority_id BIGINT PRIMARY KEY REFERENCES authorities(id),
    url TEXT NOT NULL,
    sealed_secret TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES staff(id),
    created_at BIGINT NOT NULL
);

-- The outbox carries the webhook's calls too, so they are retried and shown like any message.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('alert_iro', 'alert_duty', 'advocacy', 'message',
    'invitation', 'changed', 'cancelled', 'reminder', 'letter', 'hook_pack_ready', 'hook_review_held'));
