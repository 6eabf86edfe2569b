-- The manager's reports: counts below this are suppressed in downloads (the council may choose).
ALTER TABLE authority_settings ADD COLUMN report_suppress_below INTEGER NOT NULL DEFAULT 5;

-- A past review recorded for the schedule (held before Heard knew the child) has no due date of
-- its own: the reports leave it out of "held on time".
ALTER TABLE reviews ADD COLUMN recorded INTEGER NOT NULL DEFAULT 0;
