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
-- Who the council's provider says each member is (the ID token's `sub` from that issuer), bound
-- at their first council sign-in: afterwards only that subject signs in as them, whatever
-- address a token carries, and one subject is one member.
CREATE TABLE staff_council_subjects (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    bound_at INTEGER NOT NULL,
    UNIQUE (authority_id, issuer, subject)
);
