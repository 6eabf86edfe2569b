//! Importing staff from the council's directory: the staff file's columns, and every check of
//! every row before anything is written. A member is found by email, so importing again
//! updates names, roles and who is active, and never adds anyone twice. New members have no
//! password: they sign in through the council (see `features::council_sign_in`), so a new
//! member's address must be at the domain council sign-in vouches for.

use crate::domain::import::{Problem, Problems, MAX_COLUMNS};
use crate::domain::staff::{EmailAddress, PersonName};
use crate::model::{Msg, Role, T};
use std::collections::HashMap;

/// One column of the staff file: its header, whether every row needs it, what it holds and an
/// example (for the import page and the sample file).
pub use crate::domain::import::Column;

/// The staff file's columns, in the sample file's order.
pub const STAFF_COLUMNS: [Column; 4] = [
    Column { name: "email", required: true, about: T::ImportColStaffEmail, example: "iro@council.gov.wales" },
    Column { name: "name", required: true, about: T::ImportColStaffName, example: "Rhian Evans" },
    Column { name: "role", required: true, about: T::ImportColStaffRole, example: "iro" },
    Column { name: "active", required: false, about: T::ImportColStaffActive, example: "yes" },
];

/// Whether a file's headers are the staff file's: it has `email` and `role`, and none of the
/// children file's own columns.
pub fn is_staff_file(headers: &[String]) -> bool {
    let has = |name: &str| headers.iter().any(|h| h == name);
    has("email") && has("role") && !has("case_reference") && !has("preferred_name")
}

/// The staff file's header problems: each required column missing, each unknown, each twice.
pub fn check_staff_headers(headers: &[String]) -> Vec<Problem> {
    if headers.len() > MAX_COLUMNS {
        return vec![Problem::file(Msg::new(T::ErrImportTooManyColumns).with("max", MAX_COLUMNS.to_string()))];
    }
    let mut problems = Vec::new();
    for column in STAFF_COLUMNS.iter().filter(|c| c.required) {
        if !headers.iter().any(|h| h == column.name) {
            problems.push(Problem::file(Msg::new(T::ErrImportColumnMissing).with("column", column.name)));
        }
    }
    for (i, header) in headers.iter().enumerate() {
        if !STAFF_COLUMNS.iter().any(|c| c.name == header) {
            problems.push(Problem::file(Msg::new(T::ErrImportColumnUnknown).with("column", header.clone())));
        } else if headers[..i].contains(header) {
            problems.push(Problem::file(Msg::new(T::ErrImportColumnTwice).with("column", header.clone())));
        }
    }
    problems
}

/// A member of this council as stored, for the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub role: Role,
    pub active: bool,
}

/// What the rows are checked against.
#[derive(Clone, Debug, Default)]
pub struct StaffRules {
    /// This council's members by lower-cased email.
    pub members: HashMap<String, Member>,
    /// Addresses other councils' members use (an address is one account's).
    pub elsewhere: std::collections::HashSet<String>,
    /// Whoever is importing: their own account is not changed by a file.
    pub importer_email: String,
    /// The domain council sign-in vouches for, if it is on: where new members' addresses must be.
    pub council_domain: Option<String>,
}

/// One row, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedMember {
    pub email: EmailAddress,
    pub name: PersonName,
    pub role: Role,
    pub active: bool,
    /// Not yet a member of this council.
    pub new: bool,
}

/// A role as a directory export writes it: its code (`business_support`), or its English or
/// Welsh name, in any case, with spaces or hyphens.
fn role_of(value: &str) -> Option<Role> {
    let typed = value.trim().to_lowercase().replace([' ', '-'], "_");
    Role::parse(&typed).or(match typed.as_str() {
        "independent_reviewing_officer" | "swyddog_adolygu_annibynnol" => Some(Role::Iro),
        "business_support_officer" | "cymorth_busnes" => Some(Role::BusinessSupport),
        "team_manager" | "rheolwr" => Some(Role::Manager),
        "administrator" | "gweinyddwr" => Some(Role::Admin),
        _ => None,
    })
}

/// `active`: blank is yes (a directory lists its current staff).
fn active_of(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "" | "yes" | "y" | "true" | "1" | "ie" | "active" => Some(true),
        "no" | "n" | "false" | "0" | "na" | "inactive" | "left" => Some(false),
        _ => None,
    }
}

/// A cell a spreadsheet would run as a formula.
fn is_formula(value: &str) -> bool {
    matches!(value.trim_start().chars().next(), Some('=' | '+' | '-' | '@'))
}

/// Checks one row, or gives every problem in it.
pub fn check_staff_row(line: usize, row: &HashMap<String, String>, rules: &StaffRules) -> Result<ImportedMember, Vec<Problem>> {
    let cell = |name: &str| row.get(name).map(String::as_str).unwrap_or_default();
    let mut problems = Vec::new();
    let mut problem = |column: &str, key: T| problems.push(Problem { line, column: column.to_string(), msg: Msg::new(key) });
    for column in STAFF_COLUMNS {
        if is_formula(cell(column.name)) {
            problem(column.name, T::ErrImportFormula);
        }
    }
    let email = EmailAddress::parse(cell("email")).map_err(|key| problem("email", key)).ok();
    let name = PersonName::parse(cell("name")).map_err(|key| problem("name", key)).ok();
    let role = role_of(cell("role"));
    if role.is_none() && !is_formula(cell("role")) {
        problem("role", T::ErrImportStaffRole);
    }
    let active = active_of(cell("active"));
    if active.is_none() && !is_formula(cell("active")) {
        problem("active", T::ErrImportStaffActive);
    }
    let mut new = false;
    if let Some(email) = &email {
        let stored = rules.members.get(email.as_str());
        new = stored.is_none();
        if rules.elsewhere.contains(email.as_str()) {
            problem("email", T::ErrEmailTaken);
        } else if email.as_str() == rules.importer_email {
            // One's own account changes by hand, never by a file (no admin locks themselves out).
            let same = stored.is_some_and(|s| Some(s.role) == role && Some(s.active) == active);
            if !same {
                problem("email", T::ErrImportStaffYourself);
            }
        } else if new && rules.council_domain.as_deref() != Some(email.domain()) {
            problem("email", T::ErrImportStaffNeedsCouncilSignIn);
        }
    }
    match (email, name, role, active) {
        (Some(email), Some(name), Some(role), Some(active)) if problems.is_empty() => Ok(ImportedMember { email, name, role, active, new }),
        _ => {
            // A formula is named once, as a formula.
            let formulas: Vec<String> = problems.iter().filter(|p| p.msg.key == T::ErrImportFormula).map(|p| p.column.clone()).collect();
            problems.retain(|p| p.msg.key == T::ErrImportFormula || !formulas.contains(&p.column));
            problems.dedup_by(|a, b| a.column == b.column && a.msg == b.msg);
            Err(problems)
        }
    }
}

/// Every row checked, then the file as a whole (an address on two rows is a problem on the
/// second, naming the first). All the members, or every problem.
pub fn check_staff_rows(rows: &[(usize, HashMap<String, String>)], rules: &StaffRules) -> Result<Vec<ImportedMember>, Problems> {
    let mut members = Vec::with_capacity(rows.len());
    let mut problems = Problems { first: Vec::new(), total: 0 };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, row) in rows {
        // An address on two rows is named whatever else is wrong with either.
        if let Some(email) = row.get("email").and_then(|cell| EmailAddress::parse(cell).ok()) {
            match seen.get(email.as_str()) {
                Some(first) => problems.add(Problem {
                    line: *line,
                    column: "email".into(),
                    msg: Msg::new(T::ErrImportStaffTwice).with("line", first.to_string()),
                }),
                None => {
                    seen.insert(email.as_str().to_string(), *line);
                }
            }
        }
        match check_staff_row(*line, row, rules) {
            Ok(member) => members.push(member),
            Err(found) => found.into_iter().for_each(|p| problems.add(p)),
        }
    }
    if problems.total == 0 {
        Ok(members)
    } else {
        Err(problems)
    }
}

/// The sample staff file offered for download.
pub fn sample_staff_csv() -> String {
    let header: Vec<&str> = STAFF_COLUMNS.iter().map(|c| c.name).collect();
    let example: Vec<&str> = STAFF_COLUMNS.iter().map(|c| c.example).collect();
    format!("{}\r\n{}\r\n", header.join(","), example.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[(&str, &str)]) -> HashMap<String, String> {
        cells.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn rules() -> StaffRules {
        let mut members = HashMap::new();
        members.insert("admin@dyffryn.gov.uk".into(), Member { role: Role::Admin, active: true });
        members.insert("iro@dyffryn.gov.uk".into(), Member { role: Role::Iro, active: true });
        StaffRules {
            members,
            elsewhere: ["someone@glannau.gov.uk".to_string()].into(),
            importer_email: "admin@dyffryn.gov.uk".into(),
            council_domain: Some("dyffryn.gov.uk".into()),
        }
    }

    #[test]
    fn a_staff_file_is_told_by_its_headers() {
        let headers = |h: &[&str]| h.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(is_staff_file(&headers(&["email", "name", "role"])));
        assert!(!is_staff_file(&headers(&["case_reference", "email", "role"])));
        assert!(!is_staff_file(&headers(&["email", "name"])));
        let problems = check_staff_headers(&headers(&["email", "role", "team", "role"]));
        let keys: Vec<T> = problems.iter().map(|p| p.msg.key).collect();
        assert_eq!(keys, vec![T::ErrImportColumnMissing, T::ErrImportColumnUnknown, T::ErrImportColumnTwice]);
    }

    #[test]
    fn rows_become_members_by_email() {
        let added = check_staff_row(
            2,
            &row(&[("email", " New.IRO@Dyffryn.gov.uk "), ("name", "Rhian Evans"), ("role", "Independent Reviewing Officer")]),
            &rules(),
        );
        let added = added.expect("clean");
        assert_eq!((added.email.as_str(), added.role, added.active, added.new), ("new.iro@dyffryn.gov.uk", Role::Iro, true, true));
        let updated =
            check_staff_row(3, &row(&[("email", "iro@dyffryn.gov.uk"), ("name", "Iolo"), ("role", "manager"), ("active", "no")]), &rules());
        let updated = updated.expect("clean");
        assert_eq!((updated.role, updated.active, updated.new), (Role::Manager, false, false));
        let welsh = check_staff_row(
            4,
            &row(&[("email", "cb@dyffryn.gov.uk"), ("name", "Cai"), ("role", "Cymorth busnes"), ("active", "ie")]),
            &rules(),
        );
        assert_eq!(welsh.map(|m| m.role), Ok(Role::BusinessSupport));
    }

    #[test]
    fn every_problem_of_a_row_is_named_against_its_column() {
        let problems =
            check_staff_row(5, &row(&[("email", "not an address"), ("name", ""), ("role", "boss"), ("active", "maybe")]), &rules())
                .expect_err("wrong");
        let found: Vec<(&str, T)> = problems.iter().map(|p| (p.column.as_str(), p.msg.key)).collect();
        assert_eq!(
            found,
            vec![
                ("email", T::ErrEmailInvalid),
                ("name", T::ErrNameRequired),
                ("role", T::ErrImportStaffRole),
                ("active", T::ErrImportStaffActive)
            ]
        );
        assert!(problems.iter().all(|p| p.line == 5));
        let formula =
            check_staff_row(6, &row(&[("email", "=HYPERLINK(1)"), ("name", "A"), ("role", "iro")]), &rules()).expect_err("formula");
        assert_eq!(formula.iter().map(|p| p.msg.key).collect::<Vec<_>>(), vec![T::ErrImportFormula]);
    }

    #[test]
    fn addresses_elsewhere_ones_own_and_new_ones_outside_the_domain_are_refused() {
        let r = rules();
        let check = |email: &str, role: &str| check_staff_row(2, &row(&[("email", email), ("name", "A Person"), ("role", role)]), &r);
        assert_eq!(check("someone@glannau.gov.uk", "iro").map_err(|p| p[0].msg.key), Err(T::ErrEmailTaken));
        assert_eq!(check("admin@dyffryn.gov.uk", "iro").map_err(|p| p[0].msg.key), Err(T::ErrImportStaffYourself));
        assert!(check("admin@dyffryn.gov.uk", "admin").is_ok(), "one's own row unchanged is fine");
        assert_eq!(check("new@gmail.com", "iro").map_err(|p| p[0].msg.key), Err(T::ErrImportStaffNeedsCouncilSignIn));
        let off = StaffRules { council_domain: None, ..rules() };
        let new = check_staff_row(2, &row(&[("email", "new@dyffryn.gov.uk"), ("name", "A"), ("role", "iro")]), &off);
        assert_eq!(new.map_err(|p| p[0].msg.key), Err(T::ErrImportStaffNeedsCouncilSignIn), "no council sign-in: no new members");
        let existing = check_staff_row(2, &row(&[("email", "iro@dyffryn.gov.uk"), ("name", "A"), ("role", "iro")]), &off);
        assert!(existing.is_ok(), "existing members are updated without it");
    }

    #[test]
    fn an_address_twice_is_a_problem_on_the_second_row() {
        let rows = vec![
            (2, row(&[("email", "a@dyffryn.gov.uk"), ("name", "A"), ("role", "iro")])),
            (3, row(&[("email", "A@dyffryn.gov.uk"), ("name", "B"), ("role", "iro")])),
        ];
        let problems = check_staff_rows(&rows, &rules()).expect_err("twice");
        assert_eq!(problems.total, 1);
        assert_eq!((problems.first[0].line, problems.first[0].msg.key), (3, T::ErrImportStaffTwice));
    }
}
