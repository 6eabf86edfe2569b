//! Importing children from the council's case system: the columns, and every check of every
//! row before anything is written. Rows arrive already split into cells (the server reads the
//! file); each becomes the same `ChildInput` the add-child form makes, so an imported child
//! passes exactly the form's rules, plus the import's own: a case reference on every row, once
//! per file, no spreadsheet formulas, and an IRO named by an email this council knows.

use crate::domain::children::{format_form_date, ChildDetails, ChildInput, LegalBasis};
use crate::domain::contacts::{from_cells, Contact, Slot};
use crate::domain::worklist::parse_typed_date;
use crate::model::{Msg, T};
use std::collections::HashMap;
use time::Date;

/// The biggest file taken: 10,000 children with every column fits in a fifth of it.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The most children in one file: a council's whole caseload, several times over.
pub const MAX_ROWS: usize = 20_000;

/// The most columns a file may have: 24 are known; more is a different file.
pub const MAX_COLUMNS: usize = 50;

/// Problems listed for one file; past this many the list says how many more there are.
pub const MAX_PROBLEMS_SHOWN: usize = 500;

/// One column of the children file: its header, whether every row needs it, and what it
/// holds (for the documentation on the import page and the sample file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub required: bool,
    pub about: T,
    pub example: &'static str,
}

/// The children file's columns, in the sample file's order: the child, then who is invited to
/// their reviews (four groups, see `CONTACT_GROUPS`).
pub const COLUMNS: [Column; 25] = [
    Column { name: "case_reference", required: true, about: T::ImportColCaseReference, example: "WCCIS-123456" },
    Column { name: "preferred_name", required: true, about: T::ImportColPreferredName, example: "Cadi" },
    Column { name: "full_name", required: true, about: T::ImportColFullName, example: "Cadi Haf Morgan" },
    Column { name: "date_of_birth", required: true, about: T::ImportColDateOfBirth, example: "31/12/2015" },
    Column { name: "language", required: true, about: T::ImportColLanguage, example: "cy" },
    Column { name: "legal_basis", required: true, about: T::ImportColLegalBasis, example: "care_order" },
    Column { name: "looked_after_since", required: true, about: T::ImportColLookedAfterSince, example: "2024-09-01" },
    Column { name: "placement_type", required: false, about: T::ImportColPlacementType, example: "Foster care" },
    Column { name: "iro_email", required: false, about: T::ImportColIroEmail, example: "iro@council.gov.wales" },
    Column { name: "communication_needs", required: false, about: T::ImportColCommunicationNeeds, example: "Uses symbols" },
    Column { name: "past_reviews", required: false, about: T::ImportColPastReviews, example: "15/01/2025; 15/07/2025" },
    Column { name: "child_email", required: false, about: T::ImportColChildEmail, example: "" },
    Column { name: "child_address", required: false, about: T::ImportColChildAddress, example: "" },
    Column { name: "parent1_name", required: false, about: T::ImportColContactName, example: "Sian" },
    Column { name: "parent1_language", required: false, about: T::ImportColContactLanguage, example: "cy" },
    Column { name: "parent1_email", required: false, about: T::ImportColContactEmail, example: "sian@example.org" },
    Column { name: "parent1_address", required: false, about: T::ImportColContactAddress, example: "" },
    Column { name: "parent2_name", required: false, about: T::ImportColContactName, example: "" },
    Column { name: "parent2_language", required: false, about: T::ImportColContactLanguage, example: "" },
    Column { name: "parent2_email", required: false, about: T::ImportColContactEmail, example: "" },
    Column { name: "parent2_address", required: false, about: T::ImportColContactAddress, example: "" },
    Column { name: "carer_name", required: false, about: T::ImportColContactName, example: "Dafydd" },
    Column { name: "carer_language", required: false, about: T::ImportColContactLanguage, example: "en" },
    Column { name: "carer_email", required: false, about: T::ImportColContactEmail, example: "carer@example.org" },
    Column { name: "carer_address", required: false, about: T::ImportColContactAddress, example: "" },
];

/// The children's own columns (the rest are contacts).
pub const CHILD_COLUMNS: usize = 11;

/// Each contact place and the start of its columns' names: `{prefix}_name`, `_language`,
/// `_email` and `_address` (the child's own group has only the last two).
pub const CONTACT_GROUPS: [(Slot, &str); 4] =
    [(Slot::Child, "child"), (Slot::Parent1, "parent1"), (Slot::Parent2, "parent2"), (Slot::Carer, "carer")];

/// A problem with the file, or with one cell of one row. Lines count as a spreadsheet shows
/// them: the header is line 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// 0 for the file as a whole.
    pub line: usize,
    /// Empty for the file or the row as a whole.
    pub column: String,
    pub msg: Msg,
}

impl Problem {
    pub fn file(msg: Msg) -> Problem {
        Problem { line: 0, column: String::new(), msg }
    }
}

/// The headers' problems: each required column missing, each one not known (a misspelt header
/// would otherwise drop its data silently), each given twice.
pub fn check_headers(headers: &[String]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if headers.len() > MAX_COLUMNS {
        return vec![Problem::file(Msg::new(T::ErrImportTooManyColumns).with("max", MAX_COLUMNS.to_string()))];
    }
    let known = |h: &str| COLUMNS.iter().any(|c| c.name == h);
    for column in COLUMNS.iter().filter(|c| c.required) {
        if !headers.iter().any(|h| h == column.name) {
            problems.push(Problem::file(Msg::new(T::ErrImportColumnMissing).with("column", column.name)));
        }
    }
    for (i, header) in headers.iter().enumerate() {
        if !known(header) {
            problems.push(Problem::file(Msg::new(T::ErrImportColumnUnknown).with("column", header.clone())));
        } else if headers[..i].contains(header) {
            problems.push(Problem::file(Msg::new(T::ErrImportColumnTwice).with("column", header.clone())));
        }
    }
    problems
}

/// A header as typed in a spreadsheet: any case, spaces or hyphens for underscores.
pub fn normal_header(header: &str) -> String {
    header.trim().to_lowercase().replace([' ', '-'], "_")
}

/// Columns of free text, where a line may start "- " as a list does.
fn is_free_text(column: &str) -> bool {
    matches!(column, "communication_needs" | "placement_type") || column.ends_with("_address")
}

/// A cell a spreadsheet would run as a formula when the file is opened again (spaces before
/// the sign do not stop it). In free text a dash followed by a space is a list, not a sum.
fn is_formula(column: &str, value: &str) -> bool {
    let mut chars = value.trim_start().chars();
    match chars.next() {
        Some('=' | '+' | '@') => true,
        Some('-') => !(is_free_text(column) && chars.next().is_some_and(char::is_whitespace)),
        _ => false,
    }
}

/// The optional columns a file has: importing again changes only those, so a file without
/// `iro_email` leaves every child's IRO as it is, and one without the carer's columns leaves
/// every child's carer as they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Present {
    pub placement_type: bool,
    pub iro_email: bool,
    pub communication_needs: bool,
    /// Each of `CONTACT_GROUPS`: the file has at least one of its columns.
    pub contacts: [bool; 4],
}

impl Present {
    pub fn of(headers: &[String]) -> Present {
        let has = |name: &str| headers.iter().any(|h| h == name);
        let group = |prefix: &str| headers.iter().any(|h| h.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('_')));
        Present {
            placement_type: has("placement_type"),
            iro_email: has("iro_email"),
            communication_needs: has("communication_needs"),
            contacts: CONTACT_GROUPS.map(|(_, prefix)| group(prefix)),
        }
    }
}

/// What the rows are checked against: this council's IROs by lower-cased email, today, the
/// optional columns the file has, and whether the council sends letters.
#[derive(Clone, Debug)]
pub struct Rules {
    pub iros: HashMap<String, i64>,
    pub today: Date,
    pub present: Present,
    pub post_enabled: bool,
}

/// One row, checked: the child, for each contact group the file has who is in that place
/// (`None`: nobody, so a stored contact there is removed), and reviews held before Heard knew
/// them (added if not already recorded; never removed).
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedChild {
    pub child: ChildDetails,
    pub contacts: Vec<(Slot, Option<Contact>)>,
    pub past_reviews: Vec<Date>,
}

/// The most past reviews one cell may list.
pub const MAX_PAST_REVIEWS: usize = 60;

/// The dates of past reviews in one cell (ISO or day first, separated by semicolons, commas or
/// spaces), sorted and each once; none in the future.
pub fn past_review_dates(value: &str, today: Date) -> Result<Vec<Date>, Msg> {
    let mut dates = Vec::new();
    for part in value.split([';', ',', ' ', '\t', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
        let date = parse_typed_date(part).ok_or_else(|| Msg::new(T::ErrImportPastReviews))?;
        if date > today {
            return Err(Msg::new(T::ErrHeldFuture));
        }
        dates.push(date);
    }
    dates.sort();
    dates.dedup();
    if dates.len() > MAX_PAST_REVIEWS {
        return Err(Msg::new(T::ErrImportPastReviewsMany).with("max", MAX_PAST_REVIEWS.to_string()));
    }
    Ok(dates)
}

/// Where a contact's problem shows in the file.
fn contact_column(prefix: &str, field: &str) -> String {
    let suffix = match field {
        "first_name" => "name",
        "language" => "language",
        "email" => "email",
        // Letters are off: the address is what cannot be used.
        _ => "address",
    };
    format!("{prefix}_{suffix}")
}

/// The contact groups of one row the file has, each checked as the add-invitee form checks.
fn check_contacts(line: usize, cell: &dyn Fn(&str) -> String, rules: &Rules, problems: &mut Vec<Problem>) -> Vec<(Slot, Option<Contact>)> {
    let child_language = crate::model::Lang::parse(&language_code(&cell("language"))).unwrap_or_default();
    let preferred_name = cell("preferred_name");
    let mut contacts = Vec::new();
    for ((slot, prefix), present) in CONTACT_GROUPS.into_iter().zip(rules.present.contacts) {
        if !present {
            continue;
        }
        let of = |suffix: &str| cell(&format!("{prefix}_{suffix}"));
        let (email, address) = (of("email"), of("address"));
        let Some(input) =
            from_cells(slot, &of("name"), &language_code(&of("language")), &email, &address, (&preferred_name, child_language))
        else {
            contacts.push((slot, None));
            continue;
        };
        match Contact::parse(&input, rules.post_enabled) {
            Ok(contact) => contacts.push((slot, Some(contact))),
            Err(errors) => {
                for error in errors {
                    // The child's name is checked (and named) as the child's.
                    if slot == Slot::Child && error.field == "first_name" {
                        continue;
                    }
                    let no_way = error.field == "email" && email.trim().is_empty() && address.trim().is_empty();
                    let msg = if no_way { Msg::new(T::ErrImportContactHow) } else { error.msg };
                    problems.push(Problem { line, column: contact_column(prefix, &error.field), msg });
                }
            }
        }
    }
    contacts
}

/// A language as a case system writes it: its code (ISO 639-1 or -2), its name in English or
/// Welsh, or its own name ("Polski", "العربية").
fn language_code(value: &str) -> String {
    use crate::model::Lang;
    let typed = value.trim().to_lowercase();
    // Codes (ISO 639-2) and names case systems use that are not the language's own, its
    // English or Welsh name, or its two-letter code.
    const OTHER_NAMES: [(&str, Lang); 19] = [
        ("cym", Lang::Cy),
        ("wel", Lang::Cy),
        ("eng", Lang::En),
        ("saesneg/english", Lang::En),
        ("ara", Lang::Ar),
        ("pol", Lang::Pl),
        ("ron", Lang::Ro),
        ("rum", Lang::Ro),
        ("pus", Lang::Ps),
        ("fas", Lang::Fa),
        ("per", Lang::Fa),
        ("prs", Lang::Fa),
        ("farsi", Lang::Fa),
        ("dari", Lang::Fa),
        ("persian", Lang::Fa),
        ("tir", Lang::Ti),
        ("kurdish", Lang::Ckb),
        ("sorani", Lang::Ckb),
        ("kurdish sorani", Lang::Ckb),
    ];
    let named = |lang: &Lang| {
        [lang.code(), lang.staff_name(Lang::En), lang.staff_name(Lang::Cy), lang.own_name()].iter().any(|name| name.to_lowercase() == typed)
    };
    OTHER_NAMES
        .iter()
        .find(|(name, _)| *name == typed)
        .map(|(_, lang)| *lang)
        .or_else(|| Lang::ALL.iter().find(|lang| named(lang)).copied())
        .map_or(typed, |lang| lang.code().to_string())
}

fn legal_basis_code(value: &str) -> String {
    let typed = value.trim().to_lowercase();
    LegalBasis::ALL.iter().find(|b| b.as_str() == typed).map_or(typed, |b| b.as_str().to_string())
}

/// A date as a case system exports it (ISO, or day first), in the form's ISO shape; anything
/// else is left for the form's rule to refuse.
fn form_date(value: &str) -> String {
    parse_typed_date(value).map_or_else(|| value.trim().to_string(), format_form_date)
}

/// Where a form field's problem shows in the file.
fn column_of(field: &str) -> &str {
    match field {
        "preferred_language" => "language",
        "iro_staff_id" => "iro_email",
        other => other,
    }
}

/// Checks one row (`line` as the spreadsheet numbers it) and gives the child it describes with
/// their contacts, or every problem in it.
pub fn check_row(line: usize, row: &HashMap<String, String>, rules: &Rules) -> Result<ImportedChild, Vec<Problem>> {
    let cell = |name: &str| row.get(name).map(String::as_str).unwrap_or_default();
    let owned = |name: &str| cell(name).to_string();
    let mut problems = Vec::new();
    let contacts = check_contacts(line, &owned, rules, &mut problems);
    let mut problem = |column: &str, msg: Msg| problems.push(Problem { line, column: column.to_string(), msg });
    for column in COLUMNS {
        if is_formula(column.name, cell(column.name)) {
            problem(column.name, Msg::new(T::ErrImportFormula));
        }
    }
    if cell("case_reference").trim().is_empty() {
        problem("case_reference", Msg::new(T::ErrImportReferenceRequired));
    }
    let iro_email = cell("iro_email").trim().to_lowercase();
    let iro = if iro_email.is_empty() {
        String::new()
    } else {
        match rules.iros.get(&iro_email) {
            Some(id) => id.to_string(),
            None => {
                problem("iro_email", Msg::new(T::ErrImportIroUnknown));
                String::new()
            }
        }
    };
    let past_reviews = past_review_dates(cell("past_reviews"), rules.today).unwrap_or_else(|msg| {
        problem("past_reviews", msg);
        Vec::new()
    });
    let input = ChildInput {
        preferred_name: cell("preferred_name").to_string(),
        full_name: cell("full_name").to_string(),
        case_reference: cell("case_reference").to_string(),
        date_of_birth: form_date(cell("date_of_birth")),
        preferred_language: language_code(cell("language")),
        communication_needs: cell("communication_needs").to_string(),
        looked_after_since: form_date(cell("looked_after_since")),
        legal_basis: legal_basis_code(cell("legal_basis")),
        placement_type: cell("placement_type").to_string(),
        iro_staff_id: iro,
    };
    let parsed = ChildDetails::parse(&input, rules.today);
    if let Ok(child) = &parsed {
        if past_reviews.first().is_some_and(|first| *first < child.looked_after_since) {
            problems.push(Problem { line, column: "past_reviews".into(), msg: Msg::new(T::ErrBeforeLookedAfter) });
        }
    }
    match parsed {
        Ok(child) if problems.is_empty() => Ok(ImportedChild { child, contacts, past_reviews }),
        Ok(_) => {
            problems = one_per_formula(problems);
            problems.sort_by_key(|p| COLUMNS.iter().position(|c| c.name == p.column));
            Err(problems)
        }
        Err(errors) => {
            for error in errors {
                let column = column_of(&error.field);
                // A formula was named already; the form's rule would only say it again.
                if !problems.iter().any(|p| p.column == column) {
                    problems.push(Problem { line, column: column.to_string(), msg: error.msg });
                }
            }
            problems = one_per_formula(problems);
            problems.sort_by_key(|p| COLUMNS.iter().position(|c| c.name == p.column));
            Err(problems)
        }
    }
}

/// A cell that starts like a formula is named once, as a formula: what else its rule would say
/// of it only repeats the problem.
fn one_per_formula(problems: Vec<Problem>) -> Vec<Problem> {
    let formulas: Vec<String> = problems.iter().filter(|p| p.msg.key == T::ErrImportFormula).map(|p| p.column.clone()).collect();
    problems.into_iter().filter(|p| p.msg.key == T::ErrImportFormula || !formulas.contains(&p.column)).collect()
}

/// A file's problems: the first ones in full (as many as are shown), and how many in all.
#[derive(Clone, Debug, PartialEq)]
pub struct Problems {
    pub first: Vec<Problem>,
    pub total: usize,
}

impl Problems {
    /// Keeps the first problems and counts the rest, so a file wrong on every line costs no
    /// more memory than the list shows.
    pub(crate) fn add(&mut self, problem: Problem) {
        self.total += 1;
        if self.first.len() < MAX_PROBLEMS_SHOWN {
            self.first.push(problem);
        }
    }
}

/// Every row checked, then the file as a whole: a case reference given on two rows is a problem
/// on the second, naming the first. All the children, or every problem.
pub fn check_rows(rows: &[(usize, HashMap<String, String>)], rules: &Rules) -> Result<Vec<ImportedChild>, Problems> {
    let mut children = Vec::with_capacity(rows.len());
    let mut problems = Problems { first: Vec::new(), total: 0 };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, row) in rows {
        match check_row(*line, row, rules) {
            Ok(child) => {
                let reference = child.child.case_reference.clone().unwrap_or_default();
                match seen.get(&reference) {
                    Some(first) => problems.add(Problem {
                        line: *line,
                        column: "case_reference".into(),
                        msg: Msg::new(T::ErrImportReferenceTwice).with("line", first.to_string()),
                    }),
                    None => {
                        seen.insert(reference, *line);
                    }
                }
                children.push(child);
            }
            Err(found) => found.into_iter().for_each(|p| problems.add(p)),
        }
    }
    if problems.total == 0 {
        Ok(children)
    } else {
        Err(problems)
    }
}

/// The sample file offered for download: the header and one example row.
pub fn sample_csv() -> String {
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    let example: Vec<String> =
        COLUMNS.iter().map(|c| if c.example.contains(',') { format!("\"{}\"", c.example) } else { c.example.to_string() }).collect();
    format!("{}\r\n{}\r\n", header.join(","), example.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 08);

    fn row(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        let mut row: HashMap<String, String> = COLUMNS.iter().map(|c| (c.name.to_string(), c.example.to_string())).collect();
        row.insert("iro_email".into(), String::new());
        for (k, v) in pairs {
            row.insert(k.to_string(), v.to_string());
        }
        row
    }

    fn rules(iros: &[(&str, i64)]) -> Rules {
        let headers: Vec<String> = COLUMNS.iter().map(|c| c.name.to_string()).collect();
        Rules {
            iros: iros.iter().map(|(e, id)| (e.to_string(), *id)).collect(),
            today: TODAY,
            present: Present::of(&headers),
            post_enabled: true,
        }
    }

    fn columns_of(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.column.as_str()).collect()
    }

    #[test]
    fn the_sample_row_is_a_good_child() {
        let imported = check_row(2, &row(&[]), &rules(&[])).expect("the sample is clean");
        let child = &imported.child;
        assert_eq!(child.case_reference.as_deref(), Some("WCCIS-123456"));
        assert_eq!(child.date_of_birth, date!(2015 - 12 - 31), "a British date is read day first");
        let places: Vec<(Slot, bool)> = imported.contacts.iter().map(|(s, c)| (*s, c.is_some())).collect();
        assert_eq!(places, [(Slot::Child, false), (Slot::Parent1, true), (Slot::Parent2, false), (Slot::Carer, true)]);
        assert!(sample_csv().starts_with("case_reference,preferred_name,full_name,date_of_birth,"));
    }

    #[test]
    fn headers_missing_unknown_or_twice_are_named() {
        let headers: Vec<String> = ["case_reference", "preferred_name", "date_of_brith", "preferred_name"].map(String::from).to_vec();
        let problems = check_headers(&headers);
        let said: Vec<String> = problems.iter().map(|p| p.msg.args.iter().map(|(_, v)| v.clone()).collect()).collect();
        assert!(said.contains(&"full_name".to_string()) && said.contains(&"date_of_birth".to_string()), "missing: {said:?}");
        assert!(said.contains(&"date_of_brith".to_string()), "unknown: {said:?}");
        assert_eq!(problems.iter().filter(|p| p.msg.key == T::ErrImportColumnTwice).count(), 1);
        assert_eq!(normal_header(" Date Of-Birth "), "date_of_birth");
    }

    #[test]
    fn every_problem_in_a_row_is_listed_against_its_column() {
        let bad = row(&[
            ("case_reference", ""),
            ("preferred_name", "=HYPERLINK(\"http://x\")"),
            ("date_of_birth", "31/02/2015"),
            ("language", "fr"),
            ("legal_basis", "unknown"),
            ("iro_email", "nobody@example.org"),
        ]);
        let problems = check_row(7, &bad, &rules(&[])).expect_err("bad row");
        assert!(problems.iter().all(|p| p.line == 7));
        assert_eq!(columns_of(&problems), ["case_reference", "preferred_name", "date_of_birth", "language", "legal_basis", "iro_email"]);
        assert_eq!(problems[1].msg.key, T::ErrImportFormula, "the formula is named, not a length");
    }

    #[test]
    fn known_iros_languages_and_bases_are_read_as_people_write_them() {
        let child = check_row(
            2,
            &row(&[
                ("iro_email", " IRO@Dyffryn.example "),
                ("language", "Cymraeg"),
                ("legal_basis", "Care_Order"),
                ("case_reference", "wccis-1"),
            ]),
            &rules(&[("iro@dyffryn.example", 12)]),
        )
        .expect("clean")
        .child;
        assert_eq!(child.iro_staff_id, Some(12));
        assert_eq!(child.language, crate::model::Lang::Cy);
        assert_eq!(child.legal_basis, LegalBasis::CareOrder);
        assert_eq!(child.case_reference.as_deref(), Some("WCCIS-1"), "references in one case");
        for (written, code) in
            [("Arabic", "ar"), ("Pwyleg", "pl"), ("tir", "ti"), ("Kurdish (Sorani)", "ckb"), (" ENG ", "en"), ("French", "french")]
        {
            assert_eq!(language_code(written), code, "{written}");
        }
    }

    #[test]
    fn formulas_are_caught_behind_spaces_and_a_list_dash_in_free_text_is_not_one() {
        assert!(is_formula("preferred_name", "  =1+1"));
        assert!(is_formula("preferred_name", "-2"));
        assert!(is_formula("communication_needs", "-2+3"));
        assert!(!is_formula("communication_needs", "- uses symbols"));
        assert!(!is_formula("preferred_name", "Nia"));
        let headers: Vec<String> = (0..=MAX_COLUMNS).map(|n| format!("c{n}")).collect();
        assert_eq!(check_headers(&headers)[0].msg.key, T::ErrImportTooManyColumns);
        let some: Vec<String> = ["case_reference", "iro_email"].map(String::from).to_vec();
        assert_eq!(Present::of(&some), Present { iro_email: true, ..Present::default() });
        let carer_only: Vec<String> = ["case_reference", "carer_email", "parentx"].map(String::from).to_vec();
        assert_eq!(Present::of(&carer_only).contacts, [false, false, false, true]);
    }

    #[test]
    fn a_reference_twice_in_one_file_names_the_first_line() {
        let rows = vec![(2, row(&[("case_reference", "WCCIS-1")])), (3, row(&[("case_reference", "wccis-1")])), (4, row(&[]))];
        let problems = check_rows(&rows, &rules(&[])).expect_err("duplicate").first;
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].msg.key), (3, T::ErrImportReferenceTwice));
        assert_eq!(problems[0].msg.args, vec![("line".to_string(), "2".to_string())]);
        assert_eq!(check_rows(&rows[1..], &rules(&[])).expect("clean").len(), 2);
    }

    #[test]
    fn each_contact_problem_is_named_against_its_own_column() {
        let bad = row(&[
            ("parent1_email", "sian at example"),
            ("parent2_name", "Huw"),
            ("carer_language", "fr"),
            ("child_address", "=cmd"),
            ("carer_email", "=cmd@x"),
        ]);
        let problems = check_row(4, &bad, &rules(&[])).expect_err("bad contacts");
        assert_eq!(columns_of(&problems), ["child_address", "parent1_email", "parent2_email", "carer_language", "carer_email"]);
        assert_eq!(problems[4].msg.key, T::ErrImportFormula, "a formula is named once, not also as a bad email");
        assert_eq!(problems[2].msg.key, T::ErrImportContactHow, "a name with no way to reach them");
        // Letters off: a contact by address alone cannot be sent anything.
        let by_post = row(&[("parent1_email", ""), ("parent1_address", "1 Stryd Fawr")]);
        let problems = check_row(5, &by_post, &Rules { post_enabled: false, ..rules(&[]) }).expect_err("post off");
        assert_eq!((columns_of(&problems), problems[0].msg.key), (vec!["parent1_address"], T::ErrPostDisabled));
        // A group left out of the file is not touched; one with empty cells empties the place.
        let headers: Vec<String> = COLUMNS[..CHILD_COLUMNS].iter().map(|c| c.name.to_string()).chain(["carer_name".to_string()]).collect();
        let only_carer = Rules { present: Present::of(&headers), ..rules(&[]) };
        let imported = check_row(6, &row(&[("carer_name", ""), ("carer_language", ""), ("carer_email", "")]), &only_carer).expect("clean");
        assert_eq!(imported.contacts, vec![(Slot::Carer, None)]);
    }
}
