//! "I don't feel safe": one alert per child per hour, however often pressed, and the IRO
//! saying they are dealing with it (audited).

use super::store;
use crate::features::safety::SafePage;
use crate::features::secret::service::child_in;
use crate::i18n::T;
use crate::model::Msg;
use crate::server::forms::{Done, Failed};
use crate::server::invitee::Entry;
use crate::server::state::app_state;
use crate::server::{audit, db, AppError, AppState};

pub async fn raise_alert(state: &AppState, entry: &Entry, source: &str) -> Result<(), AppError> {
    if let Some(alert_id) = store::raise_alert(&state.db, entry.authority_id, entry.review_id, entry.id, source).await? {
        audit::by_invitee(&state.db, entry.authority_id, "alert.raised", "alert", alert_id).await?;
        tracing::warn!(alert = alert_id, "urgent alert raised");
        state.wake_jobs.notify_one();
    }
    Ok(())
}

/// "I don't feel safe" from the help panel: needs only the link or code, never the secret, so a
/// child who has forgotten it can still be heard.
pub async fn not_safe(back: &str) -> Result<Done, Failed> {
    let Some(child) = child_in().await? else {
        return Ok(Done::to("/help-now"));
    };
    let state = app_state()?;
    raise_alert(&state, &child.entry, "panel").await?;
    Ok(Done::to(format!("/safe?back={}", crate::domain::text::back_path(back, "/my-review"))))
}

/// The duty team's name and number for the "not safe" page (the child's own council, when known).
pub async fn safe_page() -> Result<SafePage, AppError> {
    let Some(child) = child_in().await? else {
        return Ok(SafePage::default());
    };
    let state = app_state()?;
    let settings = db::settings::get(&state.db, child.entry.authority_id).await?;
    Ok(SafePage { signed_in: true, duty_name: settings.duty_name, duty_phone: settings.duty_phone })
}

/// The IRO says they are dealing with an alert.
pub async fn acknowledge(alert_id: i64) -> Result<Done, Failed> {
    let viewer = crate::server::auth::require_role(&[crate::model::Role::Iro])?;
    let state = app_state()?;
    if !store::acknowledge_alert(&state.db, viewer.authority_id, viewer.staff_id, alert_id).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(&state, &viewer, "alert.acknowledged", "alert", Some(alert_id), "").await?;
    Ok(Done::to("/staff").with_notice(Msg::new(T::IroAcknowledged)))
}
