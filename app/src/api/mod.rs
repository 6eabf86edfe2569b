//! Server functions (thin: authorise, call a service, map the error) and the types they exchange.
//!
//! Every mutation is a plain HTML form posting here, so it works before (or without) WebAssembly.

pub mod account;
pub mod audit;
pub mod children;
pub mod consult;
pub mod cover;
pub mod entry;
pub mod outbox;
pub mod outcome;
pub mod pack;
pub mod pages;
pub mod reports;
pub mod reviews;
pub mod session;
pub mod settings;
pub mod staff;

use crate::domain::staff::Role;
use crate::i18n::{Lang, T};
use serde::{Deserialize, Serialize};

/// The signed-in member of staff, resolved once per request from the session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub staff_id: i64,
    pub authority_id: i64,
    pub role: Role,
    pub display_name: String,
    pub authority_en: String,
    pub authority_cy: String,
}

impl Viewer {
    pub fn authority_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.authority_en,
            Lang::Cy => &self.authority_cy,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub active: bool,
}

/// A child as listed for staff of their authority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildRow {
    pub id: i64,
    pub preferred_name: String,
    pub full_name: String,
    pub age: i32,
    pub language: Lang,
    pub band: crate::domain::children::AgeBand,
    pub iro_name: Option<String>,
}

/// What the add or edit form for a child needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildFormData {
    pub input: crate::domain::children::ChildInput,
    /// Active IROs of the authority: (staff id, name).
    pub iros: Vec<(i64, String)>,
}

/// A message to show, by key, translated when it is rendered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub key: T,
    pub args: Vec<(String, String)>,
    /// Dates are kept as dates and written out in the language the message is shown in.
    #[serde(default)]
    pub dates: Vec<(String, time::Date)>,
}

impl Msg {
    pub fn new(key: T) -> Msg {
        Msg { key, args: Vec::new(), dates: Vec::new() }
    }

    pub fn with(mut self, name: &str, value: impl Into<String>) -> Msg {
        self.args.push((name.to_string(), value.into()));
        self
    }

    pub fn with_date(mut self, name: &str, date: time::Date) -> Msg {
        self.dates.push((name.to_string(), date));
        self
    }

    pub fn text(&self, lang: Lang) -> String {
        let dates: Vec<(String, String)> = self.dates.iter().map(|(n, d)| (n.clone(), crate::i18n::long_date(*d, lang))).collect();
        let args: Vec<(&str, &str)> = self.args.iter().chain(dates.iter()).map(|(n, v)| (n.as_str(), v.as_str())).collect();
        self.key.fill(lang, &args)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's name, or empty for an error about the whole form.
    pub field: String,
    pub msg: Msg,
}

impl FieldError {
    pub fn general(key: T) -> FieldError {
        FieldError { field: String::new(), msg: Msg::new(key) }
    }
}

/// What a page shows once after a form post: errors with the values typed, or a notice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    pub form: String,
    pub errors: Vec<FieldError>,
    pub values: Vec<(String, String)>,
    pub notice: Option<Msg>,
}

impl Flash {
    pub fn value(&self, field: &str) -> Option<String> {
        self.values.iter().find(|(name, _)| name == field).map(|(_, v)| v.clone())
    }

    pub fn error(&self, field: &str) -> Option<&Msg> {
        self.errors.iter().find(|e| e.field == field).map(|e| &e.msg)
    }
}
