-- One outbox for every message Heard promises to send: urgent alerts, children's messages and
-- advocacy referrals (to staff and partners), and invitations, change notices, reminders and
-- letter notices (to invitees). It replaces `notices`, `mail_jobs` and the reminder columns.
--
-- A server takes a message by setting `lease_until` a minute ahead; a server that dies while
-- holding it lets the lease run out and another takes it up. A failed try sets `next_try_at`
-- further ahead each time; after 48 hours of tries the message is `given_up`, which staff see
-- (with "try again now"), as they see every message not delivered after its first try.
-- Only ids are stored: names, addresses and links are worked out when the message is sent.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    kind TEXT NOT NULL CHECK (kind IN ('alert_iro', 'alert_duty', 'advocacy', 'message',
                                       'invitation', 'changed', 'cancelled', 'reminder', 'letter')),
    -- alerts.id, child_messages.id, advocacy_requests.id or invitations.id, by kind.
    subject_id INTEGER NOT NULL,
    review_id INTEGER REFERENCES reviews(id),
    -- A message that must go at most once ever (a reminder) names itself here.
    once_key TEXT UNIQUE,
    -- The same Message-ID on every try, so a receiving server can recognise a repeat.
    message_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'sent', 'given_up', 'withdrawn')),
    created_at INTEGER NOT NULL,
    next_try_at INTEGER NOT NULL,
    lease_until INTEGER,
    -- Names the claim: only the server holding this lease may mark the message sent or failed.
    lease_token TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_tried_at INTEGER,
    -- Why the last try failed, as a word ('unavailable', 'refused', 'no_address', 'bad_address'),
    -- never the server's text (it can quote addresses).
    last_error TEXT,
    sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox(status, next_try_at);
CREATE INDEX outbox_review ON outbox(review_id, status);
CREATE INDEX outbox_subject ON outbox(kind, subject_id);

-- What was waiting carries over; what the old queues had given up on is shown as given up.
INSERT INTO outbox (authority_id, kind, subject_id, review_id, message_id, status, created_at, next_try_at, attempts, sent_at)
SELECT n.authority_id,
       CASE WHEN n.kind = 'alert' AND n.recipient = 'iro' THEN 'alert_iro'
            WHEN n.kind = 'alert' THEN 'alert_duty'
            ELSE n.kind END,
       n.subject_id,
       CASE WHEN n.kind = 'alert' THEN (SELECT a.review_id FROM alerts a WHERE a.id = n.subject_id)
            WHEN n.kind = 'advocacy' THEN (SELECT r.review_id FROM advocacy_requests r WHERE r.id = n.subject_id)
            ELSE (SELECT i.review_id FROM child_messages m JOIN invitations i ON i.id = m.invitation_id WHERE m.id = n.subject_id) END,
       lower(hex(randomblob(16))),
       CASE WHEN n.sent_at IS NOT NULL THEN 'sent' WHEN n.failed_at IS NOT NULL THEN 'given_up' ELSE 'waiting' END,
       n.created_at, n.created_at, n.attempts, n.sent_at
FROM notices n;

INSERT INTO outbox (authority_id, kind, subject_id, review_id, message_id, status, created_at, next_try_at, attempts, sent_at)
SELECT i.authority_id, j.purpose, j.invitation_id, i.review_id, lower(hex(randomblob(16))),
       CASE WHEN j.sent_at IS NOT NULL THEN 'sent' WHEN j.failed_at IS NOT NULL THEN 'given_up' ELSE 'waiting' END,
       j.created_at, j.created_at, j.attempts, j.sent_at
FROM mail_jobs j JOIN invitations i ON i.id = j.invitation_id;

-- A reminder claimed but never marked sent was lost by the old queue: it waits again now.
INSERT INTO outbox (authority_id, kind, subject_id, review_id, once_key, message_id, status, created_at, next_try_at, sent_at)
SELECT authority_id, 'reminder', id, review_id, 'reminder:' || id, lower(hex(randomblob(16))),
       CASE WHEN reminder_sent_at IS NOT NULL THEN 'sent' ELSE 'waiting' END,
       reminder_claimed_at, reminder_claimed_at, reminder_sent_at
FROM invitations WHERE reminder_claimed_at IS NOT NULL;

DROP TABLE notices;
DROP TABLE mail_jobs;
ALTER TABLE invitations DROP COLUMN reminder_claimed_at;
ALTER TABLE invitations DROP COLUMN reminder_sent_at;

-- /health writes here to prove the database takes writes (a deleted or read-only file does not).
CREATE TABLE heartbeat (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
INSERT INTO heartbeat (id, at) VALUES (1, 0);
