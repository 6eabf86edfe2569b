-- After the review meeting the IRO writes to the child in plain words: what we talked about, what
-- we decided, what happens next, who to ask. Sending it marks the review held; the child reads it
-- with their own link and secret (the invitation stays usable for that alone).
CREATE TABLE outcome_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    review_id INTEGER NOT NULL UNIQUE REFERENCES reviews(id),
    language TEXT NOT NULL,
    talked TEXT NOT NULL DEFAULT '',
    decided TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    who_to_ask TEXT NOT NULL DEFAULT '',
    written_by INTEGER NOT NULL REFERENCES staff(id),
    updated_at INTEGER NOT NULL,
    sent_at INTEGER,
    read_at INTEGER
);

-- The child is told of their letter by the same queue as other invitation mail (the message says
-- only that there is a letter). SQLite cannot change a CHECK in place: the table is rebuilt.
CREATE TABLE mail_jobs_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id INTEGER NOT NULL REFERENCES invitations(id),
    purpose TEXT NOT NULL CHECK (purpose IN ('changed', 'cancelled', 'letter')),
    created_at INTEGER NOT NULL,
    claimed_at INTEGER,
    sent_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    failed_at INTEGER
);
INSERT INTO mail_jobs_new (id, invitation_id, purpose, created_at, claimed_at, sent_at, attempts, failed_at)
    SELECT id, invitation_id, purpose, created_at, claimed_at, sent_at, attempts, failed_at FROM mail_jobs;
DROP TABLE mail_jobs;
ALTER TABLE mail_jobs_new RENAME TO mail_jobs;
CREATE INDEX mail_jobs_waiting ON mail_jobs(sent_at, claimed_at);
