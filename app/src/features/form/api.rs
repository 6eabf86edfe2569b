//! Server functions for consultations (children, parents, carers): thin, each calls `server::consultations`.

use crate::model::Go;
use leptos::prelude::*;
use std::collections::HashMap;
use super::*;

#[server(endpoint = "child_status")]
pub async fn load_child_status() -> Result<Option<ChildStatus>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::status().await.or_sfn()
}

#[server(endpoint = "form_resume")]
pub async fn form_resume() -> Result<String, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::resume().await.or_sfn()
}

#[server(endpoint = "form_step")]
pub async fn form_step(step: i64) -> Result<Go<StepPage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::step_page(step).await.or_sfn()
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
    use crate::features::form::store::SavedBy;
    let fields = a.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let by = if scripted.as_deref() == Some("1") { SavedBy::Script } else { SavedBy::Form };
    let result = crate::features::form::service::save_step(step, go.as_deref().unwrap_or("next"), &fields, lang, by).await;
    let back = format!("/form/screen/{step}");
    crate::server::forms::finish("consult", &back, fields_as_values(&fields), result).await
}

/// Saving as the child types (the form keeper island): "" when kept, or where to go now (the
/// help page, when they said they don't feel safe).
#[server(endpoint = "autosave")]
pub async fn autosave(step: i64, a: Option<HashMap<String, String>>) -> Result<String, ServerFnError> {
    use crate::server::error::OrServerFnError;
    let lang = crate::server::security::request_lang();
    crate::features::form::service::autosave(step, &a.unwrap_or_default(), lang).await.or_sfn()
}

#[server(endpoint = "advocacy_page")]
pub async fn load_advocacy() -> Result<Go<AdvocacyPage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::advocacy_page().await.or_sfn()
}

#[server(endpoint = "advocacy_choice")]
pub async fn advocacy_choice(choice: Option<String>) -> Result<(), ServerFnError> {
    let result = crate::features::form::service::advocacy(choice.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("advocacy", "/form/advocate", Vec::new(), result).await
}

#[server(endpoint = "said_page")]
pub async fn load_said() -> Result<Go<SaidPage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::said_page().await.or_sfn()
}

/// The check screen: change who may see each answer, and send (`send` present) or just save.
#[server(endpoint = "check_answers")]
pub async fn check_answers(send: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::features::form::service::check(&fields, send.is_some()).await;
    crate::server::forms::finish("check", "/form/check", Vec::new(), result).await
}

#[server(endpoint = "add_more")]
pub async fn add_more(more: Option<String>, sharing: Option<String>) -> Result<(), ServerFnError> {
    let more = more.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let result = crate::features::form::service::add_more(&more, sharing.as_deref().unwrap_or(""), lang).await;
    crate::server::forms::finish("add_more", "/form/done", vec![("more".into(), more)], result).await
}

#[server(endpoint = "safe_page")]
pub async fn load_safe() -> Result<SafePage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::safe_page().await.or_sfn()
}

#[server(endpoint = "not_safe")]
pub async fn not_safe(back: Option<String>) -> Result<(), ServerFnError> {
    let result = crate::features::form::service::not_safe(back.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("safe", "/help-now", Vec::new(), result).await
}

/// The child makes their secret: `kind` is "pictures" (`a[pic_<name>]` ticked) or "phrase"
/// (`a[phrase]`, `a[phrase_again]`).
#[server(endpoint = "set_secret")]
pub async fn set_secret(kind: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::features::form::service::set_secret(kind.as_deref().unwrap_or(""), &fields).await;
    crate::server::forms::finish("secret", "/secret", Vec::new(), result).await
}

#[server(endpoint = "unlock")]
pub async fn unlock(a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::features::form::service::unlock(&fields).await;
    crate::server::forms::finish("unlock", "/unlock", Vec::new(), result).await
}

/// Read-aloud was used on a child screen (counted for reports; nothing about what was played).
#[server(endpoint = "read_aloud_used")]
pub async fn read_aloud_used() -> Result<(), ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::read_aloud_used().await.or_sfn()
}

#[server(endpoint = "acknowledge_alert")]
pub async fn acknowledge_alert(alert_id: i64) -> Result<(), ServerFnError> {
    let result = crate::features::form::service::acknowledge(alert_id).await;
    crate::server::forms::finish("alerts", "/staff", Vec::new(), result).await
}

#[server(endpoint = "load_messages")]
pub async fn load_messages() -> Result<Go<MessagePage>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::message_page().await.or_sfn()
}

#[server(endpoint = "send_message")]
pub async fn send_message(kind: Option<String>, words: Option<String>) -> Result<(), ServerFnError> {
    let words = words.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let kind = kind.unwrap_or_default();
    let result = crate::features::form::service::send_message(&kind, &words, lang).await;
    crate::server::forms::finish("message", "/message", vec![("words".into(), words), ("kind".into(), kind)], result).await
}

/// Opens one message for its child's IRO: audited, and the child then sees it was read.
#[server(endpoint = "read_message")]
pub async fn read_message(id: i64) -> Result<IroMessage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::read_message(id).await.or_sfn()
}

#[server(endpoint = "load_iro_attention")]
pub async fn load_iro_attention() -> Result<IroAttention, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::form::service::iro_attention().await.or_sfn()
}

#[cfg(feature = "ssr")]
fn fields_as_values(fields: &std::collections::HashMap<String, String>) -> Vec<(String, String)> {
    fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}
