-- Seven more languages for children, parents and carers (Arabic, Polish, Romanian, Pashto,
-- Farsi/Dari, Tigrinya, Sorani Kurdish), which each authority chooses to offer.
--
-- The `language` columns' CHECK constraints grow to take them. SQLite cannot alter a
-- constraint, and rebuilding six tables that others refer to would risk their rows, so the
-- stored definitions are edited in place, as SQLite documents for changes that leave the
-- stored rows valid (https://www.sqlite.org/lang_altertable.html#otheralter): every row already
-- holds 'cy' or 'en', which the wider list still allows. RESET makes this connection read the
-- new definitions; the table made and dropped after it changes the schema's version, so every
-- other connection reads them again too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'language IN (''cy'', ''en'')', 'language IN (''cy'', ''en'', ''ar'', ''pl'', ''ro'', ''ps'', ''fa'', ''ti'', ''ckb'')')
WHERE type = 'table' AND name IN ('children', 'invitations', 'answers', 'consultation_additions', 'child_messages', 'child_contacts');
PRAGMA writable_schema = RESET;
CREATE TABLE languages_schema_changed (x INTEGER);
DROP TABLE languages_schema_changed;

-- The languages (beyond Welsh and English, always offered) an authority offers its children,
-- parents and carers, and who chose to.
CREATE TABLE authority_languages (
    authority_id INTEGER NOT NULL REFERENCES authorities(id),
    language TEXT NOT NULL CHECK (language IN ('ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb')),
    enabled_by INTEGER NOT NULL REFERENCES staff(id),
    enabled_at INTEGER NOT NULL,
    PRIMARY KEY (authority_id, language)
);
