//! Formatting that pages and documents share: the meeting line, due dates in words, what a
//! message is about, an advocacy request's status. Pure, apart from the symbol words it reads.

use crate::i18n::{long_date, Lang, T};

/// The meeting's date and time, e.g. "Tuesday 1 December 2026, 10:30".
pub fn meeting_when(day: time::Date, at: &str, lang: Lang) -> String {
    if at.is_empty() {
        long_date(day, lang)
    } else {
        format!("{}, {at}", long_date(day, lang))
    }
}

/// A due date in words; one on a weekend or bank holiday also names the last working day
/// before it, when the meeting must in practice be held.
pub fn due_words(due: time::Date, lang: Lang) -> String {
    if crate::domain::calendar::is_working_day(due) {
        long_date(due, lang)
    } else {
        let working = crate::domain::calendar::add_working_days(due, -1);
        T::DueOnNonWorkingDay.fill(lang, &[("date", &long_date(due, lang)), ("working", &long_date(working, lang))])
    }
}

/// What a message is about, in the reader's language (the words the child chose it by).
pub fn message_kind(kind: crate::domain::forms::MessageKind, lang: Lang) -> String {
    crate::components::child::screen(kind.screen_key()).get_text(lang)
}

/// An advocacy request's status in words.
pub fn advocacy_status(status: &str) -> T {
    match status {
        "contacted" => T::AdvocacyContacted,
        "closed" => T::AdvocacyClosed,
        _ => T::AdvocacyRequested,
    }
}

/// What tells a child apart on a staff list, e.g. "J. · WCCIS-200012 · age 9".
pub fn child_tag(tag: &crate::model::ChildTag, lang: Lang) -> String {
    let age = tag.age.to_string();
    match &tag.reference {
        Some(reference) => T::ChildTagWithReference.fill(lang, &[("initial", &tag.initial), ("reference", reference), ("age", &age)]),
        None => T::ChildTag.fill(lang, &[("initial", &tag.initial), ("age", &age)]),
    }
}
