//! Working days in England and Wales: weekends and bank holidays are not working days.
//!
//! Bank holidays follow the statutory pattern (with substitute days when a fixed holiday falls at
//! a weekend) plus the one-off changes made by proclamation. Rules run through any year; the
//! one-off changes are known through 2030 and a new one is one line in `SPECIAL`.

use time::{Date, Duration, Month, Weekday};

/// One-off changes: (moved or removed regular holiday, added day).
const MOVED: [(Date, Date); 2] = [
    // 2020: the early May bank holiday moved to Friday 8 May for the 75th anniversary of VE Day.
    (time::macros::date!(2020 - 05 - 04), time::macros::date!(2020 - 05 - 08)),
    // 2022: the spring bank holiday moved to Thursday 2 June for the Platinum Jubilee.
    (time::macros::date!(2022 - 05 - 30), time::macros::date!(2022 - 06 - 02)),
];

/// One-off extra bank holidays.
const SPECIAL: [Date; 3] = [
    time::macros::date!(2022 - 06 - 03), // Platinum Jubilee
    time::macros::date!(2022 - 09 - 19), // State funeral of Queen Elizabeth II
    time::macros::date!(2023 - 05 - 08), // Coronation of King Charles III
];

/// Easter Sunday (Gregorian calendar; anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = if month == 3 { Month::March } else { Month::April };
    Date::from_calendar_date(year, month, day as u8).expect("Easter is a real date")
}

fn first_monday(year: i32, month: Month) -> Date {
    let mut day = Date::from_calendar_date(year, month, 1).expect("first of month");
    while day.weekday() != Weekday::Monday {
        day += Duration::days(1);
    }
    day
}

fn last_monday(year: i32, month: Month) -> Date {
    last_weekday(year, month, Weekday::Monday)
}

fn last_weekday(year: i32, month: Month, weekday: Weekday) -> Date {
    let mut day = Date::from_calendar_date(year, month, time::util::days_in_month(month, year)).expect("last of month");
    while day.weekday() != weekday {
        day -= Duration::days(1);
    }
    day
}

/// The time in the UK at a moment given in seconds since the epoch: British Summer Time (an hour
/// ahead of UTC) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
/// October, as the Summer Time Act and its orders fix it.
pub fn uk_time(at: i64) -> time::PrimitiveDateTime {
    let utc = time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let year = utc.year();
    let change = |month| {
        time::PrimitiveDateTime::new(last_weekday(year, month, Weekday::Sunday), time::Time::MIDNIGHT).assume_utc() + Duration::hours(1)
    };
    let summer = utc >= change(Month::March) && utc < change(Month::October);
    let local = if summer { utc + Duration::hours(1) } else { utc };
    time::PrimitiveDateTime::new(local.date(), local.time())
}

/// The moment a UK day begins (its local midnight), in seconds since the epoch.
pub fn uk_start_of_day(day: Date) -> i64 {
    let utc_midnight = day.midnight().assume_utc().unix_timestamp();
    // In summer the UK's midnight is 23:00 UTC the evening before.
    let summer_midnight = utc_midnight - 3600;
    if uk_time(summer_midnight).date() == day {
        summer_midnight
    } else {
        utc_midnight
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Every bank holiday in England and Wales in `year`, in date order.
pub fn bank_holidays(year: i32) -> Vec<Date> {
    let easter = easter_sunday(year);
    let mut days = vec![
        easter - Duration::days(2),
        easter + Duration::days(1),
        first_monday(year, Month::May),
        last_monday(year, Month::May),
        last_monday(year, Month::August),
    ];

    // New Year's Day: the next Monday when it falls at a weekend.
    let mut new_year = Date::from_calendar_date(year, Month::January, 1).expect("1 January");
    while is_weekend(new_year) {
        new_year += Duration::days(1);
    }
    days.push(new_year);

    // Christmas and Boxing Day: each weekend one is replaced by the next free weekday.
    let christmas = Date::from_calendar_date(year, Month::December, 25).expect("25 December");
    let mut taken: Vec<Date> = Vec::new();
    for fixed in [christmas, christmas + Duration::days(1)] {
        let mut day = fixed;
        while is_weekend(day) || taken.contains(&day) {
            day += Duration::days(1);
        }
        taken.push(day);
    }
    days.extend(taken);

    for (regular, replacement) in MOVED {
        if regular.year() == year {
            days.retain(|d| *d != regular);
            days.push(replacement);
        }
    }
    days.extend(SPECIAL.iter().copied().filter(|d| d.year() == year));
    days.sort();
    days.dedup();
    days
}

pub fn is_bank_holiday(date: Date) -> bool {
    bank_holidays(date.year()).contains(&date)
}

pub fn is_working_day(date: Date) -> bool {
    !is_weekend(date) && !is_bank_holiday(date)
}

/// Moves `count` working days forward (positive) or back (negative) from `from`.
pub fn add_working_days(from: Date, count: i32) -> Date {
    let step = if count >= 0 { Duration::days(1) } else { Duration::days(-1) };
    let mut day = from;
    let mut left = count.unsigned_abs();
    while left > 0 {
        day += step;
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
pub fn working_days_between(from: Date, to: Date) -> i32 {
    let mut count = 0;
    let mut day = from;
    while day < to {
        day += Duration::days(1);
        if is_working_day(day) {
            count += 1;
        }
    }
    count
}

/// The same day `months` calendar months later, or the month's last day when it is shorter
/// (31 August + 6 months = 28 or 29 February).
pub fn add_months(from: Date, months: i32) -> Date {
    let zero_based = from.year() * 12 + (from.month() as i32 - 1) + months;
    let year = zero_based.div_euclid(12);
    let month = Month::try_from((zero_based.rem_euclid(12) + 1) as u8).expect("month 1..=12");
    let day = from.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).expect("clamped date")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn at(text: &str) -> i64 {
        time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).expect("time").unix_timestamp()
    }

    #[test]
    fn uk_time_follows_summer_time() {
        // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
        let local = |t: &str| uk_time(at(t)).to_string();
        assert_eq!(local("2026-01-15T12:00:00Z"), "2026-01-15 12:00:00.0");
        assert_eq!(local("2026-03-29T00:59:59Z"), "2026-03-29 0:59:59.0");
        assert_eq!(local("2026-03-29T01:00:00Z"), "2026-03-29 2:00:00.0");
        assert_eq!(local("2026-07-01T23:30:00Z"), "2026-07-02 0:30:00.0", "the UK day has already turned");
        assert_eq!(local("2026-10-25T00:59:59Z"), "2026-10-25 1:59:59.0");
        assert_eq!(local("2026-10-25T01:00:00Z"), "2026-10-25 1:00:00.0");
        // 2027: 28 March and 31 October.
        assert_eq!(local("2027-03-28T01:30:00Z"), "2027-03-28 2:30:00.0");
        assert_eq!(local("2027-10-31T00:30:00Z"), "2027-10-31 1:30:00.0");
    }

    #[test]
    fn a_uk_day_starts_at_its_local_midnight() {
        assert_eq!(uk_start_of_day(date!(2026 - 01 - 15)), at("2026-01-15T00:00:00Z"));
        assert_eq!(uk_start_of_day(date!(2026 - 07 - 02)), at("2026-07-01T23:00:00Z"));
        // The days the clocks change begin on the time of the night before.
        assert_eq!(uk_start_of_day(date!(2026 - 03 - 29)), at("2026-03-29T00:00:00Z"));
        assert_eq!(uk_start_of_day(date!(2026 - 10 - 25)), at("2026-10-24T23:00:00Z"));
    }

    /// Published England and Wales bank holidays, year by year.
    fn published(year: i32) -> Vec<Date> {
        match year {
            2020 => vec![
                date!(2020 - 01 - 01),
                date!(2020 - 04 - 10),
                date!(2020 - 04 - 13),
                date!(2020 - 05 - 08),
                date!(2020 - 05 - 25),
                date!(2020 - 08 - 31),
                date!(2020 - 12 - 25),
                date!(2020 - 12 - 28),
            ],
            2021 => vec![
                date!(2021 - 01 - 01),
                date!(2021 - 04 - 02),
                date!(2021 - 04 - 05),
                date!(2021 - 05 - 03),
                date!(2021 - 05 - 31),
                date!(2021 - 08 - 30),
                date!(2021 - 12 - 27),
                date!(2021 - 12 - 28),
            ],
            2022 => vec![
                date!(2022 - 01 - 03),
                date!(2022 - 04 - 15),
                date!(2022 - 04 - 18),
                date!(2022 - 05 - 02),
                date!(2022 - 06 - 02),
                date!(2022 - 06 - 03),
                date!(2022 - 08 - 29),
                date!(2022 - 09 - 19),
                date!(2022 - 12 - 26),
                date!(2022 - 12 - 27),
            ],
            2023 => vec![
                date!(2023 - 01 - 02),
                date!(2023 - 04 - 07),
                date!(2023 - 04 - 10),
                date!(2023 - 05 - 01),
                date!(2023 - 05 - 08),
                date!(2023 - 05 - 29),
                date!(2023 - 08 - 28),
                date!(2023 - 12 - 25),
                date!(2023 - 12 - 26),
            ],
            2024 => vec![
                date!(2024 - 01 - 01),
                date!(2024 - 03 - 29),
                date!(2024 - 04 - 01),
                date!(2024 - 05 - 06),
                date!(2024 - 05 - 27),
                date!(2024 - 08 - 26),
                date!(2024 - 12 - 25),
                date!(2024 - 12 - 26),
            ],
            2025 => vec![
                date!(2025 - 01 - 01),
                date!(2025 - 04 - 18),
                date!(2025 - 04 - 21),
                date!(2025 - 05 - 05),
                date!(2025 - 05 - 26),
                date!(2025 - 08 - 25),
                date!(2025 - 12 - 25),
                date!(2025 - 12 - 26),
            ],
            2026 => vec![
                date!(2026 - 01 - 01),
                date!(2026 - 04 - 03),
                date!(2026 - 04 - 06),
                date!(2026 - 05 - 04),
                date!(2026 - 05 - 25),
                date!(2026 - 08 - 31),
                date!(2026 - 12 - 25),
                date!(2026 - 12 - 28),
            ],
            2027 => vec![
                date!(2027 - 01 - 01),
                date!(2027 - 03 - 26),
                date!(2027 - 03 - 29),
                date!(2027 - 05 - 03),
                date!(2027 - 05 - 31),
                date!(2027 - 08 - 30),
                date!(2027 - 12 - 27),
                date!(2027 - 12 - 28),
            ],
            2028 => vec![
                date!(2028 - 01 - 03),
                date!(2028 - 04 - 14),
                date!(2028 - 04 - 17),
                date!(2028 - 05 - 01),
                date!(2028 - 05 - 29),
                date!(2028 - 08 - 28),
                date!(2028 - 12 - 25),
                date!(2028 - 12 - 26),
            ],
            2029 => vec![
                date!(2029 - 01 - 01),
                date!(2029 - 03 - 30),
                date!(2029 - 04 - 02),
                date!(2029 - 05 - 07),
                date!(2029 - 05 - 28),
                date!(2029 - 08 - 27),
                date!(2029 - 12 - 25),
                date!(2029 - 12 - 26),
            ],
            2030 => vec![
                date!(2030 - 01 - 01),
                date!(2030 - 04 - 19),
                date!(2030 - 04 - 22),
                date!(2030 - 05 - 06),
                date!(2030 - 05 - 27),
                date!(2030 - 08 - 26),
                date!(2030 - 12 - 25),
                date!(2030 - 12 - 26),
            ],
            _ => unreachable!("no published list for {year}"),
        }
    }

    macro_rules! year_tests {
        ($($name:ident: $year:expr,)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(bank_holidays($year), published($year));
            }
        )*};
    }

    year_tests! {
        bank_holidays_2020: 2020,
        bank_holidays_2021: 2021,
        bank_holidays_2022: 2022,
        bank_holidays_2023: 2023,
        bank_holidays_2024: 2024,
        bank_holidays_2025: 2025,
        bank_holidays_2026: 2026,
        bank_holidays_2027: 2027,
        bank_holidays_2028: 2028,
        bank_holidays_2029: 2029,
        bank_holidays_2030: 2030,
    }

    #[test]
    fn easter_sundays() {
        for (year, easter) in
            [(2024, date!(2024 - 03 - 31)), (2025, date!(2025 - 04 - 20)), (2038, date!(2038 - 04 - 25)), (2285, date!(2285 - 03 - 22))]
        {
            assert_eq!(easter_sunday(year), easter);
        }
    }

    #[test]
    fn working_days_skip_weekends_and_bank_holidays() {
        // Thursday 24 December 2026 + 1 working day: Friday 25 and Monday 28 are holidays.
        assert_eq!(add_working_days(date!(2026 - 12 - 24), 1), date!(2026 - 12 - 29));
        assert_eq!(add_working_days(date!(2026 - 12 - 29), -1), date!(2026 - 12 - 24));
        // Tuesday 7 April 2026 minus 2 working days skips Easter Monday and Good Friday.
        assert_eq!(add_working_days(date!(2026 - 04 - 07), -2), date!(2026 - 04 - 01));
        assert_eq!(add_working_days(date!(2026 - 11 - 23), 0), date!(2026 - 11 - 23));
        assert!(!is_working_day(date!(2026 - 11 - 22)), "Sunday");
        assert!(is_working_day(date!(2026 - 11 - 23)), "Monday");
    }

    #[test]
    fn counting_working_days() {
        assert_eq!(working_days_between(date!(2026 - 11 - 23), date!(2026 - 11 - 30)), 5);
        assert_eq!(working_days_between(date!(2026 - 12 - 24), date!(2027 - 01 - 04)), 4, "29, 30, 31 Dec and 4 Jan");
        assert_eq!(working_days_between(date!(2026 - 11 - 30), date!(2026 - 11 - 23)), 0);
        for n in [1, 5, 20, 37] {
            let from = date!(2026 - 12 - 20);
            assert_eq!(working_days_between(from, add_working_days(from, n)), n);
        }
    }

    #[test]
    fn months_clamp_to_the_end_of_shorter_months() {
        assert_eq!(add_months(date!(2026 - 08 - 31), 6), date!(2027 - 02 - 28));
        assert_eq!(add_months(date!(2027 - 08 - 31), 6), date!(2028 - 02 - 29), "leap year");
        assert_eq!(add_months(date!(2026 - 11 - 30), 3), date!(2027 - 02 - 28));
        assert_eq!(add_months(date!(2026 - 01 - 15), 3), date!(2026 - 04 - 15));
        assert_eq!(add_months(date!(2026 - 10 - 15), 3), date!(2027 - 01 - 15), "across the year");
    }
}
