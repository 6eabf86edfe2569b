//! What a page shows once after a form is sent (errors and the values typed, or a notice), and
//! where a page sends its visitor instead of showing itself.

use super::T;
use serde::{Deserialize, Serialize};

/// A message to show, by key, translated when it is rendered (`Msg::text`, in `i18n`).
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

/// A page either shows its data or sends the visitor somewhere else first (not signed in, secret
/// not given, form already sent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Go<T> {
    To(String),
    Show(T),
}
