-- A council's webhook: the address Heard calls when a review's pack is ready and when a review
-- was held, and the secret it signs each call with (sealed with a key from configuration).
CREATE TABLE webhooks (
    authority_id INTEGER PRIMARY KEY REFERENCES authorities(id),
    url TEXT NOT NULL,
    sealed_secret TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES staff(id),
    created_at INTEGER NOT NULL
);

-- The outbox carries the webhook's calls too, so they are retried and shown like any message.
-- SQLite cannot change a CHECK in place: the table is made again with the new kinds.
CREATE TABLE outbox_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    kind TEXT NOT NULL CHECK (kind IN ('alert_iro', 'alert_duty', 'advocacy', 'message',
                                       'invitation', 'changed', 'cancelled', 'reminder', 'letter',
                                       'hook_pack_ready', 'hook_review_held')),
    subject_id INTEGER NOT NULL,
    review_id INTEGER REFERENCES reviews(id),
    once_key TEXT UNIQUE,
    message_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'sent', 'given_up', 'withdrawn')),
    created_at INTEGER NOT NULL,
    next_try_at INTEGER NOT NULL,
    lease_until INTEGER,
    lease_token TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_tried_at INTEGER,
    last_error TEXT,
    sent_at INTEGER
);
INSERT INTO outbox_new (id, authority_id, kind, subject_id, review_id, once_key, message_id, status, created_at, next_try_at,
                        lease_until, lease_token, attempts, last_tried_at, last_error, sent_at)
SELECT id, authority_id, kind, subject_id, review_id, once_key, message_id, status, created_at, next_try_at,
       lease_until, lease_token, attempts, last_tried_at, last_error, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
CREATE INDEX outbox_due ON outbox(status, next_try_at);
CREATE INDEX outbox_review ON outbox(review_id, status);
CREATE INDEX outbox_subject ON outbox(kind, subject_id);
