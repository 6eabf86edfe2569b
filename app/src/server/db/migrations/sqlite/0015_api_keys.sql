-- Keys a council's case system uses to call Heard's API. Only a hash of each key is kept; the
-- key itself is shown once, to the admin who made it. A key belongs to one authority and can
-- do only what its scopes say; revoking it stops it at once, for good.
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    name TEXT NOT NULL,
    -- The key's first characters, so admins can tell keys apart: never enough to use.
    hint TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    -- Space-separated, e.g. 'export'.
    scopes TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES staff(id),
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX api_keys_authority ON api_keys(authority_id);
