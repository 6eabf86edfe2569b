-- The IRO's pre-review pack: opening it marks each sent consultation read, so the child (or
-- parent, or carer) is told "your IRO has read this".
ALTER TABLE consultations ADD COLUMN read_at INTEGER;
ALTER TABLE consultations ADD COLUMN read_by INTEGER REFERENCES staff(id);
