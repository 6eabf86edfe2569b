-- Seven more languages for children, parents and carers (Arabic, Polish, Romanian, Pashto,
-- Farsi/Dari, Tigrinya, Sorani Kurdish), which each authority chooses to offer. The `language`
-- columns' CHECK constraints grow to take them (every row already holds 'cy' or 'en').
ALTER TABLE children DROP CONSTRAINT children_preferred_language_check;
ALTER TABLE children ADD CONSTRAINT children_preferred_language_check CHECK (preferred_language IN ('cy', 'en', 'ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb'));
ALTER TABLE invitations DROP CONSTRAINT invitations_language_check;
ALTER TABLE invitations ADD CONSTRAINT invitations_language_check CHECK (language IN ('cy', 'en', 'ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb'));
ALTER TABLE answers DROP CONSTRAINT answers_language_check;
ALTER TABLE answers ADD CONSTRAINT answers_language_check CHECK (language IN ('cy', 'en', 'ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb'));
ALTER TABLE consultation_additions DROP CONSTRAINT consultation_additions_language_check;
ALTER TABLE consultation_additions ADD CONSTRAINT consultation_additions_language_check CHECK (language IN ('cy', 'en', 'ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb'));
ALTER TABLE child_messages DROP CONSTRAINT child_messages_language_check;
ALTER TABLE child_messages ADD CONSTRAINT child_messages_language_check CHECK (language IN ('cy', 'en', 'ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb'));
ALTER TABLE child_contacts DROP CONSTRAINT child_contacts_language_check;
ALTER TABLE child_contacts ADD CONSTRAINT child_contacts_language_check CHECK (language IN ('cy', 'en', 'ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb'));

-- The languages (beyond Welsh and English, always offered) an authority offers its children,
-- parents and carers, and who chose to.
CREATE TABLE authority_languages (
    authority_id BIGINT NOT NULL REFERENCES authorities(id),
    language TEXT NOT NULL CHECK (language IN ('ar', 'pl', 'ro', 'ps', 'fa', 'ti', 'ckb')),
    enabled_by BIGINT NOT NULL REFERENCES staff(id),
    enabled_at BIGINT NOT NULL,
    PRIMARY KEY (authority_id, language)
);
