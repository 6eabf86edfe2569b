//! Server functions for the form: resume, each screen, saving and autosave, the check, sending,
//! adding more, read-aloud. Thin, each calls `service`.

use super::*;
use crate::model::Failure;
use crate::model::Go;
use leptos::prelude::*;
use std::collections::HashMap;

#[server(endpoint = "form_resume")]
pub async fn form_resume() -> Result<String, Failure> {
    match crate::features::secret::service::invitee_call().await? {
        Ok((state, entry)) => Ok(crate::features::form::service::resume(&state, &entry).await?),
        Err(path) => Ok(path),
    }
}

#[server(endpoint = "form_step")]
pub async fn form_step(step: i64) -> Result<Go<StepPage>, Failure> {
    match crate::features::secret::service::invitee_call().await? {
        Ok((state, entry)) => Ok(crate::features::form::service::step_page(&state, &entry, step).await?),
        Err(path) => Ok(Go::To(path)),
    }
}

/// Saves one screen (a plain form post; `a[...]` holds the answers) and moves on. `scripted` is
/// "1" when the page's script ran (the form keeper sets it), so a post counts as sent without
/// JavaScript only when none ran.
#[server(endpoint = "save_step")]
pub async fn save_step(step: i64, go: Option<String>, a: Option<HashMap<String, String>>, scripted: Option<String>) -> Result<(), Failure> {
    use crate::features::form::store::SavedBy;
    let fields = a.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let by = if scripted.as_deref() == Some("1") { SavedBy::Script } else { SavedBy::Form };
    let result = match crate::features::secret::service::invitee_call().await {
        Ok(Ok((state, entry))) => {
            crate::features::form::service::save_step(&state, &entry, step, go.as_deref().unwrap_or("next"), &fields, lang, by).await
        }
        Ok(Err(path)) => Ok(crate::server::forms::Done::to(path)),
        Err(error) => Err(error.into()),
    };
    let back = format!("/form/screen/{step}");
    crate::server::forms::finish("consult", &back, fields_as_values(&fields), result).await
}

/// Saving as the child types (the form keeper island): "" when kept, or where to go now (the
/// help page, when they said they don't feel safe).
#[server(endpoint = "autosave")]
pub async fn autosave(step: i64, a: Option<HashMap<String, String>>) -> Result<String, Failure> {
    let lang = crate::server::security::request_lang();
    use crate::features::form::service::{autosave, Autosaved};
    // Not signed in, or the secret not given: the words stay on the device.
    let Ok((state, entry)) = crate::features::secret::service::invitee_call().await? else {
        return Err(crate::server::AppError::Unauthenticated.into());
    };
    match autosave(&state, &entry, step, &a.unwrap_or_default(), lang).await? {
        Autosaved::Kept(next) => Ok(next),
        // Refused as it is: 422, and the answer says what to change.
        Autosaved::Refused(words) => {
            if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
                options.set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
            }
            Ok(words)
        }
    }
}

#[server(endpoint = "said_page")]
pub async fn load_said() -> Result<Go<SaidPage>, Failure> {
    match crate::features::secret::service::invitee_call().await? {
        Ok((state, entry)) => Ok(crate::features::form::service::said_page(&state, &entry).await?),
        Err(path) => Ok(Go::To(path)),
    }
}

/// The check screen: change who may see each answer, and send (`send` present) or just save.
#[server(endpoint = "check_answers")]
pub async fn check_answers(send: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), Failure> {
    let fields = a.unwrap_or_default();
    let result = match crate::features::secret::service::invitee_call().await {
        Ok(Ok((state, entry))) => crate::features::form::service::check(&state, &entry, &fields, send.is_some()).await,
        Ok(Err(path)) => Ok(crate::server::forms::Done::to(path)),
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("check", "/form/check", Vec::new(), result).await
}

#[server(endpoint = "add_more")]
pub async fn add_more(more: Option<String>, sharing: Option<String>) -> Result<(), Failure> {
    let more = more.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let result = match crate::features::secret::service::invitee_call().await {
        Ok(Ok((state, entry))) => {
            crate::features::form::service::add_more(&state, &entry, &more, sharing.as_deref().unwrap_or(""), lang).await
        }
        Ok(Err(path)) => Ok(crate::server::forms::Done::to(path)),
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("add_more", "/form/done", vec![("more".into(), more)], result).await
}

/// Read-aloud was used on a child screen (counted for reports; nothing about what was played).
#[server(endpoint = "read_aloud_used")]
pub async fn read_aloud_used() -> Result<(), Failure> {
    Ok(crate::features::form::service::read_aloud_used().await?)
}

#[cfg(feature = "ssr")]
pub fn fields_as_values(fields: &std::collections::HashMap<String, String>) -> Vec<(String, String)> {
    fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}
