//! The words of the reports: table, measure, row and period names, shared by the page and the CSV
//! download (which is why they are not in the view).

use crate::domain::forms::Band;
use crate::domain::reports::{csv, Measure, Period, Row, Table, TableId};
use crate::i18n::{Lang, T};

pub fn table_title(id: TableId) -> T {
    match id {
        TableId::Timeliness => T::ReportTimeliness,
        TableId::Participation => T::ReportParticipation,
        TableId::ChildrenByAge => T::ReportChildrenByAge,
        TableId::HowTheyTookPart => T::ReportHowTheyTookPart,
        TableId::Advocacy => T::ReportAdvocacy,
        TableId::Safety => T::ReportSafety,
    }
}

pub fn measure_name(measure: Measure) -> T {
    match measure {
        Measure::OnTime => T::MeasureOnTime,
        Measure::Late => T::MeasureLate,
        Measure::Total => T::MeasureTotal,
        Measure::PercentOnTime => T::MeasurePercentOnTime,
        Measure::Invited => T::MeasureInvited,
        Measure::Opened => T::MeasureOpened,
        Measure::Submitted => T::MeasureSubmitted,
        Measure::ReturnRate => T::MeasureReturnRate,
        Measure::ReadAloud => T::MeasureReadAloud,
        Measure::InWelsh => T::MeasureInWelsh,
        Measure::WithoutScript => T::MeasureWithoutScript,
        Measure::AdvocacyOffered => T::MeasureAdvocacyOffered,
        Measure::AdvocacyAccepted => T::MeasureAdvocacyAccepted,
        Measure::AlertsRaised => T::MeasureAlertsRaised,
        Measure::AlertsOpen => T::MeasureAlertsOpen,
        Measure::MedianMinutesToAcknowledge => T::MeasureMedianMinutes,
        Measure::Messages => T::MeasureMessages,
    }
}

pub fn band_name(band: Band) -> T {
    match band {
        Band::Under8 => T::BandUnder8,
        Band::Middle => T::BandMiddle,
        Band::Teen => T::BandTeen,
        Band::Leaver => T::BandLeaver,
        Band::Adult => T::BandAdult,
    }
}

/// A row's name: what it counts, and for whom when the table is split.
pub fn row_name(row: &Row, lang: Lang) -> String {
    let what = measure_name(row.measure).get(lang);
    match (row.band, row.audience) {
        (Some(band), _) => format!("{} – {what}", band_name(band).get(lang)),
        (None, Some(audience)) => format!("{} – {what}", audience.label().get(lang)),
        (None, None) => what.to_string(),
    }
}

/// "Jan 2026", "Ion 2026"; "2026-27 Q1", "2026-27 Ch1".
pub fn period_name(period: Period, lang: Lang) -> String {
    match period {
        Period::Month { .. } => crate::i18n::month_year(period.start(), lang),
        Period::Quarter { year, quarter } => {
            T::QuarterName.fill(lang, &[("years", &format!("{year}-{:02}", (year + 1) % 100)), ("quarter", &quarter.to_string())])
        }
    }
}

/// The short name under a chart's bars: "Jan", "Q1".
pub fn period_axis(period: Period, lang: Lang) -> String {
    match period {
        Period::Month { .. } => crate::i18n::short_month(period.start(), lang).to_string(),
        Period::Quarter { quarter, .. } => T::QuarterShort.fill(lang, &[("quarter", &quarter.to_string())]),
    }
}

/// The table as the CSV file a manager downloads, in their language.
pub fn csv_text(table: &Table, below: u32, lang: Lang) -> String {
    csv(table, below, T::ReportPeriod.get(lang), |row| row_name(row, lang), |p| period_name(p, lang))
}
