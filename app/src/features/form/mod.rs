//! Server functions for consultations (children, parents, carers): thin, each calls `server::consultations`.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::{Answer, Band, Choice, MessageKind, Question, Sharing, Text};
use crate::domain::reviews::Audience;
use serde::{Deserialize, Serialize};
use time::Date;

/// Where a signed-in child stands, for the screens before the form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildStatus {
    pub audience: Audience,
    pub first_name: String,
    pub has_secret: bool,
    pub picture_secret: bool,
    pub unlocked: bool,
    pub locked: bool,
    pub band: Band,
}

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
}

/// The active offer of advocacy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyPage {
    pub band: Band,
    pub audience: Audience,
    pub provider: String,
    pub provider_phone: String,
    pub choice: Option<String>,
    pub reference: Option<String>,
    pub back: String,
    /// Where "next" goes once they have answered: the check, the receipt, or (opened half way
    /// through) back to their screen.
    pub next: String,
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

/// After "I don't feel safe": who to call, and who has been told.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SafePage {
    pub signed_in: bool,
    pub duty_name: String,
    pub duty_phone: String,
}

/// An urgent alert on the IRO's home: who, and when (never what else they said).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlertLine {
    pub id: i64,
    pub child_id: i64,
    pub child_name: String,
    pub raised_on: Date,
    pub raised_time: String,
}

/// A message the child sent, as they see it back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentMessageView {
    pub kind: MessageKind,
    pub words: String,
    pub sent_on: Date,
    pub read: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessagePage {
    pub band: Band,
    pub sent: Vec<SentMessageView>,
}

/// A child's message on the IRO's home: who, what about, when (the words are one click away,
/// and that click is audited).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IroMessageLine {
    pub id: i64,
    pub child_id: i64,
    pub child_name: String,
    pub kind: MessageKind,
    pub sent_on: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IroMessage {
    pub child_id: i64,
    pub child_name: String,
    pub kind: MessageKind,
    pub words: String,
    pub language: crate::i18n::Lang,
    pub sent_on: Date,
}

/// A child's request for an advocate, on their IRO's home.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyLine {
    pub child_id: i64,
    pub child_name: String,
    pub reference: String,
    pub asked_on: Date,
    /// The child, or one of their parents.
    pub audience: Audience,
}

/// What needs the IRO's attention first on their home: urgent alerts, children's messages, and
/// requests for an advocate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IroAttention {
    pub alerts: Vec<AlertLine>,
    pub messages: Vec<IroMessageLine>,
    pub advocacy: Vec<AdvocacyLine>,
    /// Alerts, messages and referrals about their children that email has not delivered yet.
    pub undelivered: Vec<crate::features::admin::Undelivered>,
}
