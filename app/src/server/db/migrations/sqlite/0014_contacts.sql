-- Who is usually invited to a child's reviews, kept on the child so each review's invitations
-- can go out in one step: the child themselves, up to two parents, and their carer, each with
-- their own language and way of being reached. One row per place (`slot`), so importing again
-- replaces a contact rather than adding a second.
CREATE TABLE child_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    slot TEXT NOT NULL CHECK (slot IN ('child', 'parent1', 'parent2', 'carer')),
    first_name TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('cy', 'en')),
    delivery TEXT NOT NULL CHECK (delivery IN ('email', 'post')),
    email TEXT NOT NULL DEFAULT '',
    postal_address TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    UNIQUE (child_id, slot)
);
CREATE INDEX child_contacts_authority ON child_contacts(authority_id, child_id);
