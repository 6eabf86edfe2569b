//! The authority's own settings (admins), and the development outbox.

use crate::domain::reviews::SettingsInput;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[server(endpoint = "authority_settings")]
pub async fn authority_settings() -> Result<SettingsInput, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::settings::get().await.or_sfn()
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
) -> Result<(), ServerFnError> {
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
    let result = crate::server::settings::save(&input).await;
    crate::server::forms::finish("save_settings", "/staff/admin/settings", input.values(), result).await
}

/// A message in the development outbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub at: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// The development outbox, newest first; `None` when email really goes out (SMTP).
#[server(endpoint = "dev_outbox")]
pub async fn dev_outbox() -> Result<Option<Vec<OutboxMessage>>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::settings::outbox().await.or_sfn()
}
