//! Work lists: which children a filter picks, what a search matches, the order and the page.
//! Pure rules over facts the server gathers, so every filter is tested without a database.

use crate::domain::reviews::coded;
use crate::domain::schedule::ReviewState;
use crate::model::T;
use serde::{Deserialize, Serialize};
use time::{Date, Duration};

/// Children on one page of a work list.
pub const PAGE_SIZE: usize = 50;

/// How close the report deadline must be before a reply is worth chasing.
pub const CHASE_WITHIN_DAYS: i64 = 10;

coded! {
    /// Which children a work list shows. Each is a question staff ask of their caseload.
    Filter {
        All = "all" => WorkFilterAll,
        Due30 = "due30" => WorkFilterDue30,
        Due60 = "due60" => WorkFilterDue60,
        Overdue = "overdue" => WorkFilterOverdue,
        NotBooked = "not_booked" => WorkFilterNotBooked,
        NobodyInvited = "nobody_invited" => WorkFilterNobodyInvited,
        Replies = "replies" => WorkFilterReplies,
        Alerts = "alerts" => WorkFilterAlerts,
        Advocacy = "advocacy" => WorkFilterAdvocacy,
        ToBook = "to_book" => WorkFilterToBook,
        ToInvite = "to_invite" => WorkFilterToInvite,
        ToPost = "to_post" => WorkFilterToPost,
        ToChase = "to_chase" => WorkFilterToChase,
        Meetings = "meetings" => WorkFilterMeetings,
        Drift = "drift" => WorkFilterDrift,
    }
}

/// How far ahead "the next meetings" look.
pub const MEETINGS_AHEAD_DAYS: i64 = 28;

coded! {
    /// The order of a work list.
    Sort {
        Urgency = "urgency" => WorkSortUrgency,
        Date = "date" => WorkSortDate,
        Name = "name" => WorkSortName,
        Reference = "reference" => WorkSortReference,
    }
}

impl Filter {
    /// The filters an IRO sees, and the ones business support sees (their jobs first): posting
    /// letters and chasing replies are not an IRO's work.
    pub fn for_iro() -> &'static [Filter] {
        use Filter::*;
        &[All, Meetings, Drift, Overdue, ToBook, Due30, Due60, NotBooked, NobodyInvited, Replies, Alerts, Advocacy]
    }

    pub fn for_support() -> &'static [Filter] {
        use Filter::*;
        &[All, ToBook, ToInvite, ToPost, ToChase, Overdue, Due30, Due60, NotBooked, NobodyInvited, Replies, Alerts, Advocacy]
    }
}

/// Invitations to a child's booked review, counted the ways the filters ask about them.
/// Revoked invitations are not counted at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InviteCounts {
    pub live: usize,
    /// Emailed invitations not sent yet.
    pub email_unsent: usize,
    /// Letters not yet printed, or to print again.
    pub letters_to_post: usize,
    /// Sent but not yet answered.
    pub awaiting: usize,
}

/// What the filters and the search need to know about one child.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkFacts {
    pub preferred_name: String,
    pub full_name: String,
    pub case_reference: Option<String>,
    pub date_of_birth: Date,
    pub iro_staff_id: Option<i64>,
    pub due: Date,
    pub state: ReviewState,
    /// The booked meeting's date and report deadline, if one is booked.
    pub meeting: Option<(Date, Date)>,
    pub invites: InviteCounts,
    pub open_alert: bool,
    pub advocacy_asked: bool,
}

impl WorkFacts {
    /// The date that matters most: the meeting if booked, else the due date.
    pub fn key_date(&self) -> Date {
        self.meeting.map_or(self.due, |(on, _)| on)
    }

    /// Whether `filter` picks this child on `today`.
    pub fn picked_by(&self, filter: Filter, today: Date) -> bool {
        let booked = self.meeting.is_some();
        let due_within = |days: i64| self.due >= today && self.due <= today + Duration::days(days);
        match filter {
            Filter::All => true,
            Filter::Due30 => due_within(30),
            Filter::Due60 => due_within(60),
            Filter::Overdue => self.state == ReviewState::Overdue,
            Filter::NotBooked => !booked,
            Filter::NobodyInvited => booked && self.invites.live == 0,
            Filter::Replies => booked && self.invites.awaiting > 0,
            Filter::Alerts => self.open_alert,
            Filter::Advocacy => self.advocacy_asked,
            // Due in the next month, or already late: a meeting needs booking now.
            Filter::ToBook => !booked && self.due <= today + Duration::days(30),
            Filter::ToInvite => booked && (self.invites.live == 0 || self.invites.email_unsent > 0),
            Filter::ToPost => booked && self.invites.letters_to_post > 0,
            Filter::Meetings => self.meeting.is_some_and(|(on, _)| on >= today && on <= today + Duration::days(MEETINGS_AHEAD_DAYS)),
            // Slipping: late, due soon with nothing booked, or a meeting passed and not closed.
            Filter::Drift => {
                self.state == ReviewState::Overdue
                    || self.picked_by(Filter::ToBook, today)
                    || self.meeting.is_some_and(|(on, _)| on < today)
            }
            Filter::ToChase => match self.meeting {
                Some((_, deadline)) => {
                    self.invites.awaiting > 0 && deadline >= today && deadline - today <= Duration::days(CHASE_WITHIN_DAYS)
                }
                None => false,
            },
        }
    }

    /// Whether the search `needle` matches: part of either name or the case reference (any case),
    /// or exactly the date of birth written as a date.
    pub fn matches(&self, needle: &Needle) -> bool {
        match needle {
            Needle::Everything => true,
            Needle::Born(date) => self.date_of_birth == *date,
            Needle::Text(text) => {
                self.preferred_name.to_lowercase().contains(text)
                    || self.full_name.to_lowercase().contains(text)
                    || self.case_reference.as_ref().is_some_and(|r| r.to_lowercase().contains(text))
            }
        }
    }
}

/// What a search asks for, read once from what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Needle {
    Everything,
    /// A date of birth, typed as `2015-12-31`, `31/12/2015`, `31-12-2015` or `31.12.2015`.
    Born(Date),
    /// Lower-cased text, found anywhere in a name or reference.
    Text(String),
}

impl Needle {
    pub fn parse(typed: &str) -> Needle {
        let typed = typed.trim();
        if typed.is_empty() {
            return Needle::Everything;
        }
        match parse_typed_date(typed) {
            Some(date) => Needle::Born(date),
            // Lower-cased in Rust, not SQL: Welsh letters (Ŵ, Ŷ) fold the same on both engines.
            None => Needle::Text(typed.to_lowercase()),
        }
    }
}

/// A date as staff type it: ISO, or day first as British forms write it.
pub fn parse_typed_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(date) = crate::domain::children::parse_form_date(text) {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 || day.is_empty() || month.is_empty() || day.len() > 2 || month.len() > 2 {
        return None;
    }
    let month = time::Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

fn urgency(state: ReviewState) -> u8 {
    match state {
        ReviewState::Overdue => 0,
        ReviewState::DueSoon => 1,
        ReviewState::Scheduled => 2,
        ReviewState::Held | ReviewState::Cancelled => 3,
    }
}

/// Orders `rows` by `sort`; ties fall to the name, then `id`, so pages never shift between loads.
pub fn sort_rows<R>(rows: &mut [R], sort: Sort, facts: impl Fn(&R) -> (&WorkFacts, i64)) {
    rows.sort_by(|a, b| {
        let ((fa, ia), (fb, ib)) = (facts(a), facts(b));
        let first = match sort {
            Sort::Urgency => urgency(fa.state).cmp(&urgency(fb.state)).then(fa.key_date().cmp(&fb.key_date())),
            Sort::Date => fa.key_date().cmp(&fb.key_date()),
            Sort::Name => std::cmp::Ordering::Equal,
            // Children without a reference go last.
            Sort::Reference => match (&fa.case_reference, &fb.case_reference) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        first
            .then_with(|| fa.preferred_name.to_lowercase().cmp(&fb.preferred_name.to_lowercase()))
            .then_with(|| fa.full_name.to_lowercase().cmp(&fb.full_name.to_lowercase()))
            .then(ia.cmp(&ib))
    });
}

/// Which page to show of `total` rows: the asked-for page, kept within the pages there are.
/// Pages count from 1; an empty list has one (empty) page.
pub fn page_bounds(total: usize, asked: usize) -> (usize, usize, std::ops::Range<usize>) {
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = asked.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    (page, pages, start..(start + PAGE_SIZE).min(total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 08);

    fn child(name: &str) -> WorkFacts {
        WorkFacts {
            preferred_name: name.to_string(),
            full_name: format!("{name} Jones"),
            case_reference: None,
            date_of_birth: date!(2015 - 12 - 31),
            iro_staff_id: Some(7),
            due: TODAY + Duration::days(45),
            state: ReviewState::Scheduled,
            meeting: None,
            invites: InviteCounts::default(),
            open_alert: false,
            advocacy_asked: false,
        }
    }

    fn picked(facts: &WorkFacts) -> Vec<Filter> {
        Filter::ALL.iter().copied().filter(|f| facts.picked_by(*f, TODAY)).collect()
    }

    #[test]
    fn an_unbooked_child_due_in_six_weeks_is_due_within_sixty_days_but_not_yet_to_book() {
        assert_eq!(picked(&child("Cadi")), vec![Filter::All, Filter::Due60, Filter::NotBooked]);
    }

    #[test]
    fn an_overdue_child_with_nothing_booked_is_to_book_and_overdue() {
        let mut late = child("Aled");
        late.due = TODAY - Duration::days(3);
        late.state = ReviewState::Overdue;
        assert_eq!(picked(&late), vec![Filter::All, Filter::Overdue, Filter::NotBooked, Filter::ToBook, Filter::Drift]);
    }

    #[test]
    fn a_booked_review_with_nobody_invited_is_to_invite() {
        let mut booked = child("Beca");
        booked.due = TODAY + Duration::days(20);
        booked.meeting = Some((TODAY + Duration::days(18), TODAY + Duration::days(16)));
        assert_eq!(
            picked(&booked),
            vec![Filter::All, Filter::Due30, Filter::Due60, Filter::NobodyInvited, Filter::ToInvite, Filter::Meetings]
        );
        // The meeting was yesterday and nobody has closed the review: it is drifting.
        booked.meeting = Some((TODAY - Duration::days(1), TODAY - Duration::days(3)));
        assert!(booked.picked_by(Filter::Drift, TODAY) && !booked.picked_by(Filter::Meetings, TODAY));
    }

    #[test]
    fn letters_unsent_emails_and_late_replies_each_have_their_list() {
        let mut booked = child("Dafydd");
        booked.due = TODAY + Duration::days(70);
        booked.meeting = Some((TODAY + Duration::days(9), TODAY + Duration::days(7)));
        booked.invites = InviteCounts { live: 3, email_unsent: 1, letters_to_post: 1, awaiting: 1 };
        booked.open_alert = true;
        booked.advocacy_asked = true;
        assert_eq!(
            picked(&booked),
            vec![
                Filter::All,
                Filter::Replies,
                Filter::Alerts,
                Filter::Advocacy,
                Filter::ToInvite,
                Filter::ToPost,
                Filter::ToChase,
                Filter::Meetings
            ]
        );
        // Once the report deadline has passed, chasing no longer helps.
        booked.meeting = Some((TODAY - Duration::days(1), TODAY - Duration::days(3)));
        assert!(!booked.picked_by(Filter::ToChase, TODAY));
    }

    #[test]
    fn a_search_finds_names_and_references_in_any_case_and_a_date_of_birth_in_british_form() {
        let mut cadi = child("Cadi");
        cadi.full_name = "Cadi Ŵyn Evans".into();
        cadi.case_reference = Some("WCCIS-1234".into());
        for typed in ["cad", "ŵyn", "ŴYN", "EVANS", "wccis-12", " 1234 ", "31/12/2015", "2015-12-31", "31.12.2015", "31-12-2015"] {
            assert!(cadi.matches(&Needle::parse(typed)), "{typed}");
        }
        for typed in ["Olivia", "30/12/2015", "9999"] {
            assert!(!cadi.matches(&Needle::parse(typed)), "{typed}");
        }
        assert_eq!(Needle::parse("  "), Needle::Everything);
        assert_eq!(Needle::parse("31/02/2015"), Needle::Text("31/02/2015".into()), "no such day: searched as text");
        assert_eq!(parse_typed_date("1/2/2015"), Some(date!(2015 - 02 - 01)), "day first");
        assert_eq!(parse_typed_date("1/2/15"), None, "a two-digit year is not guessed");
    }

    #[test]
    fn pages_hold_fifty_and_a_page_past_the_end_shows_the_last() {
        assert_eq!(page_bounds(0, 1), (1, 1, 0..0));
        assert_eq!(page_bounds(50, 1), (1, 1, 0..50));
        assert_eq!(page_bounds(51, 2), (2, 2, 50..51));
        assert_eq!(page_bounds(120, 9), (3, 3, 100..120));
        assert_eq!(page_bounds(120, 0), (1, 3, 0..50));
    }

    #[test]
    fn urgency_puts_overdue_first_and_ties_fall_to_the_name() {
        let mut rows = vec![(child("Owain"), 1), (child("aled"), 2), (child("Beca"), 3)];
        rows[2].0.state = ReviewState::Overdue;
        sort_rows(&mut rows, Sort::Urgency, |(f, id)| (f, *id));
        let names: Vec<&str> = rows.iter().map(|(f, _)| f.preferred_name.as_str()).collect();
        assert_eq!(names, ["Beca", "aled", "Owain"]);
        rows[0].0.case_reference = Some("B2".into());
        rows[2].0.case_reference = Some("A1".into());
        sort_rows(&mut rows, Sort::Reference, |(f, id)| (f, *id));
        let names: Vec<&str> = rows.iter().map(|(f, _)| f.preferred_name.as_str()).collect();
        assert_eq!(names, ["Owain", "Beca", "aled"], "referenced first, by reference");
    }
}
