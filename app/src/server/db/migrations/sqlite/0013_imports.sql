-- A children file from the case system, checked and waiting for the admin to import it. Its
-- text stays only until it is imported (then it is cleared) or for a day at most: nobody's
-- records sit here longer than the check needs.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    file_name TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    applied_at INTEGER
);
CREATE INDEX imports_authority ON imports (authority_id, created_at);
