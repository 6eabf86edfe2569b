//! The statutory review schedule (Care Planning, Placement and Case Review (Wales) Regulations
//! 2015): when a child's next review is due, when reports are due, how far a review may be delayed.

use crate::domain::calendar::{add_months, add_working_days, working_days_between};
use crate::domain::children::LegalBasis;
use crate::model::T;
use serde::{Deserialize, Serialize};
use time::{Date, Duration};

/// What the schedule needs to know about a child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleFacts {
    pub legal_basis: LegalBasis,
    /// The day the child became looked after (for short breaks: the first break).
    pub looked_after_since: Date,
    /// Dates of reviews already held, in any order.
    pub reviews_held: Vec<Date>,
    /// Unplanned changes of placement (placement disruption), in any order.
    pub unplanned_moves: Vec<Date>,
}

/// Why the next review falls when it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DueReason {
    /// First review: within 28 days of becoming looked after.
    First,
    /// Second review: within 3 months of the first.
    Second,
    /// Later reviews: at least every 6 months.
    Subsequent,
    /// Short breaks (s76): first within 3 months of the first break.
    ShortBreaksFirst,
    /// Brought forward: within 28 days of an unplanned change of placement.
    AfterUnplannedMove,
}

impl DueReason {
    pub const ALL: [DueReason; 5] =
        [DueReason::First, DueReason::Second, DueReason::Subsequent, DueReason::ShortBreaksFirst, DueReason::AfterUnplannedMove];

    /// The code stored with a review as its kind.
    pub fn as_str(self) -> &'static str {
        match self {
            DueReason::First => "first",
            DueReason::Second => "second",
            DueReason::Subsequent => "subsequent",
            DueReason::ShortBreaksFirst => "short_breaks_first",
            DueReason::AfterUnplannedMove => "after_move",
        }
    }

    pub fn parse(value: &str) -> Option<DueReason> {
        DueReason::ALL.into_iter().find(|r| r.as_str() == value)
    }

    pub fn label(self) -> T {
        match self {
            DueReason::First => T::DueFirst,
            DueReason::Second => T::DueSecond,
            DueReason::Subsequent => T::DueSubsequent,
            DueReason::ShortBreaksFirst => T::DueShortBreaksFirst,
            DueReason::AfterUnplannedMove => T::DueAfterMove,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    pub date: Date,
    pub reason: DueReason,
}

/// When the next review is due.
pub fn next_review_due(facts: &ScheduleFacts) -> Due {
    let last_held = facts.reviews_held.iter().max().copied();
    let held = facts.reviews_held.len();
    let regular = match (facts.legal_basis, held, last_held) {
        (LegalBasis::Section76ShortBreaks, 0, _) => {
            Due { date: add_months(facts.looked_after_since, 3), reason: DueReason::ShortBreaksFirst }
        }
        (LegalBasis::Section76ShortBreaks, _, Some(last)) => Due { date: add_months(last, 6), reason: DueReason::Subsequent },
        (_, 0, _) => Due { date: facts.looked_after_since + Duration::days(28), reason: DueReason::First },
        (_, 1, Some(first)) => Due { date: add_months(first, 3), reason: DueReason::Second },
        (_, _, Some(last)) => Due { date: add_months(last, 6), reason: DueReason::Subsequent },
        (_, _, None) => unreachable!("reviews were held, so there is a last one"),
    };
    // An unplanned move since the last review brings the review forward, never later.
    let since = last_held.unwrap_or(facts.looked_after_since);
    let moved = facts.unplanned_moves.iter().filter(|m| **m >= since).max().copied();
    match moved {
        Some(move_date) if move_date + Duration::days(28) < regular.date => {
            Due { date: move_date + Duration::days(28), reason: DueReason::AfterUnplannedMove }
        }
        _ => regular,
    }
}

/// Agency reports are due two working days before the meeting.
pub fn report_deadline(meeting: Date) -> Date {
    add_working_days(meeting, -2)
}

/// The one automatic reminder goes out from three working days before the report deadline, and
/// never on or after the deadline itself (by then it is too late to help).
pub fn reminder_window(meeting: Date) -> (Date, Date) {
    let deadline = report_deadline(meeting);
    (add_working_days(deadline, -3), add_working_days(deadline, -1))
}

/// Whether an invitation sent on `sent_on` gets its reminder on `today`: inside the window, and
/// not on the day it was first sent (a reminder the same day is noise).
pub fn reminder_due(meeting: Date, sent_on: Date, today: Date) -> bool {
    let (from, to) = reminder_window(meeting);
    today >= from && today <= to && today > sent_on
}

/// The furthest a review may be delayed past its due date.
pub const MAX_DELAY_WORKING_DAYS: i32 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DelayProblem {
    /// A booking after the due date must say why.
    ReasonRequired,
    /// More than 20 working days late.
    TooLate { latest: Date },
}

impl DelayProblem {
    pub fn message(self) -> T {
        match self {
            DelayProblem::ReasonRequired => T::ErrDelayReason,
            DelayProblem::TooLate { .. } => T::ErrDelayTooLong,
        }
    }
}

/// The latest date a review due on `due` may be held.
pub fn latest_allowed(due: Date) -> Date {
    add_working_days(due, MAX_DELAY_WORKING_DAYS)
}

/// Checks a proposed meeting date against the due date.
pub fn check_booking(due: Date, meeting: Date, delay_reason: &str) -> Result<(), DelayProblem> {
    if meeting <= due {
        return Ok(());
    }
    if working_days_between(due, meeting) > MAX_DELAY_WORKING_DAYS {
        return Err(DelayProblem::TooLate { latest: latest_allowed(due) });
    }
    if delay_reason.trim().is_empty() {
        return Err(DelayProblem::ReasonRequired);
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewState {
    Scheduled,
    DueSoon,
    Overdue,
    Held,
    Cancelled,
}

impl ReviewState {
    pub fn label(self) -> T {
        match self {
            ReviewState::Scheduled => T::StateScheduled,
            ReviewState::DueSoon => T::StateDueSoon,
            ReviewState::Overdue => T::StateOverdue,
            ReviewState::Held => T::StateHeld,
            ReviewState::Cancelled => T::StateCancelled,
        }
    }
}

/// A review's state on `today`: held and cancelled are final; otherwise it is overdue once today
/// is past both the due date and any booked date, and "due soon" within 14 days of its date.
pub fn review_state(due: Date, booked: Option<Date>, held: bool, cancelled: bool, today: Date) -> ReviewState {
    if cancelled {
        return ReviewState::Cancelled;
    }
    if held {
        return ReviewState::Held;
    }
    let target = booked.map_or(due, |b| b.max(due));
    if today > target {
        ReviewState::Overdue
    } else if target - today <= Duration::days(14) {
        ReviewState::DueSoon
    } else {
        ReviewState::Scheduled
    }
}

/// Working days before the due date that a review booked in bulk is set for: room to move it
/// if the day does not suit, and still in time.
pub const BULK_DAYS_BEFORE_DUE: i32 = 5;

/// The day a review is booked for when booked in bulk at the council's usual arrangements: five
/// working days before it is due, or the first working day after today when that is sooner.
/// None when no working day is left before it is due: such a review is late, and booking it
/// needs a date chosen with a reason, one by one.
pub fn usual_meeting_day(due: Date, today: Date) -> Option<Date> {
    let first_free = crate::domain::calendar::add_working_days(today, 1);
    let day = crate::domain::calendar::add_working_days(due, -BULK_DAYS_BEFORE_DUE).max(first_free);
    (day <= due).then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_bulk_booking_is_a_week_before_the_due_date_never_today_and_never_late() {
        // Tuesday 8 December 2026; due Friday 8 January 2027: five working days before is
        // Friday 1 January, a bank holiday, so Thursday 31 December.
        let today = date!(2026 - 12 - 08);
        assert_eq!(usual_meeting_day(date!(2027 - 01 - 08), today), Some(date!(2026 - 12 - 31)));
        // Due on Friday: the first working day after today (Wednesday) is still in time.
        assert_eq!(usual_meeting_day(date!(2026 - 12 - 11), today), Some(date!(2026 - 12 - 09)));
        // Due today or already late: not booked in bulk.
        assert_eq!(usual_meeting_day(today, today), None);
        assert_eq!(usual_meeting_day(date!(2026 - 12 - 01), today), None);
        // Due on Saturday, today Friday: Monday is after the due date.
        assert_eq!(usual_meeting_day(date!(2026 - 12 - 12), date!(2026 - 12 - 11)), None);
    }

    fn facts(basis: LegalBasis, since: Date, held: &[Date], moves: &[Date]) -> ScheduleFacts {
        ScheduleFacts { legal_basis: basis, looked_after_since: since, reviews_held: held.to_vec(), unplanned_moves: moves.to_vec() }
    }

    #[test]
    fn review_kinds_round_trip() {
        for reason in DueReason::ALL {
            assert_eq!(DueReason::parse(reason.as_str()), Some(reason));
        }
        assert_eq!(DueReason::parse("annual"), None);
    }

    #[test]
    fn the_reminder_window_ends_before_the_report_deadline() {
        // Meeting Friday 11 December 2026: deadline Wednesday 9th; window Friday 4th to Tuesday 8th.
        let meeting = date!(2026 - 12 - 11);
        assert_eq!(report_deadline(meeting), date!(2026 - 12 - 09));
        assert_eq!(reminder_window(meeting), (date!(2026 - 12 - 04), date!(2026 - 12 - 08)));
        let sent = date!(2026 - 11 - 20);
        assert!(!reminder_due(meeting, sent, date!(2026 - 12 - 03)));
        assert!(reminder_due(meeting, sent, date!(2026 - 12 - 04)));
        assert!(reminder_due(meeting, sent, date!(2026 - 12 - 08)));
        assert!(!reminder_due(meeting, sent, date!(2026 - 12 - 09)), "not on the deadline");
        assert!(!reminder_due(meeting, date!(2026 - 12 - 07), date!(2026 - 12 - 07)), "not the day it was sent");
        assert!(reminder_due(meeting, date!(2026 - 12 - 07), date!(2026 - 12 - 08)));
    }

    #[test]
    fn the_reminder_window_skips_bank_holidays() {
        // Meeting Wednesday 6 January 2027: deadline Monday 4th; New Year's Day and the weekend
        // put the window at Tuesday 29 to Thursday 31 December.
        let meeting = date!(2027 - 01 - 06);
        assert_eq!(report_deadline(meeting), date!(2027 - 01 - 04));
        assert_eq!(reminder_window(meeting), (date!(2026 - 12 - 29), date!(2026 - 12 - 31)));
    }

    #[test]
    fn first_review_within_28_days() {
        for basis in [
            LegalBasis::CareOrder,
            LegalBasis::InterimCareOrder,
            LegalBasis::Section76,
            LegalBasis::PlacementWithParents,
            LegalBasis::PlacedForAdoption,
        ] {
            let due = next_review_due(&facts(basis, date!(2026 - 11 - 02), &[], &[]));
            assert_eq!(due, Due { date: date!(2026 - 11 - 30), reason: DueReason::First }, "{basis:?}");
        }
    }

    #[test]
    fn second_review_within_three_months_of_the_first() {
        let due = next_review_due(&facts(LegalBasis::CareOrder, date!(2026 - 01 - 05), &[date!(2026 - 01 - 30)], &[]));
        assert_eq!(due, Due { date: date!(2026 - 04 - 30), reason: DueReason::Second });
        // From 30 November, three months is the end of February.
        let due = next_review_due(&facts(LegalBasis::CareOrder, date!(2026 - 11 - 02), &[date!(2026 - 11 - 30)], &[]));
        assert_eq!(due.date, date!(2027 - 02 - 28));
    }

    #[test]
    fn then_every_six_months_from_the_latest() {
        let held = [date!(2025 - 06 - 10), date!(2025 - 03 - 01), date!(2025 - 12 - 01)];
        let due = next_review_due(&facts(LegalBasis::CareOrder, date!(2025 - 02 - 01), &held, &[]));
        assert_eq!(due, Due { date: date!(2026 - 06 - 01), reason: DueReason::Subsequent });
        // 31 August + 6 months in a leap year.
        let due =
            next_review_due(&facts(LegalBasis::CareOrder, date!(2027 - 01 - 01), &[date!(2027 - 02 - 01), date!(2027 - 08 - 31)], &[]));
        assert_eq!(due.date, date!(2028 - 02 - 29));
    }

    #[test]
    fn pathway_plans_keep_the_same_cycle() {
        let due =
            next_review_due(&facts(LegalBasis::PathwayPlan, date!(2020 - 03 - 15), &[date!(2026 - 05 - 20), date!(2025 - 11 - 20)], &[]));
        assert_eq!(due, Due { date: date!(2026 - 11 - 20), reason: DueReason::Subsequent });
    }

    #[test]
    fn short_breaks_first_within_three_months_then_six_monthly() {
        let first = next_review_due(&facts(LegalBasis::Section76ShortBreaks, date!(2026 - 09 - 14), &[], &[]));
        assert_eq!(first, Due { date: date!(2026 - 12 - 14), reason: DueReason::ShortBreaksFirst });
        let next = next_review_due(&facts(LegalBasis::Section76ShortBreaks, date!(2026 - 09 - 14), &[date!(2026 - 12 - 10)], &[]));
        assert_eq!(next, Due { date: date!(2027 - 06 - 10), reason: DueReason::Subsequent });
    }

    #[test]
    fn an_unplanned_move_brings_the_review_forward() {
        let due = next_review_due(&facts(
            LegalBasis::CareOrder,
            date!(2025 - 01 - 01),
            &[date!(2025 - 01 - 20), date!(2025 - 04 - 15)],
            &[date!(2025 - 06 - 02)],
        ));
        assert_eq!(due, Due { date: date!(2025 - 06 - 30), reason: DueReason::AfterUnplannedMove });
    }

    #[test]
    fn a_move_never_pushes_a_review_later_and_old_moves_are_ignored() {
        // Regular due 2025-02-18 (second review) is earlier than move + 28 days.
        let due = next_review_due(&facts(LegalBasis::CareOrder, date!(2024 - 10 - 01), &[date!(2024 - 11 - 18)], &[date!(2025 - 02 - 10)]));
        assert_eq!(due, Due { date: date!(2025 - 02 - 18), reason: DueReason::Second });
        // A move before the last review was dealt with at that review.
        let due = next_review_due(&facts(
            LegalBasis::CareOrder,
            date!(2024 - 10 - 01),
            &[date!(2024 - 10 - 20), date!(2025 - 01 - 10)],
            &[date!(2025 - 01 - 02)],
        ));
        assert_eq!(due.reason, DueReason::Subsequent);
    }

    #[test]
    fn a_move_before_the_first_review_can_bring_it_forward_only_if_sooner() {
        let due = next_review_due(&facts(LegalBasis::InterimCareOrder, date!(2026 - 11 - 01), &[], &[date!(2026 - 11 - 03)]));
        assert_eq!(due.reason, DueReason::First, "28 days from the move is later than 28 days from the start");
    }

    #[test]
    fn reports_are_due_two_working_days_before() {
        assert_eq!(report_deadline(date!(2026 - 11 - 26)), date!(2026 - 11 - 24), "Thursday → Tuesday");
        assert_eq!(report_deadline(date!(2026 - 11 - 30)), date!(2026 - 11 - 26), "Monday → Thursday");
        assert_eq!(report_deadline(date!(2026 - 12 - 29)), date!(2026 - 12 - 23), "over Christmas and Boxing Day");
        assert_eq!(report_deadline(date!(2026 - 04 - 08)), date!(2026 - 04 - 02), "over Easter");
    }

    #[test]
    fn delays_need_a_reason_and_stop_at_twenty_working_days() {
        let due = date!(2026 - 12 - 14);
        assert_eq!(check_booking(due, date!(2026 - 12 - 10), ""), Ok(()), "early is fine");
        assert_eq!(check_booking(due, due, ""), Ok(()), "on the day is fine");
        assert_eq!(check_booking(due, date!(2026 - 12 - 16), "  "), Err(DelayProblem::ReasonRequired));
        // Working days after Monday 14 Dec 2026: 15–18 (4), 21–24 (8), 29–31 (11; 25 and 28 are
        // holidays), 4–8 Jan (16; 1 Jan is a holiday), 11–14 Jan (20).
        assert_eq!(latest_allowed(due), date!(2027 - 01 - 14));
        assert_eq!(check_booking(due, date!(2027 - 01 - 14), "the child was in hospital"), Ok(()));
        assert_eq!(
            check_booking(due, date!(2027 - 01 - 15), "the child was in hospital"),
            Err(DelayProblem::TooLate { latest: date!(2027 - 01 - 14) })
        );
    }

    #[test]
    fn states_follow_the_dates() {
        let due = date!(2026 - 12 - 14);
        assert_eq!(review_state(due, None, false, false, date!(2026 - 11 - 23)), ReviewState::Scheduled);
        assert_eq!(review_state(due, None, false, false, date!(2026 - 11 - 30)), ReviewState::DueSoon);
        assert_eq!(review_state(due, None, false, false, date!(2026 - 12 - 14)), ReviewState::DueSoon);
        assert_eq!(review_state(due, None, false, false, date!(2026 - 12 - 15)), ReviewState::Overdue);
        // A delayed booking (with its reason) is not overdue until its own date passes.
        assert_eq!(review_state(due, Some(date!(2026 - 12 - 20)), false, false, date!(2026 - 12 - 15)), ReviewState::DueSoon);
        assert_eq!(review_state(due, Some(date!(2026 - 12 - 20)), false, false, date!(2026 - 12 - 21)), ReviewState::Overdue);
        assert_eq!(review_state(due, None, true, false, date!(2027 - 03 - 01)), ReviewState::Held);
        assert_eq!(review_state(due, None, false, true, date!(2027 - 03 - 01)), ReviewState::Cancelled);
    }
}
