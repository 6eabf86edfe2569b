//! Authority settings (admins only) and the development outbox page.

use crate::domain::reviews::SettingsInput;
use crate::features::admin::OutboxMessage;
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Role;
use crate::server::auth::require_role;
use crate::server::forms::{Done, Failed};
use crate::server::state::app_state;
use crate::server::{audit, AppError};

pub async fn get() -> Result<SettingsInput, AppError> {
    let viewer = require_role(&[Role::Admin])?;
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_viewer(&state, &viewer);
    tenant.settings().get().await
}

pub async fn save(input: &SettingsInput) -> Result<Done, Failed> {
    let viewer = require_role(&[Role::Admin])?;
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_viewer(&state, &viewer);
    let checked = input.check().map_err(Failed::Invalid)?;
    tenant.settings().save(&checked).await?;
    audit::by_staff(&state, &viewer, "settings.updated", "authority", Some(viewer.authority_id.get()), "").await?;
    Ok(Done::to("/staff/admin/settings").with_notice(Msg::new(T::SettingsSaved)))
}

/// The outbox is for development only: it exists only when no SMTP server is configured, and
/// only admins may read it.
pub async fn outbox() -> Result<Option<Vec<OutboxMessage>>, AppError> {
    let viewer = require_role(&[Role::Admin])?;
    let state = app_state()?;
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
