-- Reviews on the statutory schedule, who is invited, and each authority's settings.
-- Dates are ISO 8601 text (YYYY-MM-DD), times HH:MM, instants unix seconds.

CREATE TABLE authority_settings (
    authority_id INTEGER PRIMARY KEY REFERENCES authorities(id),
    advocacy_name TEXT NOT NULL DEFAULT '',
    advocacy_email TEXT NOT NULL DEFAULT '',
    advocacy_phone TEXT NOT NULL DEFAULT '',
    duty_name TEXT NOT NULL DEFAULT '',
    duty_email TEXT NOT NULL DEFAULT '',
    duty_phone TEXT NOT NULL DEFAULT '',
    review_team_phone TEXT NOT NULL DEFAULT '',
    review_team_email TEXT NOT NULL DEFAULT '',
    default_arrangements TEXT NOT NULL DEFAULT '',
    post_enabled INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    kind TEXT NOT NULL,
    due_on TEXT NOT NULL,
    meeting_on TEXT NOT NULL,
    meeting_at TEXT NOT NULL DEFAULT '',
    arrangement TEXT NOT NULL CHECK (arrangement IN ('in_person', 'video', 'phone', 'hybrid')),
    arrangement_details TEXT NOT NULL DEFAULT '',
    delay_reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('booked', 'held', 'cancelled')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX reviews_authority ON reviews(authority_id, status);
CREATE INDEX reviews_child ON reviews(child_id);

-- Unplanned changes of placement bring the next review forward.
CREATE TABLE placement_moves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    moved_on TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX placement_moves_child ON placement_moves(child_id);

-- One invitation per person, review and audience. The link and the short code are never stored:
-- only their SHA-256 hashes, and a random salt from which the server (holding a key kept outside
-- the database) can derive them again for a reminder or a reprinted letter.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    audience TEXT NOT NULL CHECK (audience IN ('child', 'parent', 'carer', 'other')),
    first_name TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('cy', 'en')),
    delivery TEXT NOT NULL CHECK (delivery IN ('email', 'post')),
    email TEXT NOT NULL DEFAULT '',
    postal_address TEXT NOT NULL DEFAULT '',
    link_salt TEXT,
    token_hash TEXT UNIQUE,
    code_hash TEXT UNIQUE,
    expires_at INTEGER,
    status TEXT NOT NULL CHECK (status IN ('not_sent', 'sent', 'opened', 'in_progress', 'submitted')),
    revoked_at INTEGER,
    sent_at INTEGER,
    opened_at INTEGER,
    submitted_at INTEGER,
    reminder_claimed_at INTEGER,
    reminder_sent_at INTEGER,
    needs_reprint INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX invitations_review ON invitations(review_id);
CREATE INDEX invitations_authority ON invitations(authority_id, status);

-- Messages to invitees waiting to be sent by the background job (a changed or cancelled meeting).
-- A job is claimed before it is sent, so no message goes twice even with several servers.
CREATE TABLE mail_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id INTEGER NOT NULL REFERENCES invitations(id),
    purpose TEXT NOT NULL CHECK (purpose IN ('changed', 'cancelled')),
    created_at INTEGER NOT NULL,
    claimed_at INTEGER,
    sent_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    failed_at INTEGER
);
CREATE INDEX mail_jobs_waiting ON mail_jobs(sent_at, claimed_at);
