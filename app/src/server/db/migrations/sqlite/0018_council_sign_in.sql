-- Signing staff in through their council's own accounts (OpenID Connect). One provider per
-- authority; the client secret is sealed (see server::seal). An email domain belongs to one
-- authority only, so an address leads to one council's sign-in.
CREATE TABLE council_sign_in (
    authority_id INTEGER PRIMARY KEY REFERENCES authorities(id),
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    sealed_secret TEXT NOT NULL,
    email_domain TEXT NOT NULL UNIQUE,
    updated_at INTEGER NOT NULL
);
