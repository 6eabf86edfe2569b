//! The form: a child, parent or carer gives their views on the form for them (a child's for their
//! age), saved screen by screen, each answer shared as the child chooses, then checked, sent and
//! added to.

pub mod api;
#[cfg(feature = "ssr")]
pub mod route;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::{Answer, Band, Choice, Question, Sharing, Text};
use crate::domain::reviews::Audience;
use serde::{Deserialize, Serialize};
use time::Date;

/// Where a screen that takes recordings and drawings is sent (a multipart form).
pub const SAVE_WITH_FILES: &str = "/form/save";

/// One screen of the form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepPage {
    pub step: i64,
    /// Names this screen's copy kept on the device while offline.
    pub draft_key: String,
    pub steps: i64,
    pub band: Band,
    pub audience: Audience,
    /// Which section this screen belongs to, and every section's symbol and title (the progress
    /// pictures).
    pub section: usize,
    pub sections: Vec<(String, Text)>,
    pub questions: Vec<Question>,
    pub answers: Vec<Answer>,
    /// The recordings and drawings already given on this screen.
    pub media: Vec<crate::features::media::Given>,
}

/// An answer as shown back to the child (check screen and receipt).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaidItem {
    pub question_id: String,
    pub section_id: String,
    pub symbol: String,
    pub question: Text,
    pub choices: Vec<Choice>,
    pub words: String,
    pub sharing: Sharing,
    pub shareable: bool,
    /// A recording or drawing given with it.
    pub media: Vec<crate::features::media::MediaKind>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaidAddition {
    pub words: String,
    pub sharing: Sharing,
    pub added_on: Date,
}

/// The check before sending, and the receipt after.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SaidPage {
    pub band: Band,
    pub audience: Audience,
    pub items: Vec<SaidItem>,
    pub additions: Vec<SaidAddition>,
    pub submitted: bool,
    /// The IRO has opened the pack since this was sent.
    pub read: bool,
    /// The meeting's date once the IRO has confirmed it.
    pub meeting_on: Option<Date>,
    pub report_deadline: Date,
    pub can_add: bool,
    pub advocacy_reference: Option<String>,
    /// The form's last screen, for "back" from the check.
    pub advocacy_path: String,
}
