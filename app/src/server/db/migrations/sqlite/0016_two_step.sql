-- Two-step sign-in (TOTP, RFC 6238) for staff who sign in with a password. The shared secret is
-- sealed with a key from configuration (see server::seal), so the database alone gives no code.
CREATE TABLE staff_two_step (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    sealed_secret TEXT NOT NULL,
    -- The last 30-second step a code was accepted for: a code is never accepted twice.
    last_step INTEGER NOT NULL,
    enabled_at INTEGER NOT NULL
);
-- One-use codes for when the authenticator is lost. Only their hashes are kept.
CREATE TABLE staff_recovery_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    code_hash TEXT NOT NULL,
    used_at INTEGER
);
CREATE INDEX staff_recovery_codes_staff ON staff_recovery_codes(staff_id);
-- Admins always need two-step sign-in; a council may ask it of everyone.
ALTER TABLE authorities ADD COLUMN two_step_for_everyone INTEGER NOT NULL DEFAULT 0;
