//! Server functions for consultations (children, parents, carers): thin, each calls `server::consultations`.

use crate::domain::forms::{Answer, Band, Choice, MessageKind, Question, Sharing, Text};
use crate::domain::reviews::Audience;
use crate::model::Go;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
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

#[server(endpoint = "child_status")]
pub async fn load_child_status() -> Result<Option<ChildStatus>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::status().await.or_sfn()
}

#[server(endpoint = "form_resume")]
pub async fn form_resume() -> Result<String, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::resume().await.or_sfn()
}

#[server(endpoint = "form_step")]
pub async fn form_step(step: i64) -> Result<Go<StepPage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::step_page(step).await.or_sfn()
}

#[cfg(feature = "ssr")]
fn fields_as_values(fields: &HashMap<String, String>) -> Vec<(String, String)> {
    fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// Saves one screen (a plain form post; `a[...]` holds the answers) and moves on. `scripted` is
/// "1" when the page's script ran (the form keeper sets it), so a post counts as sent without
/// JavaScript only when none ran.
#[server(endpoint = "save_step")]
pub async fn save_step(
    step: i64,
    go: Option<String>,
    a: Option<HashMap<String, String>>,
    scripted: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::server::db::consultations::SavedBy;
    let fields = a.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let by = if scripted.as_deref() == Some("1") { SavedBy::Script } else { SavedBy::Form };
    let result = crate::server::consultations::save_step(step, go.as_deref().unwrap_or("next"), &fields, lang, by).await;
    let back = format!("/form/screen/{step}");
    crate::server::forms::finish("consult", &back, fields_as_values(&fields), result).await
}

/// Saving as the child types (the form keeper island): "" when kept, or where to go now (the
/// help page, when they said they don't feel safe).
#[server(endpoint = "autosave")]
pub async fn autosave(step: i64, a: Option<HashMap<String, String>>) -> Result<String, ServerFnError> {
    use crate::server::error::OrServerFnError;
    let lang = crate::server::security::request_lang();
    crate::server::consultations::autosave(step, &a.unwrap_or_default(), lang).await.or_sfn()
}

#[server(endpoint = "advocacy_page")]
pub async fn load_advocacy() -> Result<Go<AdvocacyPage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::advocacy_page().await.or_sfn()
}

#[server(endpoint = "advocacy_choice")]
pub async fn advocacy_choice(choice: Option<String>) -> Result<(), ServerFnError> {
    let result = crate::server::consultations::advocacy(choice.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("advocacy", "/form/advocate", Vec::new(), result).await
}

#[server(endpoint = "said_page")]
pub async fn load_said() -> Result<Go<SaidPage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::said_page().await.or_sfn()
}

/// The check screen: change who may see each answer, and send (`send` present) or just save.
#[server(endpoint = "check_answers")]
pub async fn check_answers(send: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::server::consultations::check(&fields, send.is_some()).await;
    crate::server::forms::finish("check", "/form/check", Vec::new(), result).await
}

#[server(endpoint = "add_more")]
pub async fn add_more(more: Option<String>, sharing: Option<String>) -> Result<(), ServerFnError> {
    let more = more.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let result = crate::server::consultations::add_more(&more, sharing.as_deref().unwrap_or(""), lang).await;
    crate::server::forms::finish("add_more", "/form/done", vec![("more".into(), more)], result).await
}

#[server(endpoint = "safe_page")]
pub async fn load_safe() -> Result<SafePage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::safe_page().await.or_sfn()
}

#[server(endpoint = "not_safe")]
pub async fn not_safe(back: Option<String>) -> Result<(), ServerFnError> {
    let result = crate::server::consultations::not_safe(back.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("safe", "/help-now", Vec::new(), result).await
}

/// The child makes their secret: `kind` is "pictures" (`a[pic_<name>]` ticked) or "phrase"
/// (`a[phrase]`, `a[phrase_again]`).
#[server(endpoint = "set_secret")]
pub async fn set_secret(kind: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::server::consultations::set_secret(kind.as_deref().unwrap_or(""), &fields).await;
    crate::server::forms::finish("secret", "/secret", Vec::new(), result).await
}

#[server(endpoint = "unlock")]
pub async fn unlock(a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::server::consultations::unlock(&fields).await;
    crate::server::forms::finish("unlock", "/unlock", Vec::new(), result).await
}

/// Read-aloud was used on a child screen (counted for reports; nothing about what was played).
#[server(endpoint = "read_aloud_used")]
pub async fn read_aloud_used() -> Result<(), ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::read_aloud_used().await.or_sfn()
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

#[server(endpoint = "acknowledge_alert")]
pub async fn acknowledge_alert(alert_id: i64) -> Result<(), ServerFnError> {
    let result = crate::server::consultations::acknowledge(alert_id).await;
    crate::server::forms::finish("alerts", "/staff", Vec::new(), result).await
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

#[server(endpoint = "load_messages")]
pub async fn load_messages() -> Result<Go<MessagePage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::message_page().await.or_sfn()
}

#[server(endpoint = "send_message")]
pub async fn send_message(kind: Option<String>, words: Option<String>) -> Result<(), ServerFnError> {
    let words = words.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let kind = kind.unwrap_or_default();
    let result = crate::server::consultations::send_message(&kind, &words, lang).await;
    crate::server::forms::finish("message", "/message", vec![("words".into(), words), ("kind".into(), kind)], result).await
}

/// Opens one message for its child's IRO: audited, and the child then sees it was read.
#[server(endpoint = "read_message")]
pub async fn read_message(id: i64) -> Result<IroMessage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::read_message(id).await.or_sfn()
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
    pub undelivered: Vec<crate::api::outbox::Undelivered>,
}

#[server(endpoint = "load_iro_attention")]
pub async fn load_iro_attention() -> Result<IroAttention, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::consultations::iro_attention().await.or_sfn()
}
