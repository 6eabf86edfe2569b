//! Dates as people read them, in every language Heard speaks, and the Welsh soft mutation that
//! a date takes after "ar" or "tan" ("ar ddydd Llun"). The day and month names of languages
//! other than English and Welsh came with their translations, and are drafts like them.

use super::Lang;

/// A date as people read it: "Monday 4 January 2027", "dydd Llun 4 Ionawr 2027",
/// "poniedziałek, 4 stycznia 2027".
pub fn long_date(date: time::Date, lang: Lang) -> String {
    let calendar = calendar(lang);
    let weekday = calendar.weekdays[usize::from(date.weekday().number_days_from_monday())];
    calendar
        .pattern
        .replace("{weekday}", weekday)
        .replace("{day}", &date.day().to_string())
        .replace("{month}", calendar.months[month_index(date)])
        .replace("{year}", &date.year().to_string())
}

/// A month's short name: "Jan", "Ion".
pub fn short_month(date: time::Date, lang: Lang) -> &'static str {
    calendar(lang).months_short[month_index(date)]
}

fn month_index(date: time::Date) -> usize {
    usize::from(u8::from(date.month())) - 1
}

fn calendar(lang: Lang) -> &'static Calendar {
    match lang {
        Lang::En => &EN,
        Lang::Cy => &CY,
        Lang::Ar => &AR,
        Lang::Ckb => &CKB,
        Lang::Fa => &FA,
        Lang::Pl => &PL,
        Lang::Ps => &PS,
        Lang::Ro => &RO,
        Lang::Ti => &TI,
    }
}

/// How one language writes a date: day and month names, and the order of a full date.
struct Calendar {
    /// Monday first.
    weekdays: [&'static str; 7],
    /// As inside a full date (Polish "4 stycznia").
    months: [&'static str; 12],
    /// For tables.
    months_short: [&'static str; 12],
    /// A full date, from `{weekday}`, `{day}`, `{month}` and `{year}`.
    pattern: &'static str,
}

const EN: Calendar = Calendar {
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    months_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    pattern: "{weekday} {day} {month} {year}",
};

const CY: Calendar = Calendar {
    weekdays: ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn", "dydd Sul"],
    months: ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    months_short: ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"],
    pattern: "{weekday} {day} {month} {year}",
};

const AR: Calendar = Calendar {
    weekdays: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    months_short: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    pattern: "{weekday} {day} {month} {year}",
};

const CKB: Calendar = Calendar {
    weekdays: ["دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "یەکشەممە"],
    months: [
        "کانوونی دووەم",
        "شوبات",
        "ئازار",
        "نیسان",
        "ئایار",
        "حوزەیران",
        "تەمووز",
        "ئاب",
        "ئەیلوول",
        "تشرینی یەکەم",
        "تشرینی دووەم",
        "کانوونی یەکەم",
    ],
    months_short: [
        "کانوونی دووەم",
        "شوبات",
        "ئازار",
        "نیسان",
        "ئایار",
        "حوزەیران",
        "تەمووز",
        "ئاب",
        "ئەیلوول",
        "تشرینی یەکەم",
        "تشرینی دووەم",
        "کانوونی یەکەم",
    ],
    pattern: "{weekday}، {day}ی {month}ی {year}",
};

const FA: Calendar = Calendar {
    weekdays: ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    months: ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    months_short: ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    pattern: "{weekday} {day} {month} {year}",
};

const PL: Calendar = Calendar {
    weekdays: ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    months: [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    months_short: ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    pattern: "{weekday}, {day} {month} {year}",
};

const PS: Calendar = Calendar {
    weekdays: ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    months: ["جنوري", "فبروري", "مارچ", "اپرېل", "مۍ", "جون", "جولای", "اګست", "سپتمبر", "اکتوبر", "نومبر", "ډسمبر"],
    months_short: ["جنوري", "فبروري", "مارچ", "اپرېل", "مۍ", "جون", "جولای", "اګست", "سپتمبر", "اکتوبر", "نومبر", "ډسمبر"],
    pattern: "{weekday}، {day} {month} {year}",
};

const RO: Calendar = Calendar {
    weekdays: ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    months: [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    months_short: ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."],
    pattern: "{weekday}, {day} {month} {year}",
};

const TI: Calendar = Calendar {
    weekdays: ["ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"],
    months: ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"],
    months_short: ["ጥሪ", "ለካ", "መጋ", "ሚያ", "ግን", "ሰነ", "ሓም", "ነሓ", "መስ", "ጥቅ", "ሕዳ", "ታሕ"],
    pattern: "{weekday}፣ {day} {month} {year}",
};

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
