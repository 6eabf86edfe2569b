//! Authority settings (admins only) and the development outbox page.

use crate::domain::reviews::SettingsInput;
use crate::features::admin::OutboxMessage;
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Role;
use crate::model::Viewer;
use crate::server::forms::{Done, Failed};
use crate::server::AppState;
use crate::server::{audit, AppError};

pub async fn get(state: &AppState, viewer: &Viewer) -> Result<SettingsInput, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    tenant.settings().get().await
}

pub async fn save(state: &AppState, viewer: &Viewer, input: &SettingsInput) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let checked = input.check().map_err(Failed::Invalid)?;
    tenant.settings().save(&checked).await?;
    audit::by_staff(state, viewer, "settings.updated", "authority", Some(viewer.authority_id.get()), "").await?;
    Ok(Done::to("/staff/admin/settings").with_notice(Msg::new(T::SettingsSaved)))
}

/// The outbox is for development only: it exists only when no SMTP server is configured, and
/// only admins may read it.
pub async fn outbox(state: &AppState, viewer: &Viewer) -> Result<Option<Vec<OutboxMessage>>, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let Some(dir) = state.mailer.outbox_dir() else {
        return Ok(None);
    };
    let entries = crate::server::mail::read_outbox(dir, 200).await?;
    Ok(Some(
        entries
            .into_iter()
            .filter(|e| e.authority_id == Some(viewer.authority_id))
            .take(50)
            .map(|e| OutboxMessage { at: e.at, to: e.to, subject: e.subject, body: e.body })
            .collect(),
    ))
}
