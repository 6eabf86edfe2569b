//! Server functions for admins: the authority's settings, the development outbox, cover between
//! IROs and the audit trail. Thin: each calls a service.

use super::*;
use crate::domain::reviews::SettingsInput;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "authority_settings")]
pub async fn authority_settings() -> Result<SettingsInput, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::admin::settings::get(&state, &viewer).await?)
}

#[server(endpoint = "save_settings")]
#[allow(clippy::too_many_arguments)]
pub async fn save_settings(
    advocacy_name: Option<String>,
    advocacy_email: Option<String>,
    advocacy_phone: Option<String>,
    parent_advocacy_name: Option<String>,
    parent_advocacy_email: Option<String>,
    parent_advocacy_phone: Option<String>,
    duty_name: Option<String>,
    duty_email: Option<String>,
    duty_phone: Option<String>,
    review_team_phone: Option<String>,
    review_team_email: Option<String>,
    default_arrangements: Option<String>,
    post_enabled: Option<String>,
    suppress_below: Option<String>,
) -> Result<(), Failure> {
    let input = SettingsInput {
        advocacy_name: advocacy_name.unwrap_or_default(),
        advocacy_email: advocacy_email.unwrap_or_default(),
        advocacy_phone: advocacy_phone.unwrap_or_default(),
        parent_advocacy_name: parent_advocacy_name.unwrap_or_default(),
        parent_advocacy_email: parent_advocacy_email.unwrap_or_default(),
        parent_advocacy_phone: parent_advocacy_phone.unwrap_or_default(),
        duty_name: duty_name.unwrap_or_default(),
        duty_email: duty_email.unwrap_or_default(),
        duty_phone: duty_phone.unwrap_or_default(),
        review_team_phone: review_team_phone.unwrap_or_default(),
        review_team_email: review_team_email.unwrap_or_default(),
        default_arrangements: default_arrangements.unwrap_or_default(),
        post_enabled: post_enabled.unwrap_or_default(),
        suppress_below: suppress_below.unwrap_or_default(),
    };
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::admin::settings::save(&state, &viewer, &input).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("save_settings", "/staff/admin/settings", input.values(), result).await
}

/// The development outbox, newest first; `None` when email really goes out (SMTP).
#[server(endpoint = "dev_outbox")]
pub async fn dev_outbox() -> Result<Option<Vec<OutboxMessage>>, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::admin::settings::outbox(&state, &viewer).await?)
}

#[server(endpoint = "cover_page")]
pub async fn load_cover_page() -> Result<CoverPage, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::admin::cover::page(&state, &viewer).await?)
}

/// Lets another IRO open a child's packs until a day (inclusive).
#[server(endpoint = "grant_cover")]
pub async fn grant_cover(child_id: Option<String>, staff_id: Option<String>, until: Option<String>) -> Result<(), Failure> {
    let (child_id, staff_id, until) = (child_id.unwrap_or_default(), staff_id.unwrap_or_default(), until.unwrap_or_default());
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::admin::cover::grant(&state, &viewer, &child_id, &staff_id, &until).await,
        Err(error) => Err(error.into()),
    };
    let values = vec![("child_id".to_string(), child_id), ("staff_id".to_string(), staff_id), ("until".to_string(), until)];
    crate::server::forms::finish("grant_cover", "/staff/admin/cover", values, result).await
}

#[server(endpoint = "end_cover")]
pub async fn end_cover(id: i64) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::admin::cover::end(&state, &viewer, id).await,
        Err(error) => Err(error.into()),
    };
    // The page shows one form's messages: ending cover reports under the same name.
    crate::server::forms::finish("grant_cover", "/staff/admin/cover", Vec::new(), result).await
}

/// The authority's audit trail, newest first, filtered by what happened and between two days.
#[server(endpoint = "audit_trail")]
pub async fn load_audit_trail(action: Option<String>, from: Option<String>, to: Option<String>) -> Result<AuditTrail, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    let (action, from, to) = (action.unwrap_or_default(), from.unwrap_or_default(), to.unwrap_or_default());
    Ok(super::audit::trail(&state, &viewer, &action, &from, &to).await?)
}
