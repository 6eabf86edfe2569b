-- The consultation: what a child (later a parent or carer) says before their review, saved as
-- they go, with who may see each answer; their own secret for coming back; advocacy requests,
-- urgent alerts, and staff notices waiting for the background job.

-- A child's own secret: a picture code or a passphrase, argon2id-hashed. Wrong tries lock it
-- until their IRO resets it.
ALTER TABLE invitations ADD COLUMN secret_kind TEXT CHECK (secret_kind IN ('pictures', 'phrase'));
ALTER TABLE invitations ADD COLUMN secret_hash TEXT;
ALTER TABLE invitations ADD COLUMN secret_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN secret_set_at INTEGER;

-- One consultation per invitation, tied to the form version it answers.
CREATE TABLE consultations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    invitation_id INTEGER NOT NULL UNIQUE REFERENCES invitations(id),
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    band TEXT NOT NULL,
    -- The furthest step reached, so reopening resumes there.
    step INTEGER NOT NULL DEFAULT 0,
    advocacy TEXT CHECK (advocacy IN ('yes', 'more', 'no')),
    read_aloud_used INTEGER NOT NULL DEFAULT 0,
    scripted_saves INTEGER NOT NULL DEFAULT 0,
    plain_saves INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    submitted_at INTEGER
);
CREATE INDEX consultations_review ON consultations(review_id);

-- One row per question answered: the options chosen (ids separated by spaces), the child's own
-- words exactly as written, who may see them, and the language they answered in.
CREATE TABLE answers (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    question_id TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '',
    words TEXT NOT NULL DEFAULT '',
    sharing TEXT NOT NULL DEFAULT 'private' CHECK (sharing IN ('private', 'share')),
    language TEXT NOT NULL CHECK (language IN ('cy', 'en')),
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (consultation_id, question_id)
);

-- What the child adds after sending, until the report deadline; each dated.
CREATE TABLE consultation_additions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    words TEXT NOT NULL,
    sharing TEXT NOT NULL DEFAULT 'private' CHECK (sharing IN ('private', 'share')),
    language TEXT NOT NULL CHECK (language IN ('cy', 'en')),
    added_at INTEGER NOT NULL
);
CREATE INDEX consultation_additions_consultation ON consultation_additions(consultation_id);

-- "Yes please" to an advocate. The provider is told a reference only.
CREATE TABLE advocacy_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    invitation_id INTEGER NOT NULL UNIQUE REFERENCES invitations(id),
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'contacted', 'closed')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX advocacy_requests_authority ON advocacy_requests(authority_id, status);

-- "I don't feel safe": an urgent alert for the IRO and the duty team.
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    invitation_id INTEGER NOT NULL REFERENCES invitations(id),
    -- Where the child said it: a question id, or 'panel' for the help-now panel.
    source TEXT NOT NULL,
    raised_at INTEGER NOT NULL,
    acknowledged_at INTEGER,
    acknowledged_by INTEGER REFERENCES staff(id)
);
CREATE INDEX alerts_authority ON alerts(authority_id, acknowledged_at);
CREATE INDEX alerts_invitation ON alerts(invitation_id);

-- Emails to staff and partner services waiting for the background job. They name what happened
-- and carry a link or a reference, never anyone's words; the address is looked up when sending.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    kind TEXT NOT NULL CHECK (kind IN ('alert', 'advocacy', 'message')),
    recipient TEXT NOT NULL CHECK (recipient IN ('iro', 'duty', 'advocacy')),
    subject_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    claimed_at INTEGER,
    sent_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    failed_at INTEGER
);
CREATE INDEX notices_waiting ON notices(sent_at, claimed_at);

-- "Tell my IRO": a short message from a child at any time; it reaches the IRO's home and the
-- next pack. read_at lets the child see that their IRO has read it.
CREATE TABLE child_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    invitation_id INTEGER NOT NULL REFERENCES invitations(id),
    kind TEXT NOT NULL CHECK (kind IN ('good_news', 'worried', 'change', 'other')),
    words TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL CHECK (language IN ('cy', 'en')),
    sent_at INTEGER NOT NULL,
    read_at INTEGER,
    read_by INTEGER REFERENCES staff(id)
);
CREATE INDEX child_messages_child ON child_messages(child_id, sent_at);
CREATE INDEX child_messages_authority ON child_messages(authority_id, read_at);
