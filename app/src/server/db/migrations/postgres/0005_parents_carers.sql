-- Parents and carers give their views too. Parents are offered an advocate of their own, often
-- from a different provider than the children's; empty means "the same provider as children".
ALTER TABLE authority_settings ADD COLUMN parent_advocacy_name TEXT NOT NULL DEFAULT '';
ALTER TABLE authority_settings ADD COLUMN parent_advocacy_email TEXT NOT NULL DEFAULT '';
ALTER TABLE authority_settings ADD COLUMN parent_advocacy_phone TEXT NOT NULL DEFAULT '';

-- The IRO confirms the meeting's date, time and how to join before invitees are shown them;
-- rebooking clears the confirmation.
ALTER TABLE reviews ADD COLUMN confirmed_at BIGINT;
ALTER TABLE reviews ADD COLUMN confirmed_by BIGINT REFERENCES staff(id);

-- Meetings booked before this change were already shown to invitees: they stay shown.
UPDATE reviews SET confirmed_at = updated_at WHERE status = 'booked';
