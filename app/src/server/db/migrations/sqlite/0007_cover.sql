-- An admin can let another IRO cover a child (holiday, sickness): while the cover lasts they
-- open that child's pre-review packs too. Granting and ending it are audited.
CREATE TABLE iro_cover (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    ends_on TEXT NOT NULL,
    granted_by INTEGER NOT NULL REFERENCES staff(id),
    granted_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX iro_cover_child ON iro_cover(authority_id, child_id, staff_id);
