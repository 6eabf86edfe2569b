-- Say it or draw it: a recording or a drawing given for an answer, in place of typed words or
-- beside them. One of each kind per answer; a new one replaces the old. The bytes are sealed
-- (ChaCha20-Poly1305, a key derived from the configured master secret, bound to this row's
-- consultation, question and kind), so a copy of the database alone plays and shows nothing.
-- `content_type` is what the bytes were found to be, never what the upload said.
CREATE TABLE answer_media (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    question_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('voice', 'drawing')),
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sealed BLOB NOT NULL,
    saved_at INTEGER NOT NULL,
    UNIQUE (consultation_id, question_id, kind)
);
