-- A child has at most one review booked at a time. The booking form checks first, but two
-- people booking the same child at the same moment both pass that check; this rule decides,
-- and the one who lost is told a review is already booked.
CREATE UNIQUE INDEX reviews_one_booked_per_child ON reviews (child_id) WHERE status = 'booked';
