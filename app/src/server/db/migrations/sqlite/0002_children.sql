-- Children looked after, each in one authority, with an allocated IRO.
-- Dates are ISO 8601 text (YYYY-MM-DD); the full name is kept apart from the name they use.
CREATE TABLE children (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    preferred_name TEXT NOT NULL,
    full_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    preferred_language TEXT NOT NULL CHECK (preferred_language IN ('cy', 'en')),
    communication_needs TEXT NOT NULL DEFAULT '',
    looked_after_since TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    placement_type TEXT NOT NULL DEFAULT '',
    iro_staff_id INTEGER REFERENCES staff(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX children_authority ON children(authority_id);
CREATE INDEX children_iro ON children(iro_staff_id);
