//! Dates as people read them, in English and Welsh, and the Welsh soft mutation that a date
//! takes after "ar" or "tan" ("ar ddydd Llun").

use super::Lang;

/// A date as people read it: "Monday 4 January 2027", "dydd Llun 4 Ionawr 2027".
pub fn long_date(date: time::Date, lang: Lang) -> String {
    use time::{Month, Weekday};
    let (weekday, month) = match lang {
        Lang::En => (
            match date.weekday() {
                Weekday::Monday => "Monday",
                Weekday::Tuesday => "Tuesday",
                Weekday::Wednesday => "Wednesday",
                Weekday::Thursday => "Thursday",
                Weekday::Friday => "Friday",
                Weekday::Saturday => "Saturday",
                Weekday::Sunday => "Sunday",
            },
            match date.month() {
                Month::January => "January",
                Month::February => "February",
                Month::March => "March",
                Month::April => "April",
                Month::May => "May",
                Month::June => "June",
                Month::July => "July",
                Month::August => "August",
                Month::September => "September",
                Month::October => "October",
                Month::November => "November",
                Month::December => "December",
            },
        ),
        Lang::Cy => (
            match date.weekday() {
                Weekday::Monday => "dydd Llun",
                Weekday::Tuesday => "dydd Mawrth",
                Weekday::Wednesday => "dydd Mercher",
                Weekday::Thursday => "dydd Iau",
                Weekday::Friday => "dydd Gwener",
                Weekday::Saturday => "dydd Sadwrn",
                Weekday::Sunday => "dydd Sul",
            },
            match date.month() {
                Month::January => "Ionawr",
                Month::February => "Chwefror",
                Month::March => "Mawrth",
                Month::April => "Ebrill",
                Month::May => "Mai",
                Month::June => "Mehefin",
                Month::July => "Gorffennaf",
                Month::August => "Awst",
                Month::September => "Medi",
                Month::October => "Hydref",
                Month::November => "Tachwedd",
                Month::December => "Rhagfyr",
            },
        ),
    };
    format!("{weekday} {} {month} {}", date.day(), date.year())
}

/// A month's short name: "Jan", "Ion".
pub fn short_month(date: time::Date, lang: Lang) -> &'static str {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const CY: [&str; 12] = ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"];
    let month = usize::from(u8::from(date.month())) - 1;
    match lang {
        Lang::En => EN[month],
        Lang::Cy => CY[month],
    }
}

/// A short date for tables: "4 Jan 2027", "4 Ion 2027".
pub fn short_date(date: time::Date, lang: Lang) -> String {
    format!("{} {} {}", date.day(), short_month(date, lang), date.year())
}

/// "Jan 2026", "Ion 2026".
pub fn month_year(date: time::Date, lang: Lang) -> String {
    format!("{} {}", short_month(date, lang), date.year())
}

/// The Welsh soft mutation of a text's first word, as after "ar", "tan", "i" or "o":
/// "dydd Llun 4 Ionawr 2027" → "ddydd Llun 4 Ionawr 2027", "Gwener" → "Wener", "Llun" → "Lun".
/// English text, and text starting with a digit or a letter that does not mutate, is unchanged.
///
/// It is mechanical (first letters only), meant for dates and other Welsh words that Heard
/// writes itself; names of people and places are usually better left as they are.
pub fn soft_mutation(text: &str, lang: Lang) -> String {
    if lang != Lang::Cy {
        return text.to_string();
    }
    let start: String = text.chars().take(2).flat_map(char::to_lowercase).collect();
    // Letters that never mutate, even though their first letter alone would.
    if ["ch", "dd", "ff", "ng", "ph", "th"].iter().any(|p| start.starts_with(p)) {
        return text.to_string();
    }
    let (drop, put) = if start.starts_with("ll") {
        (2, "l")
    } else if start.starts_with("rh") {
        (2, "r")
    } else {
        match start.chars().next() {
            Some('p') => (1, "b"),
            Some('t') => (1, "d"),
            Some('c') => (1, "g"),
            Some('b') => (1, "f"),
            Some('d') => (1, "dd"),
            Some('g') => (1, ""),
            Some('m') => (1, "f"),
            _ => return text.to_string(),
        }
    };
    // The letters dropped are ASCII, so `drop` bytes are `drop` letters.
    let mutated = format!("{put}{}", &text[drop..]);
    if text.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = mutated.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
    } else {
        mutated
    }
}
