//! The service manager's figures: counts per month or per (financial) quarter, built from plain
//! facts about reviews, invitations, alerts and messages — never anyone's words. Small counts are
//! suppressed in exports so that no child can be picked out, and CSV cells are made safe to open
//! in a spreadsheet.

use crate::domain::forms::Band;
use crate::domain::reviews::Audience;
use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// Counts below this are suppressed in exports unless the council sets another threshold.
pub const DEFAULT_SUPPRESS_BELOW: u32 = 5;

/// A stretch of time the figures are counted over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Period {
    Month {
        year: i32,
        month: u8,
    },
    /// A financial quarter: Q1 is April to June of `year`, Q4 January to March of `year + 1`.
    Quarter {
        year: i32,
        quarter: u8,
    },
}

/// Months or quarters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grain {
    Month,
    Quarter,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Month => "month",
            Grain::Quarter => "quarter",
        }
    }

    pub fn parse(value: &str) -> Grain {
        if value == "quarter" {
            Grain::Quarter
        } else {
            Grain::Month
        }
    }
}

impl Period {
    /// The period of this grain that a day falls in.
    pub fn of(day: Date, grain: Grain) -> Period {
        let month = u8::from(day.month());
        match grain {
            Grain::Month => Period::Month { year: day.year(), month },
            Grain::Quarter => {
                let (year, quarter) = if month >= 4 { (day.year(), (month - 4) / 3 + 1) } else { (day.year() - 1, 4) };
                Period::Quarter { year, quarter }
            }
        }
    }

    /// The first day of the period.
    pub fn start(self) -> Date {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter: 4 } => (year + 1, 1),
            Period::Quarter { year, quarter } => (year, 4 + (quarter - 1) * 3),
        };
        Date::from_calendar_date(year, Month::try_from(month).unwrap_or(Month::January), 1).unwrap_or(Date::MIN)
    }

    /// The period after this one.
    pub fn next(self) -> Period {
        match self {
            Period::Month { year, month: 12 } => Period::Month { year: year + 1, month: 1 },
            Period::Month { year, month } => Period::Month { year, month: month + 1 },
            Period::Quarter { year, quarter: 4 } => Period::Quarter { year: year + 1, quarter: 1 },
            Period::Quarter { year, quarter } => Period::Quarter { year, quarter: quarter + 1 },
        }
    }

    /// The `count` periods of this grain ending with the one `today` is in, oldest first.
    pub fn last(count: usize, grain: Grain, today: Date) -> Vec<Period> {
        let current = Period::of(today, grain);
        let mut first = current;
        for _ in 1..count {
            first = first.previous();
        }
        let mut periods = Vec::with_capacity(count);
        let mut p = first;
        while periods.len() < count {
            periods.push(p);
            p = p.next();
        }
        periods
    }

    fn previous(self) -> Period {
        match self {
            Period::Month { year, month: 1 } => Period::Month { year: year - 1, month: 12 },
            Period::Month { year, month } => Period::Month { year, month: month - 1 },
            Period::Quarter { year, quarter: 1 } => Period::Quarter { year: year - 1, quarter: 4 },
            Period::Quarter { year, quarter } => Period::Quarter { year, quarter: quarter - 1 },
        }
    }

    /// A short label the same in both languages where it can be: "2026-04", "2026-27 Q1".
    pub fn code(self) -> String {
        match self {
            Period::Month { year, month } => format!("{year}-{month:02}"),
            Period::Quarter { year, quarter } => format!("{year}-{:02} Q{quarter}", (year + 1) % 100),
        }
    }
}

/// One review, as the timeliness figures need it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewFact {
    pub due_on: Date,
    /// The day it was held (None: not held yet, or cancelled).
    pub held_on: Option<Date>,
    /// The day it is booked for, while it is booked.
    pub booked_for: Option<Date>,
    pub cancelled: bool,
}

impl ReviewFact {
    /// Booked for a day on or before it was due, that day has passed, and the IRO has not yet
    /// recorded it held: neither on time nor late until they do.
    fn awaiting_record(&self, today: Date) -> bool {
        self.held_on.is_none() && self.booked_for.is_some_and(|day| day <= self.due_on && day < today)
    }
}

/// One person asked for their views, as the participation figures need it.
#[derive(Clone, Debug, PartialEq)]
pub struct InviteFact {
    pub audience: Audience,
    /// The form band they answered (children); None before they began.
    pub band: Option<Band>,
    pub invited_on: Date,
    pub opened: bool,
    pub submitted: bool,
    pub read_aloud: bool,
    /// Most of their answers were in Welsh.
    pub welsh: bool,
    /// Every save came from a plain form post (no script ran).
    pub without_js: bool,
    /// They reached the offer of an advocate, and said yes.
    pub advocacy_offered: bool,
    pub advocacy_accepted: bool,
}

/// One "I don't feel safe", as the safety figures need it.
#[derive(Clone, Debug, PartialEq)]
pub struct AlertFact {
    pub raised_on: Date,
    /// Minutes until an IRO said they were dealing with it (None: nobody has yet).
    pub minutes_to_acknowledge: Option<i64>,
}

/// What one row counts: each table's rows are fixed, so both languages can name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    OnTime,
    Late,
    Total,
    PercentOnTime,
    Invited,
    Opened,
    Submitted,
    ReturnRate,
    ReadAloud,
    InWelsh,
    WithoutScript,
    AdvocacyOffered,
    AdvocacyAccepted,
    AlertsRaised,
    AlertsOpen,
    MedianMinutesToAcknowledge,
    Messages,
}

/// One cell of a table.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Count(u32),
    /// A share in per cent (None: nothing to divide by).
    Percent(Option<f64>),
    /// A middle value in minutes (None: nothing to take it from).
    Minutes(Option<i64>),
    /// Too small to publish: shown as "fewer than N" in exports.
    Suppressed,
}

/// One row: what it counts, for whom (an audience or age band, when split), per period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub measure: Measure,
    pub audience: Option<Audience>,
    pub band: Option<Band>,
    pub cells: Vec<Cell>,
}

/// Which table, so pages and CSV files can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TableId {
    Timeliness,
    Participation,
    ChildrenByAge,
    HowTheyTookPart,
    Advocacy,
    Safety,
}

impl TableId {
    pub const ALL: [TableId; 6] =
        [TableId::Timeliness, TableId::Participation, TableId::ChildrenByAge, TableId::HowTheyTookPart, TableId::Advocacy, TableId::Safety];

    pub fn as_str(self) -> &'static str {
        match self {
            TableId::Timeliness => "timeliness",
            TableId::Participation => "participation",
            TableId::ChildrenByAge => "children-by-age",
            TableId::HowTheyTookPart => "how-they-took-part",
            TableId::Advocacy => "advocacy",
            TableId::Safety => "safety",
        }
    }

    pub fn parse(value: &str) -> Option<TableId> {
        TableId::ALL.into_iter().find(|t| t.as_str() == value)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub id: TableId,
    pub periods: Vec<Period>,
    pub rows: Vec<Row>,
}

fn percent(part: u32, whole: u32) -> Cell {
    Cell::Percent((whole > 0).then(|| f64::from(part) * 100.0 / f64::from(whole)))
}

fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) { (values[mid - 1] + values[mid]) / 2 } else { values[mid] })
}

fn count<T>(items: &[T], keep: impl Fn(&T) -> bool) -> u32 {
    u32::try_from(items.iter().filter(|i| keep(i)).count()).unwrap_or(u32::MAX)
}

/// Reviews due in each period: held by their due date, held late or overdue, and the share on
/// time. A review not yet held whose due date has not passed is not counted yet, nor one held
/// (as booked) in time that the IRO has not yet recorded.
pub fn timeliness(reviews: &[ReviewFact], periods: &[Period], grain: Grain, today: Date) -> Table {
    let mut on_time = Vec::new();
    let mut late = Vec::new();
    for p in periods {
        let due: Vec<&ReviewFact> =
            reviews.iter().filter(|r| !r.cancelled && !r.awaiting_record(today) && Period::of(r.due_on, grain) == *p).collect();
        on_time.push(count(&due, |r| r.held_on.is_some_and(|h| h <= r.due_on)));
        late.push(count(&due, |r| match r.held_on {
            Some(h) => h > r.due_on,
            None => r.due_on < today,
        }));
    }
    let total: Vec<u32> = on_time.iter().zip(&late).map(|(a, b)| a + b).collect();
    let row = |measure, cells: Vec<Cell>| Row { measure, audience: None, band: None, cells };
    Table {
        id: TableId::Timeliness,
        periods: periods.to_vec(),
        rows: vec![
            row(Measure::Late, late.iter().map(|n| Cell::Count(*n)).collect()),
            row(Measure::OnTime, on_time.iter().map(|n| Cell::Count(*n)).collect()),
            row(Measure::Total, total.iter().map(|n| Cell::Count(*n)).collect()),
            row(Measure::PercentOnTime, on_time.iter().zip(&total).map(|(a, t)| percent(*a, *t)).collect()),
        ],
    }
}

/// How many invitations `keep` picks out were made in each period.
fn per_period(invites: &[InviteFact], periods: &[Period], grain: Grain, keep: impl Fn(&InviteFact) -> bool) -> Vec<u32> {
    periods.iter().map(|p| count(invites, |i| keep(i) && Period::of(i.invited_on, grain) == *p)).collect()
}

fn counts(numbers: &[u32]) -> Vec<Cell> {
    numbers.iter().map(|n| Cell::Count(*n)).collect()
}

/// Per audience: how many were asked, opened their invitation, sent their views, and the share sent.
pub fn participation(invites: &[InviteFact], periods: &[Period], grain: Grain) -> Table {
    let mut rows = Vec::new();
    for audience in [Audience::Child, Audience::Parent, Audience::Carer] {
        let invited = per_period(invites, periods, grain, |i| i.audience == audience);
        let opened = per_period(invites, periods, grain, |i| i.audience == audience && i.opened);
        let submitted = per_period(invites, periods, grain, |i| i.audience == audience && i.submitted);
        let row = |measure, cells: Vec<Cell>| Row { measure, audience: Some(audience), band: None, cells };
        rows.push(row(Measure::Invited, counts(&invited)));
        rows.push(row(Measure::Opened, counts(&opened)));
        rows.push(row(Measure::Submitted, counts(&submitted)));
        rows.push(row(Measure::ReturnRate, submitted.iter().zip(&invited).map(|(s, i)| percent(*s, *i)).collect()));
    }
    Table { id: TableId::Participation, periods: periods.to_vec(), rows }
}

/// Children asked and children who sent their views, by the form band they answered.
pub fn children_by_age(invites: &[InviteFact], periods: &[Period], grain: Grain) -> Table {
    let mut rows = Vec::new();
    for band in Band::CHILD {
        for (measure, sent) in [(Measure::Invited, false), (Measure::Submitted, true)] {
            let numbers =
                per_period(invites, periods, grain, |i| i.audience == Audience::Child && i.band == Some(band) && (!sent || i.submitted));
            rows.push(Row { measure, audience: Some(Audience::Child), band: Some(band), cells: counts(&numbers) });
        }
    }
    Table { id: TableId::ChildrenByAge, periods: periods.to_vec(), rows }
}

/// Of the views sent: with read-aloud used, in Welsh, and with no script at all.
pub fn how_they_took_part(invites: &[InviteFact], periods: &[Period], grain: Grain) -> Table {
    let row = |measure, keep: fn(&InviteFact) -> bool| Row {
        measure,
        audience: None,
        band: None,
        cells: counts(&per_period(invites, periods, grain, |i| i.submitted && keep(i))),
    };
    Table {
        id: TableId::HowTheyTookPart,
        periods: periods.to_vec(),
        rows: vec![
            row(Measure::Submitted, |_| true),
            row(Measure::ReadAloud, |i| i.read_aloud),
            row(Measure::InWelsh, |i| i.welsh),
            row(Measure::WithoutScript, |i| i.without_js),
        ],
    }
}

/// Advocates offered and accepted, for children and for parents (carers are not offered one).
pub fn advocacy(invites: &[InviteFact], periods: &[Period], grain: Grain) -> Table {
    let mut rows = Vec::new();
    for audience in [Audience::Child, Audience::Parent] {
        for (measure, accepted) in [(Measure::AdvocacyOffered, false), (Measure::AdvocacyAccepted, true)] {
            let numbers = per_period(invites, periods, grain, |i| {
                i.audience == audience && if accepted { i.advocacy_accepted } else { i.advocacy_offered }
            });
            rows.push(Row { measure, audience: Some(audience), band: None, cells: counts(&numbers) });
        }
    }
    Table { id: TableId::Advocacy, periods: periods.to_vec(), rows }
}

/// Urgent alerts raised, still not acknowledged, the middle time to acknowledgement, and
/// messages children sent their IRO between reviews.
pub fn safety(alerts: &[AlertFact], messages: &[Date], periods: &[Period], grain: Grain) -> Table {
    let mut raised = Vec::new();
    let mut open = Vec::new();
    let mut minutes = Vec::new();
    let mut sent = Vec::new();
    for p in periods {
        let mine: Vec<&AlertFact> = alerts.iter().filter(|a| Period::of(a.raised_on, grain) == *p).collect();
        raised.push(Cell::Count(count(&mine, |_| true)));
        open.push(Cell::Count(count(&mine, |a| a.minutes_to_acknowledge.is_none())));
        let mut times: Vec<i64> = mine.iter().filter_map(|a| a.minutes_to_acknowledge).collect();
        minutes.push(Cell::Minutes(median(&mut times)));
        sent.push(Cell::Count(count(messages, |d| Period::of(*d, grain) == *p)));
    }
    let row = |measure, cells| Row { measure, audience: None, band: None, cells };
    Table {
        id: TableId::Safety,
        periods: periods.to_vec(),
        rows: vec![
            row(Measure::AlertsRaised, raised),
            row(Measure::AlertsOpen, open),
            row(Measure::MedianMinutesToAcknowledge, minutes),
            row(Measure::Messages, sent),
        ],
    }
}

/// The rows of a table that, column by column, add up to a figure published somewhere: in this
/// table (late + on time = total), or in another (the audiences' "sent" make the total of "how
/// views were sent"; the age bands make the children's row of "views asked for and sent").
fn part_groups(table: &Table) -> Vec<Vec<usize>> {
    let rows =
        |keep: &dyn Fn(&Row) -> bool| -> Vec<usize> { table.rows.iter().enumerate().filter(|(_, r)| keep(r)).map(|(i, _)| i).collect() };
    match table.id {
        TableId::Timeliness => vec![rows(&|r| matches!(r.measure, Measure::Late | Measure::OnTime))],
        TableId::Participation => vec![rows(&|r| r.measure == Measure::Submitted)],
        TableId::ChildrenByAge => vec![rows(&|r| r.measure == Measure::Invited), rows(&|r| r.measure == Measure::Submitted)],
        TableId::HowTheyTookPart | TableId::Advocacy | TableId::Safety => Vec::new(),
    }
}

/// Where exactly one of some cells that add up to a published total is hidden, hides the
/// smallest other one too (a count over zero if there is one), so subtraction gives nothing.
fn hide_a_second(out: &mut Table, cells: &[(usize, usize)]) -> bool {
    let hidden = cells.iter().filter(|(r, c)| out.rows[*r].cells[*c] == Cell::Suppressed).count();
    if hidden != 1 {
        return false;
    }
    let shown = |&&(r, c): &&(usize, usize)| match out.rows[r].cells[c] {
        Cell::Count(n) => Some((n == 0, n, r, c)),
        _ => None,
    };
    let Some((_, _, r, c)) = cells.iter().filter_map(|cell| shown(&cell)).min() else {
        return false;
    };
    out.rows[r].cells[c] = Cell::Suppressed;
    true
}

/// The table as it may leave Heard: every count from 1 to `below - 1` suppressed, and whatever
/// would let a suppressed count be worked out again suppressed too: another part of the same
/// total (in this table, in another, or — by month — in the quarter the month belongs to, which
/// the quarterly download shows), and a share or middle time built on a hidden count.
pub fn suppressed(table: &Table, below: u32) -> Table {
    let small = |c: &Cell| matches!(c, Cell::Count(n) if *n > 0 && *n < below);
    let mut out = table.clone();
    for row in &mut out.rows {
        for cell in &mut row.cells {
            if small(cell) {
                *cell = Cell::Suppressed;
            }
        }
    }
    let index = |m: Measure| table.rows.iter().position(|r| r.measure == m);
    let columns = table.periods.len();
    // Alerts acknowledged = raised - open: a small number acknowledged hides both (and the
    // middle time, which would describe a handful of alerts).
    if let (TableId::Safety, Some(raised), Some(open), Some(minutes)) =
        (table.id, index(Measure::AlertsRaised), index(Measure::AlertsOpen), index(Measure::MedianMinutesToAcknowledge))
    {
        for c in 0..columns {
            if let (Cell::Count(r), Cell::Count(o)) = (table.rows[raised].cells[c], table.rows[open].cells[c]) {
                if small(&Cell::Count(r.saturating_sub(o))) {
                    for row in [raised, open, minutes] {
                        out.rows[row].cells[c] = Cell::Suppressed;
                    }
                }
            }
        }
    }
    let groups = part_groups(table);
    // By month, the months of one quarter add up to what the quarterly file shows.
    let mut quarters: Vec<Vec<usize>> = Vec::new();
    if matches!(table.periods.first(), Some(Period::Month { .. })) {
        for (c, p) in table.periods.iter().enumerate() {
            let q = Period::of(p.start(), Grain::Quarter);
            match quarters.iter_mut().find(|cols| Period::of(table.periods[cols[0]].start(), Grain::Quarter) == q) {
                Some(cols) => cols.push(c),
                None => quarters.push(vec![c]),
            }
        }
    }
    let count_rows: Vec<usize> = (0..table.rows.len()).filter(|r| !table.rows[*r].measure.is_derived()).collect();
    loop {
        let mut changed = false;
        for c in 0..columns {
            for group in &groups {
                let cells: Vec<(usize, usize)> = group.iter().map(|r| (*r, c)).collect();
                changed |= hide_a_second(&mut out, &cells);
            }
        }
        for r in &count_rows {
            for cols in &quarters {
                let cells: Vec<(usize, usize)> = cols.iter().map(|c| (*r, *c)).collect();
                changed |= hide_a_second(&mut out, &cells);
            }
        }
        if !changed {
            break;
        }
    }
    // A share or a middle time goes with the counts it is built on.
    for c in 0..columns {
        let hidden = |m: Measure, a: Option<Audience>| {
            out.rows.iter().any(|r| r.measure == m && r.audience == a && r.band.is_none() && r.cells[c] == Cell::Suppressed)
        };
        let mut hide = Vec::new();
        match table.id {
            TableId::Timeliness if hidden(Measure::Late, None) || hidden(Measure::OnTime, None) || hidden(Measure::Total, None) => {
                hide.push((Measure::PercentOnTime, None));
            }
            TableId::Participation => {
                for a in [Audience::Child, Audience::Parent, Audience::Carer] {
                    if hidden(Measure::Submitted, Some(a)) || hidden(Measure::Invited, Some(a)) {
                        hide.push((Measure::ReturnRate, Some(a)));
                    }
                }
            }
            _ => {}
        }
        for (m, a) in hide {
            if let Some(row) = out.rows.iter_mut().find(|r| r.measure == m && r.audience == a) {
                row.cells[c] = Cell::Suppressed;
            }
        }
    }
    out
}

impl Measure {
    /// A share or a middle time, worked out from counts (not a count itself).
    pub fn is_derived(self) -> bool {
        matches!(self, Measure::PercentOnTime | Measure::ReturnRate | Measure::MedianMinutesToAcknowledge)
    }
}

/// A cell as CSV text: a suppressed count reads "<N"; a share or time withheld with it "[c]"
/// (the mark official statistics use), as "<5" would read as "under 5 per cent".
fn cell_text(measure: Measure, cell: &Cell, below: u32) -> String {
    match cell {
        Cell::Count(n) => n.to_string(),
        Cell::Percent(Some(p)) => format!("{p:.1}"),
        Cell::Minutes(Some(m)) => m.to_string(),
        Cell::Percent(None) | Cell::Minutes(None) => String::new(),
        Cell::Suppressed if measure.is_derived() => "[c]".to_string(),
        Cell::Suppressed => format!("<{below}"),
    }
}

/// One CSV field: a value a spreadsheet would run as a formula (starting =, +, -, @, or a tab or
/// carriage return) is made text with a leading apostrophe; then quoted when it must be.
pub fn csv_field(value: &str) -> String {
    let safe = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// The table as CSV in UTF-8 with a byte-order mark (so spreadsheets keep ŵ and ŷ), a line per
/// period as board papers lay them out, a column per row of the table (named by `name`),
/// suppressed as exports must be.
pub fn csv(table: &Table, below: u32, heading: &str, name: impl Fn(&Row) -> String, period: impl Fn(Period) -> String) -> String {
    let table = suppressed(table, below);
    let mut out = String::from("\u{feff}");
    let mut header = vec![csv_field(heading)];
    header.extend(table.rows.iter().map(|row| csv_field(&name(row))));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for (column, p) in table.periods.iter().enumerate() {
        let mut line = vec![csv_field(&period(*p))];
        line.extend(table.rows.iter().map(|row| csv_field(&cell_text(row.measure, &row.cells[column], below))));
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn months(from: Date, n: usize) -> Vec<Period> {
        Period::last(n, Grain::Month, from)
    }

    #[test]
    fn quarters_follow_the_financial_year() {
        assert_eq!(Period::of(date!(2026 - 04 - 01), Grain::Quarter), Period::Quarter { year: 2026, quarter: 1 });
        assert_eq!(Period::of(date!(2026 - 12 - 31), Grain::Quarter), Period::Quarter { year: 2026, quarter: 3 });
        assert_eq!(Period::of(date!(2027 - 03 - 31), Grain::Quarter), Period::Quarter { year: 2026, quarter: 4 });
        assert_eq!(Period::Quarter { year: 2026, quarter: 4 }.start(), date!(2027 - 01 - 01));
        assert_eq!(Period::Quarter { year: 2026, quarter: 2 }.start(), date!(2026 - 07 - 01));
        assert_eq!(Period::Quarter { year: 2026, quarter: 4 }.code(), "2026-27 Q4");
        let last = Period::last(3, Grain::Month, date!(2026 - 02 - 10));
        assert_eq!(last.iter().map(|p| p.code()).collect::<Vec<_>>(), ["2025-12", "2026-01", "2026-02"]);
    }

    #[test]
    fn timeliness_counts_reviews_by_the_month_they_were_due() {
        let today = date!(2026 - 03 - 20);
        let r = |due, held: Option<Date>, cancelled| ReviewFact { due_on: due, held_on: held, booked_for: None, cancelled };
        let reviews = [
            r(date!(2026 - 02 - 10), Some(date!(2026 - 02 - 09)), false), // on time
            r(date!(2026 - 02 - 10), Some(date!(2026 - 02 - 10)), false), // on the day: on time
            r(date!(2026 - 02 - 20), Some(date!(2026 - 03 - 02)), false), // held late
            r(date!(2026 - 02 - 25), None, false),                        // overdue, not held: late
            r(date!(2026 - 02 - 25), None, true),                         // cancelled: not counted
            r(date!(2026 - 03 - 25), None, false),                        // not due yet: not counted
            r(date!(2026 - 03 - 01), Some(date!(2026 - 02 - 27)), false), // March, on time
            // Booked for the day it was due, that day gone, not yet recorded: not counted yet.
            ReviewFact { booked_for: Some(date!(2026 - 03 - 05)), ..r(date!(2026 - 03 - 05), None, false) },
            // Booked for after its due day, which has passed: late.
            ReviewFact { booked_for: Some(date!(2026 - 03 - 30)), ..r(date!(2026 - 03 - 06), None, false) },
        ];
        let table = timeliness(&reviews, &months(today, 2), Grain::Month, today);
        let row = |m| table.rows.iter().find(|r| r.measure == m).expect("row").cells.clone();
        assert_eq!(row(Measure::Late), [Cell::Count(2), Cell::Count(1)]);
        assert_eq!(row(Measure::OnTime), [Cell::Count(2), Cell::Count(1)]);
        assert_eq!(row(Measure::Total), [Cell::Count(4), Cell::Count(2)]);
        assert_eq!(row(Measure::PercentOnTime), [Cell::Percent(Some(50.0)), Cell::Percent(Some(50.0))]);
    }

    fn invite(audience: Audience, on: Date) -> InviteFact {
        InviteFact {
            audience,
            band: None,
            invited_on: on,
            opened: false,
            submitted: false,
            read_aloud: false,
            welsh: false,
            without_js: false,
            advocacy_offered: false,
            advocacy_accepted: false,
        }
    }

    #[test]
    fn participation_advocacy_and_how_views_came_are_counted_per_audience() {
        let day = date!(2026 - 05 - 04);
        let mut invites = vec![
            InviteFact {
                band: Some(Band::Teen),
                opened: true,
                submitted: true,
                read_aloud: true,
                welsh: true,
                ..invite(Audience::Child, day)
            },
            InviteFact {
                band: Some(Band::Under8),
                opened: true,
                submitted: true,
                without_js: true,
                advocacy_offered: true,
                advocacy_accepted: true,
                ..invite(Audience::Child, day)
            },
            InviteFact { band: Some(Band::Teen), opened: true, advocacy_offered: true, ..invite(Audience::Child, day) },
            invite(Audience::Child, day),
            InviteFact { opened: true, submitted: true, advocacy_offered: true, advocacy_accepted: true, ..invite(Audience::Parent, day) },
            invite(Audience::Carer, day),
            invite(Audience::Other, day),
        ];
        invites.push(InviteFact { submitted: true, ..invite(Audience::Carer, date!(2026 - 06 - 01)) });
        let periods = Period::last(2, Grain::Month, date!(2026 - 06 - 15));
        let p = participation(&invites, &periods, Grain::Month);
        let cells = |m, a| p.rows.iter().find(|r| r.measure == m && r.audience == Some(a)).expect("row").cells.clone();
        assert_eq!(cells(Measure::Invited, Audience::Child), [Cell::Count(4), Cell::Count(0)]);
        assert_eq!(cells(Measure::Opened, Audience::Child), [Cell::Count(3), Cell::Count(0)]);
        assert_eq!(cells(Measure::Submitted, Audience::Child), [Cell::Count(2), Cell::Count(0)]);
        assert_eq!(cells(Measure::ReturnRate, Audience::Child), [Cell::Percent(Some(50.0)), Cell::Percent(None)]);
        assert_eq!(cells(Measure::Submitted, Audience::Carer), [Cell::Count(0), Cell::Count(1)]);
        assert!(p.rows.iter().all(|r| r.audience != Some(Audience::Other)), "people invited to the meeting only are not asked for views");

        let ages = children_by_age(&invites, &periods, Grain::Month);
        let band = |b, m| ages.rows.iter().find(|r| r.band == Some(b) && r.measure == m).expect("row").cells[0];
        assert_eq!(band(Band::Teen, Measure::Invited), Cell::Count(2));
        assert_eq!(band(Band::Teen, Measure::Submitted), Cell::Count(1));
        assert_eq!(band(Band::Under8, Measure::Submitted), Cell::Count(1));
        assert_eq!(band(Band::Leaver, Measure::Invited), Cell::Count(0));

        let how = how_they_took_part(&invites, &periods, Grain::Month);
        let first = |m| how.rows.iter().find(|r| r.measure == m).expect("row").cells[0];
        assert_eq!(first(Measure::Submitted), Cell::Count(3));
        assert_eq!(first(Measure::ReadAloud), Cell::Count(1));
        assert_eq!(first(Measure::InWelsh), Cell::Count(1));
        assert_eq!(first(Measure::WithoutScript), Cell::Count(1));

        let adv = advocacy(&invites, &periods, Grain::Month);
        let a = |m, who| adv.rows.iter().find(|r| r.measure == m && r.audience == Some(who)).expect("row").cells[0];
        assert_eq!(a(Measure::AdvocacyOffered, Audience::Child), Cell::Count(2));
        assert_eq!(a(Measure::AdvocacyAccepted, Audience::Child), Cell::Count(1));
        assert_eq!(a(Measure::AdvocacyAccepted, Audience::Parent), Cell::Count(1));
    }

    #[test]
    fn alerts_are_counted_with_the_middle_time_to_acknowledge() {
        let day = date!(2026 - 05 - 04);
        let alerts = [
            AlertFact { raised_on: day, minutes_to_acknowledge: Some(10) },
            AlertFact { raised_on: day, minutes_to_acknowledge: Some(30) },
            AlertFact { raised_on: day, minutes_to_acknowledge: Some(200) },
            AlertFact { raised_on: day, minutes_to_acknowledge: None },
        ];
        let table = safety(&alerts, &[day, day], &Period::last(1, Grain::Month, day), Grain::Month);
        let first = |m| table.rows.iter().find(|r| r.measure == m).expect("row").cells[0];
        assert_eq!(first(Measure::AlertsRaised), Cell::Count(4));
        assert_eq!(first(Measure::AlertsOpen), Cell::Count(1));
        assert_eq!(first(Measure::MedianMinutesToAcknowledge), Cell::Minutes(Some(30)));
        assert_eq!(first(Measure::Messages), Cell::Count(2));
    }

    #[test]
    fn small_counts_and_what_would_reveal_them_are_suppressed() {
        let table = Table {
            id: TableId::Timeliness,
            periods: Period::last(3, Grain::Quarter, date!(2026 - 03 - 01)),
            rows: vec![
                Row { measure: Measure::Late, audience: None, band: None, cells: vec![Cell::Count(3), Cell::Count(0), Cell::Count(6)] },
                Row { measure: Measure::OnTime, audience: None, band: None, cells: vec![Cell::Count(40), Cell::Count(12), Cell::Count(9)] },
                Row { measure: Measure::Total, audience: None, band: None, cells: vec![Cell::Count(43), Cell::Count(12), Cell::Count(15)] },
                Row {
                    measure: Measure::PercentOnTime,
                    audience: None,
                    band: None,
                    cells: vec![Cell::Percent(Some(93.0)), Cell::Percent(Some(100.0)), Cell::Percent(Some(60.0))],
                },
            ],
        };
        let out = suppressed(&table, 5);
        let row = |m| out.rows.iter().find(|r| r.measure == m).expect("row").cells.clone();
        // 3 late cannot be shown, nor the 40 on time that with the total would give it away.
        assert_eq!(row(Measure::Late), [Cell::Suppressed, Cell::Count(0), Cell::Count(6)]);
        assert_eq!(row(Measure::OnTime), [Cell::Suppressed, Cell::Count(12), Cell::Count(9)]);
        assert_eq!(row(Measure::Total), [Cell::Count(43), Cell::Count(12), Cell::Count(15)]);
        assert_eq!(row(Measure::PercentOnTime)[0], Cell::Suppressed);
        assert_eq!(row(Measure::PercentOnTime)[2], Cell::Percent(Some(60.0)));
        // A higher threshold hides more.
        let strict = suppressed(&table, 10);
        assert_eq!(strict.rows[0].cells[2], Cell::Suppressed);
    }

    #[test]
    fn a_month_hidden_alone_in_its_quarter_takes_another_month_with_it() {
        // April to June 2026 make Q1 2026-27; the quarterly file shows their sum.
        let periods = Period::last(3, Grain::Month, date!(2026 - 06 - 01));
        let table = Table {
            id: TableId::Safety,
            periods,
            rows: vec![Row {
                measure: Measure::Messages,
                audience: None,
                band: None,
                cells: vec![Cell::Count(3), Cell::Count(9), Cell::Count(7)],
            }],
        };
        let out = suppressed(&table, 5);
        assert_eq!(out.rows[0].cells, [Cell::Suppressed, Cell::Count(9), Cell::Suppressed], "the 3 and the smaller of the others");
    }

    #[test]
    fn parts_of_a_total_published_in_another_table_are_never_hidden_alone() {
        let day = date!(2026 - 05 - 04);
        let periods = Period::last(1, Grain::Quarter, day);
        let cells = |n| vec![Cell::Count(n)];
        let row = |measure, audience| Row { measure, audience: Some(audience), band: None, cells: vec![] };
        let table = Table {
            id: TableId::Participation,
            periods,
            rows: vec![
                Row { cells: cells(20), ..row(Measure::Invited, Audience::Child) },
                Row { cells: cells(12), ..row(Measure::Submitted, Audience::Child) },
                Row { cells: cells(10), ..row(Measure::Invited, Audience::Parent) },
                Row { cells: cells(6), ..row(Measure::Submitted, Audience::Parent) },
                Row { cells: cells(9), ..row(Measure::Invited, Audience::Carer) },
                Row { cells: cells(3), ..row(Measure::Submitted, Audience::Carer) },
            ],
        };
        let out = suppressed(&table, 5);
        let sent = |a| out.rows.iter().find(|r| r.measure == Measure::Submitted && r.audience == Some(a)).expect("row").cells[0];
        // Carers' 3 is hidden; "how views were sent" shows 21 in all, so parents' 6 goes too.
        assert_eq!(
            (sent(Audience::Carer), sent(Audience::Parent), sent(Audience::Child)),
            (Cell::Suppressed, Cell::Suppressed, Cell::Count(12))
        );
    }

    #[test]
    fn a_few_alerts_acknowledged_hide_the_alert_counts_and_the_middle_time() {
        let table = Table {
            id: TableId::Safety,
            periods: Period::last(1, Grain::Quarter, date!(2026 - 05 - 04)),
            rows: vec![
                Row { measure: Measure::AlertsRaised, audience: None, band: None, cells: vec![Cell::Count(10)] },
                Row { measure: Measure::AlertsOpen, audience: None, band: None, cells: vec![Cell::Count(7)] },
                Row { measure: Measure::MedianMinutesToAcknowledge, audience: None, band: None, cells: vec![Cell::Minutes(Some(40))] },
                Row { measure: Measure::Messages, audience: None, band: None, cells: vec![Cell::Count(12)] },
            ],
        };
        let out = suppressed(&table, 5);
        assert_eq!(
            out.rows.iter().map(|r| r.cells[0]).collect::<Vec<_>>(),
            [Cell::Suppressed, Cell::Suppressed, Cell::Suppressed, Cell::Count(12)]
        );
    }

    #[test]
    fn csv_cells_cannot_become_formulas_and_welsh_letters_survive() {
        assert_eq!(csv_field("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assert_eq!(csv_field("+1"), "'+1");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\tcmd"), "'\tcmd");
        assert_eq!(csv_field("Adolygiadau ar amser, ŵyr"), "\"Adolygiadau ar amser, ŵyr\"");
        assert_eq!(csv_field("42"), "42");
        let table = Table {
            id: TableId::Timeliness,
            periods: Period::last(1, Grain::Month, date!(2026 - 03 - 01)),
            rows: vec![Row { measure: Measure::Total, audience: None, band: None, cells: vec![Cell::Count(2)] }],
        };
        let text = csv(&table, 5, "Cyfnod", |_| "=cmd|' /C calc'!A0".into(), |_| "Mawrth 2026".into());
        assert!(text.starts_with('\u{feff}'), "a byte-order mark keeps Welsh letters in spreadsheets");
        assert_eq!(text, "\u{feff}Cyfnod,'=cmd|' /C calc'!A0\r\nMawrth 2026,<5\r\n");
    }
}
