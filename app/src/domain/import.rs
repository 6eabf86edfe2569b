//! Importing children from the council's case system: the columns, and every check of every
//! row before anything is written. Rows arrive already split into cells (the server reads the
//! file); each becomes the same `ChildInput` the add-child form makes, so an imported child
//! passes exactly the form's rules, plus the import's own: a case reference on every row, once
//! per file, no spreadsheet formulas, and an IRO named by an email this council knows.

use crate::domain::children::{format_form_date, ChildDetails, ChildInput, LegalBasis};
use crate::domain::worklist::parse_typed_date;
use crate::model::{Msg, T};
use std::collections::HashMap;
use time::Date;

/// The biggest file taken: 10,000 children with every column fits in a fifth of it.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The most children in one file: a council's whole caseload, several times over.
pub const MAX_ROWS: usize = 20_000;

/// The most columns a file may have: ten are known; more is a different file.
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

/// The children file's columns, in the sample file's order.
pub const COLUMNS: [Column; 10] = [
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
];

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
const FREE_TEXT: [&str; 2] = ["communication_needs", "placement_type"];

/// A cell a spreadsheet would run as a formula when the file is opened again (spaces before
/// the sign do not stop it). In free text a dash followed by a space is a list, not a sum.
fn is_formula(column: &str, value: &str) -> bool {
    let mut chars = value.trim_start().chars();
    match chars.next() {
        Some('=' | '+' | '@') => true,
        Some('-') => !(FREE_TEXT.contains(&column) && chars.next().is_some_and(char::is_whitespace)),
        _ => false,
    }
}

/// The optional columns a file has: importing again changes only those, so a file without
/// `iro_email` leaves every child's IRO as it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Present {
    pub placement_type: bool,
    pub iro_email: bool,
    pub communication_needs: bool,
}

impl Present {
    pub fn of(headers: &[String]) -> Present {
        let has = |name: &str| headers.iter().any(|h| h == name);
        Present { placement_type: has("placement_type"), iro_email: has("iro_email"), communication_needs: has("communication_needs") }
    }
}

fn language_code(value: &str) -> String {
    match value.trim().to_lowercase().as_str() {
        "cy" | "cym" | "welsh" | "cymraeg" => "cy".into(),
        "en" | "eng" | "english" | "saesneg" | "saesneg/english" => "en".into(),
        other => other.to_string(),
    }
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

/// Checks one row (`line` as the spreadsheet numbers it) and gives the child it describes, or
/// every problem in it. `iros` maps this council's IROs' lower-cased emails to their ids.
pub fn check_row(
    line: usize,
    row: &HashMap<String, String>,
    iros: &HashMap<String, i64>,
    today: Date,
) -> Result<ChildDetails, Vec<Problem>> {
    let cell = |name: &str| row.get(name).map(String::as_str).unwrap_or_default();
    let mut problems = Vec::new();
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
        match iros.get(&iro_email) {
            Some(id) => id.to_string(),
            None => {
                problem("iro_email", Msg::new(T::ErrImportIroUnknown));
                String::new()
            }
        }
    };
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
    match ChildDetails::parse(&input, today) {
        Ok(child) if problems.is_empty() => Ok(child),
        Ok(_) => Err(problems),
        Err(errors) => {
            for error in errors {
                let column = column_of(&error.field);
                // A formula was named already; the form's rule would only say it again.
                if !problems.iter().any(|p| p.column == column) {
                    problems.push(Problem { line, column: column.to_string(), msg: error.msg });
                }
            }
            problems.sort_by_key(|p| COLUMNS.iter().position(|c| c.name == p.column));
            Err(problems)
        }
    }
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
    fn add(&mut self, problem: Problem) {
        self.total += 1;
        if self.first.len() < MAX_PROBLEMS_SHOWN {
            self.first.push(problem);
        }
    }
}

/// Every row checked, then the file as a whole: a case reference given on two rows is a problem
/// on the second, naming the first. All the children, or every problem.
pub fn check_rows(
    rows: &[(usize, HashMap<String, String>)],
    iros: &HashMap<String, i64>,
    today: Date,
) -> Result<Vec<ChildDetails>, Problems> {
    let mut children = Vec::with_capacity(rows.len());
    let mut problems = Problems { first: Vec::new(), total: 0 };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, row) in rows {
        match check_row(*line, row, iros, today) {
            Ok(child) => {
                let reference = child.case_reference.clone().unwrap_or_default();
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
    let example: Vec<&str> = COLUMNS.iter().map(|c| c.example).collect();
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

    fn columns_of(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.column.as_str()).collect()
    }

    #[test]
    fn the_sample_row_is_a_good_child() {
        let child = check_row(2, &row(&[]), &HashMap::new(), TODAY).expect("the sample is clean");
        assert_eq!(child.case_reference.as_deref(), Some("WCCIS-123456"));
        assert_eq!(child.date_of_birth, date!(2015 - 12 - 31), "a British date is read day first");
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
        let problems = check_row(7, &bad, &HashMap::new(), TODAY).expect_err("bad row");
        assert!(problems.iter().all(|p| p.line == 7));
        assert_eq!(columns_of(&problems), ["case_reference", "preferred_name", "date_of_birth", "language", "legal_basis", "iro_email"]);
        assert_eq!(problems[1].msg.key, T::ErrImportFormula, "the formula is named, not a length");
    }

    #[test]
    fn known_iros_languages_and_bases_are_read_as_people_write_them() {
        let iros = HashMap::from([("iro@dyffryn.example".to_string(), 12_i64)]);
        let child = check_row(
            2,
            &row(&[
                ("iro_email", " IRO@Dyffryn.example "),
                ("language", "Cymraeg"),
                ("legal_basis", "Care_Order"),
                ("case_reference", "wccis-1"),
            ]),
            &iros,
            TODAY,
        )
        .expect("clean");
        assert_eq!(child.iro_staff_id, Some(12));
        assert_eq!(child.language, crate::model::Lang::Cy);
        assert_eq!(child.legal_basis, LegalBasis::CareOrder);
        assert_eq!(child.case_reference.as_deref(), Some("WCCIS-1"), "references in one case");
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
    }

    #[test]
    fn a_reference_twice_in_one_file_names_the_first_line() {
        let rows = vec![(2, row(&[("case_reference", "WCCIS-1")])), (3, row(&[("case_reference", "wccis-1")])), (4, row(&[]))];
        let problems = check_rows(&rows, &HashMap::new(), TODAY).expect_err("duplicate").first;
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].msg.key), (3, T::ErrImportReferenceTwice));
        assert_eq!(problems[0].msg.args, vec![("line".to_string(), "2".to_string())]);
        assert_eq!(check_rows(&rows[1..], &HashMap::new(), TODAY).expect("clean").len(), 2);
    }
}
