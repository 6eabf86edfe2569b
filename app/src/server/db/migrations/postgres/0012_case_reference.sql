-- The child's id in the council's case system (WCCIS, Liquidlogic, Mosaic...): it tells two
-- children with the same name apart, and it is how records coming in from that system find the
-- child they update. Optional; unique within an authority when given.
ALTER TABLE children ADD COLUMN case_reference TEXT;
CREATE UNIQUE INDEX children_case_reference ON children (authority_id, case_reference);
