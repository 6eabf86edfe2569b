//! Checks on the words themselves, read from the .ftl files (`build.rs` has refused to build
//! already if a message is missing in a language or uses other variables; these say so again,
//! and check what the build cannot: easy-read sentences, "ti" and "chi", copied English,
//! plurals and mutations).

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use time::macros::date;

/// Variables that hold a date (alone or with a time), and so may need a soft mutation in Welsh.
const DATE_VARS: [&str; 6] = ["date", "deadline", "latest", "since", "when", "working"];

/// Every message of a language, read from its files: id → (file, variables as written).
fn messages(code: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut found = BTreeMap::new();
    for (_, file, text) in FTL_FILES.iter().filter(|(c, _, _)| *c == code) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{code}/{file} does not parse: {e:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern_vars(value, &mut vars);
                    }
                    let old = found.insert(message.id.name.to_string(), (file.to_string(), vars));
                    assert!(old.is_none(), "{} twice in {code}", message.id.name);
                }
                ast::Entry::Junk { content } => panic!("{code}/{file} does not parse: {content}"),
                _ => {}
            }
        }
    }
    assert!(!found.is_empty(), "no .ftl files for {code}");
    found
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
        }
        _ => {}
    }
}

/// `$date_soft` stands for `$date`.
fn base_vars(vars: &BTreeSet<String>) -> BTreeSet<String> {
    vars.iter().map(|v| v.strip_suffix("_soft").unwrap_or(v).to_string()).collect()
}

/// The message as shown, once for each number that picks a different plural variant (every
/// variable is that number: one word, as a name or a date counts for easy reading).
fn renderings(key: T, lang: Lang) -> Vec<String> {
    ["0", "1", "2", "3", "6", "7"]
        .iter()
        .map(|n| {
            let args: Vec<(&str, &str)> = key.vars().iter().map(|v| (*v, *n)).collect();
            key.fill(lang, &args)
        })
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The messages a language has: every one in Welsh and English, all but the staff pages' in
/// the others.
fn keys_of(lang: Lang) -> Vec<T> {
    T::ALL.iter().copied().filter(|k| lang.is_staff() || k.file() != "staff.ftl").collect()
}

#[test]
fn every_message_exists_in_every_language() {
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = keys_of(lang).iter().map(|k| k.id().to_string()).collect();
        let found = messages(lang.code());
        let there: BTreeSet<String> = found.keys().cloned().collect();
        assert_eq!(ids.difference(&there).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in {}", lang.code());
        assert_eq!(there.difference(&ids).collect::<Vec<_>>(), Vec::<&String>::new(), "not in English, in {}", lang.code());
        for key in &keys_of(lang) {
            assert_eq!(found[key.id()].0, key.file(), "{} is in another file in {}", key.id(), lang.code());
            assert!(!key.get(lang).trim().is_empty(), "{key:?} is empty in {lang:?}");
            for text in renderings(*key, lang) {
                assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
                assert!(!text.contains(['\u{2068}', '\u{2069}']), "{key:?} has isolation marks");
            }
        }
    }
}

#[test]
fn every_language_uses_the_same_variables() {
    for lang in Lang::ALL {
        let found = messages(lang.code());
        for key in keys_of(lang) {
            let expected: BTreeSet<String> = key.vars().iter().map(|v| v.to_string()).collect();
            assert_eq!(base_vars(&found[key.id()].1), expected, "{} ({}) has other variables than English", key.id(), lang.code());
        }
    }
}

/// A staff text asked for in a language the staff pages do not have is the English one.
#[test]
fn staff_words_are_english_outside_the_staff_languages() {
    assert_eq!(T::PdfPage.get(Lang::Ar), T::PdfPage.get(Lang::En));
    assert_ne!(T::Listen.get(Lang::Ar), T::Listen.get(Lang::En));
}

/// Words on child screens keep to easy-read: every sentence 15 words or fewer, in both
/// languages, in every plural form (the form files are checked the same way by their own test).
/// Parents and carers see the same screens, so their words (family.ftl) are held to it too.
#[test]
fn child_screen_sentences_are_short() {
    let mut long = Vec::new();
    let keys: Vec<&T> = T::ALL.iter().filter(|k| ["child.ftl", "family.ftl"].contains(&k.file())).collect();
    assert!(keys.len() > 100, "only {} child and family messages", keys.len());
    for key in keys {
        for lang in Lang::ALL {
            for text in renderings(*key, lang) {
                // Arabic script asks with "؟", Ethiopic ends with "።" and asks with "፧".
                for sentence in text.split(['.', '!', '?', '؟', '።', '፧']) {
                    let words = sentence.split_whitespace().count();
                    if words > 15 {
                        long.push(format!("{} ({}): {words} words: {sentence}", key.id(), lang.code()));
                    }
                }
            }
        }
    }
    long.dedup();
    assert!(long.is_empty(), "too long for a child screen:\n{}", long.join("\n"));
}

/// Parents' and carers' words fill the same gaps as the child's and speak to them as "chi".
#[test]
fn adult_words_keep_their_placeholders_and_say_chi() {
    let informal = ["ti", "di", "dy", "dyweda", "galli", "wyt", "rwyt", "defnyddia", "teipia", "gad", "ychwanega", "dewisa"];
    let mut changed = 0;
    for key in T::ALL {
        let adult = key.for_adults(true);
        assert_eq!(key.for_adults(false), *key);
        if adult == *key {
            continue;
        }
        changed += 1;
        assert_eq!(key.vars(), adult.vars(), "{key:?}");
        assert_eq!(key.file(), "child.ftl", "{key:?} has adult words, so it is a child's");
        assert_eq!(adult.file(), "family.ftl", "{adult:?} is for adults");
    }
    assert!(changed >= 20, "only {changed} adult variants");
    for key in T::ALL.iter().filter(|k| k.file() == "family.ftl") {
        for text in renderings(*key, Lang::Cy) {
            let words = words(&text);
            for word in informal {
                assert!(!words.iter().any(|w| w == word), "{key:?} says {word:?} to an adult: {text}");
            }
        }
    }
}

/// A child is spoken to as "ti" throughout child.ftl (the words that have an adult variant, the
/// help panel on every child screen, everything else there); and with one spelling of "you
/// can" ("gelli", as the screens).
#[test]
fn children_hear_ti_and_one_spelling() {
    let formal = ["chi", "gallwch", "ffoniwch", "tecstiwch", "eich", "ydych", "rydych", "dewiswch", "galli"];
    let help = [T::HelpNowIntro, T::HelpDanger, T::HelpMeic, T::HelpMeicWeb, T::HelpChildline];
    assert!(help.iter().all(|k| k.file() == "child.ftl"));
    for key in T::ALL.iter().filter(|k| k.file() == "child.ftl") {
        for text in renderings(*key, Lang::Cy) {
            let words = words(&text);
            for word in formal {
                assert!(!words.iter().any(|w| w == word), "{key:?} says {word:?} to a child: {text}");
            }
        }
    }
}

/// Texts that are rightly the same in English and Welsh, and why.
const SAME_IN_BOTH: [(&str, &str); 9] = [
    ("Staff", "Welsh says \"staff\" too (\"Staff y cyngor\")"),
    ("IRO", "the role's initials, used in Welsh as on the forms"),
    ("Meic", "a helpline's name"),
    ("Childline", "a helpline's name"),
    ("BSL", "British Sign Language's initials, as Welsh uses them"),
    ("CSV", "a file type"),
    ("PDF", "a file type"),
    ("JavaScript", "a name"),
    ("QR", "a name"),
];

/// English copied into Welsh is caught, one word or many; only proper names, initials and
/// words Welsh shares (above) may match, and text with no letters (numbers, symbols).
#[test]
fn welsh_is_translated_not_copied() {
    let same: Vec<String> = T::ALL
        .iter()
        .filter(|k| {
            let (en, cy) = (k.get(Lang::En).trim(), k.get(Lang::Cy).trim());
            en.eq_ignore_ascii_case(cy)
                && en.chars().any(char::is_alphabetic)
                && !SAME_IN_BOTH.iter().any(|(text, _)| text.eq_ignore_ascii_case(en))
        })
        .map(|k| format!("{} = {:?}", k.id(), k.get(Lang::En)))
        .collect();
    assert!(same.is_empty(), "untranslated:\n{}", same.join("\n"));
    // A single copied word is caught too, not only sentences.
    assert!(T::ALL.iter().any(|k| k.get(Lang::En) == "Staff" && k.get(Lang::Cy) == "Staff"), "the allow-list is used");
}

/// The other languages' texts are translated too: a text the same as the English one is a name,
/// an abbreviation or a number, never an English sentence left behind.
#[test]
fn every_language_is_translated_not_copied() {
    for lang in Lang::ALL.into_iter().filter(|l| !l.is_staff()) {
        let same: Vec<String> = keys_of(lang)
            .into_iter()
            .filter(|k| {
                let (en, theirs) = (k.get(Lang::En).trim(), k.get(lang).trim());
                // More than one English word left as it was is a sentence left untranslated.
                en == theirs && words(en).len() > 1
            })
            .map(|k| format!("{} = {:?}", k.id(), k.get(Lang::En)))
            .collect();
        assert!(same.is_empty(), "untranslated in {}:\n{}", lang.code(), same.join("\n"));
    }
}

/// A right-to-left language's pages say so, and others do not.
#[test]
fn right_to_left_languages_are_marked() {
    use crate::i18n::Direction;
    let rtl: Vec<&str> = Lang::ALL.into_iter().filter(|l| l.direction() == Direction::Rtl).map(Lang::code).collect();
    assert_eq!(rtl, ["ar", "ckb", "fa", "ps"]);
}

#[test]
fn dates_read_naturally_in_every_language() {
    let monday = date!(2027 - 01 - 04);
    assert_eq!(long_date(monday, Lang::Pl), "poniedziałek, 4 stycznia 2027");
    assert_eq!(long_date(monday, Lang::Ro), "luni, 4 ianuarie 2027");
    assert_eq!(long_date(monday, Lang::Ar), "الاثنين 4 يناير 2027");
    assert_eq!(long_date(monday, Lang::Ti), "ሰኑይ፣ 4 ጥሪ 2027");
    assert_eq!(short_date(date!(2026 - 12 - 01), Lang::Pl), "1 gru 2026");
    for lang in Lang::ALL {
        let text = long_date(monday, lang);
        assert!(text.contains('4') && text.contains("2027") && !text.contains('{'), "{text} ({})", lang.code());
    }
}

#[test]
fn fill_replaces_placeholders() {
    assert_eq!(T::SignInLocked.fill(Lang::En, &[("minutes", "7")]), "Too many tries. Try again in 7 minutes.");
    assert!(T::SignInLocked.fill(Lang::Cy, &[("minutes", "7")]).contains("7 munud"));
    assert_eq!(T::FormPart.fill(Lang::Cy, &[("n", "2"), ("total", "5")]), "Rhan 2 o 5");
    // A variable left out stays as it was written before Fluent, as does every one in `get`
    // (the PDF writer fills `{page}` and `{pages}` itself).
    assert_eq!(T::FormPart.fill(Lang::En, &[("n", "2")]), "Part 2 of {total}");
    assert_eq!(T::PdfPage.get(Lang::Cy), "Tudalen {page} o {pages}");
    assert_eq!(T::SignInLocked.get(Lang::En), "Too many tries. Try again in {minutes} minutes.");
    // Text that only looks like a number is kept as written.
    assert_eq!(T::AdvocacyReference.fill(Lang::En, &[("reference", "007")]), "Your request number is 007.");
    assert_eq!(T::AdvocacyReference.fill(Lang::En, &[("reference", "1e3")]), "Your request number is 1e3.");
}

#[test]
fn plurals_follow_the_number() {
    assert_eq!(T::SignInLocked.fill(Lang::En, &[("minutes", "1")]), "Too many tries. Try again in 1 minute.");
    assert_eq!(T::SignInLocked.fill(Lang::En, &[("minutes", "2")]), "Too many tries. Try again in 2 minutes.");
    assert_eq!(T::EntryTooMany.fill(Lang::En, &[("minutes", "1")]), "Too many tries. Please wait 1 minute, or ask for help.");
    assert_eq!(
        T::ReviewSavedTold.fill(Lang::En, &[("name", "Sam"), ("count", "1")]),
        "The review for Sam was saved. 1 invitee will be told by email."
    );
    // Welsh: one, two, few (3), many (6) and other each as Welsh counts them.
    let tried = |n: &str| T::OutboxTried.fill(Lang::Cy, &[("since", "4 Ion 2027 10:00"), ("count", n)]);
    assert_eq!(tried("1"), "Yn y ciw ers 4 Ion 2027 10:00, wedi ceisio unwaith.");
    assert_eq!(tried("2"), "Yn y ciw ers 4 Ion 2027 10:00, wedi ceisio ddwywaith.");
    assert_eq!(tried("3"), "Yn y ciw ers 4 Ion 2027 10:00, wedi ceisio 3 gwaith.");
    assert_eq!(tried("6"), "Yn y ciw ers 4 Ion 2027 10:00, wedi ceisio 6 gwaith.");
    assert_eq!(tried("12"), "Yn y ciw ers 4 Ion 2027 10:00, wedi ceisio 12 gwaith.");
    assert!(T::ConsultTooLong.fill(Lang::Cy, &[("limit", "2")]).contains("dan 2 lythyren"));
    assert!(T::ConsultTooLong.fill(Lang::Cy, &[("limit", "2000")]).contains("dan 2000 llythyren"));
    assert_eq!(T::OutboxTried.fill(Lang::En, &[("since", "4 Jan 2027 10:00"), ("count", "1")]), "Queued 4 Jan 2027 10:00, tried 1 time.");
}

#[test]
fn dates_after_ar_and_tan_are_mutated_in_welsh() {
    let monday = date!(2027 - 01 - 04);
    let done = crate::model::Msg::new(T::DoneMeeting).with_date("date", monday);
    assert_eq!(done.text(Lang::Cy), "Mae dy gyfarfod ar ddydd Llun 4 Ionawr 2027.");
    assert_eq!(done.text(Lang::En), "Your meeting is on Monday 4 January 2027.");
    assert_eq!(
        T::DoneAddUntil.fill(Lang::Cy, &[("date", &long_date(monday, Lang::Cy))]),
        "Gelli di ychwanegu mwy tan ddydd Llun 4 Ionawr 2027."
    );
    assert_eq!(
        T::MyReviewWhenChild.fill(Lang::Cy, &[("when", "dydd Gwener 8 Ionawr 2027, 10:30")]),
        "Mae cyfarfod dy adolygiad ar ddydd Gwener 8 Ionawr 2027, 10:30."
    );
    // Where nothing mutates it, the date is as it was.
    assert!(T::ErrMeetingWeekend
        .fill(Lang::Cy, &[("date", "dydd Sadwrn 9 Ionawr 2027")])
        .starts_with("Mae dydd Sadwrn 9 Ionawr 2027 ar benwythnos."));
}

/// No Welsh message puts a date straight after a word that mutates it without using `_soft`.
#[test]
fn welsh_dates_take_the_mutation_their_preposition_asks_for() {
    let mutating = ["am", "ar", "at", "dan", "dros", "drwy", "gan", "heb", "hyd", "i", "o", "tan", "wrth"];
    for key in T::ALL {
        let args: Vec<(&str, &str)> =
            key.vars().iter().map(|v| (*v, if DATE_VARS.contains(v) { "dydd Llun 4 Ionawr 2027" } else { "7" })).collect();
        let text = key.fill(Lang::Cy, &args);
        let words = words(&text);
        for pair in words.windows(2) {
            assert!(!(mutating.contains(&pair[0].as_str()) && pair[1] == "dydd"), "{}: \"{} dydd\" in {text}", key.id(), pair[0]);
        }
    }
}

#[test]
fn soft_mutation_changes_the_first_letters() {
    assert_eq!(soft_mutation("dydd Llun 4 Ionawr 2027", Lang::Cy), "ddydd Llun 4 Ionawr 2027");
    assert_eq!(soft_mutation("Dydd Mawrth", Lang::Cy), "Ddydd Mawrth");
    assert_eq!(soft_mutation("Gwener", Lang::Cy), "Wener");
    assert_eq!(soft_mutation("Llun", Lang::Cy), "Lun");
    assert_eq!(soft_mutation("Rhagfyr", Lang::Cy), "Ragfyr");
    assert_eq!(soft_mutation("Tachwedd", Lang::Cy), "Dachwedd");
    assert_eq!(soft_mutation("Chwefror", Lang::Cy), "Chwefror");
    assert_eq!(soft_mutation("4 Ion 2027", Lang::Cy), "4 Ion 2027");
    assert_eq!(soft_mutation("Monday 4 January 2027", Lang::En), "Monday 4 January 2027");
    assert_eq!(soft_mutation("", Lang::Cy), "");
}

#[test]
fn dates_read_naturally_in_both_languages() {
    assert_eq!(long_date(date!(2027 - 01 - 04), Lang::En), "Monday 4 January 2027");
    assert_eq!(long_date(date!(2027 - 01 - 04), Lang::Cy), "dydd Llun 4 Ionawr 2027");
    assert_eq!(long_date(date!(2026 - 11 - 29), Lang::Cy), "dydd Sul 29 Tachwedd 2026");
    assert_eq!(short_date(date!(2026 - 02 - 28), Lang::En), "28 Feb 2026");
    assert_eq!(short_date(date!(2026 - 12 - 01), Lang::Cy), "1 Rhag 2026");
}

#[test]
fn language_codes_parse() {
    assert_eq!(Lang::parse("cy-GB"), Some(Lang::Cy));
    assert_eq!(Lang::parse("EN"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
    assert_eq!(Lang::parse("prs-AF"), Some(Lang::Fa));
    assert_eq!(Lang::parse("ku-Arab-IQ"), Some(Lang::Ckb));
    assert_eq!(Lang::parse("ku"), None, "Kurmanji is written in Latin letters: not Sorani");
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
    assert_eq!(Lang::parse(""), None);
}

#[test]
fn ids_are_the_variant_names_in_kebab_case() {
    assert_eq!(T::SignInLocked.id(), "sign-in-locked");
    assert_eq!(T::AgeBand8To12.id(), "age-band8-to12");
    assert_eq!(T::SignInLocked.vars(), ["minutes"]);
    assert_eq!(T::AppName.get(Lang::En), "Heard");
    assert_eq!(T::AppName.get(Lang::Cy), "Clywed");
    for key in T::ALL {
        let pascal: String = key.id().split('-').map(|p| p[..1].to_uppercase() + &p[1..]).collect();
        assert_eq!(pascal, format!("{key:?}"));
    }
}

/// Every text is one line: Fluent would keep a break inside a text, and emails, letters and the
/// PDF would show it in the middle of a sentence.
#[test]
fn every_text_is_one_line() {
    for key in T::ALL {
        for lang in Lang::ALL {
            assert!(!key.get(lang).contains('\n'), "{key:?} ({}) spans lines", lang.code());
        }
    }
}
