//! Server functions for council sign-in: starting it, the way back from the council, the page
//! that hands the browser on, and an admin's settings.

use super::{Onward, Settings};
use crate::model::Failure;
use leptos::prelude::*;

/// Under `/api/sign_in/` with the password and code steps.
#[server(endpoint = "sign_in/council")]
pub async fn start_council_sign_in(council_email: Option<String>) -> Result<(), Failure> {
    let result = super::service::start(&council_email.clone().unwrap_or_default()).await;
    let typed = vec![("council_email".to_string(), council_email.unwrap_or_default())];
    crate::server::forms::finish("council_sign_in", "/sign-in", typed, result).await
}

/// The way back from the council's sign-in (`RETURN_PATH`): a GET, as the provider sends it.
/// Anything else the provider adds (`session_state`, `iss`) is ignored.
#[server(endpoint = "sign_in/council/back", input = leptos::server_fn::codec::GetUrl)]
pub async fn council_sign_in_back(code: Option<String>, state: Option<String>, error: Option<String>) -> Result<(), Failure> {
    let result = super::service::finish(code, state, error).await;
    crate::server::forms::finish("council_sign_in", "/sign-in", Vec::new(), result).await
}

#[server(endpoint = "council_sign_in_onward")]
pub async fn council_sign_in_onward() -> Result<Onward, Failure> {
    let state = crate::server::state::app_state()?;
    Ok(super::service::onward(&state).await?)
}

#[server(endpoint = "council_sign_in_settings")]
pub async fn council_sign_in_settings() -> Result<Settings, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::settings(&state, &viewer).await?)
}

/// `action`: `save` or `turn_off` (the button pressed). The secret is never typed back.
#[server(endpoint = "set_council_sign_in")]
pub async fn set_council_sign_in(
    action: Option<String>,
    issuer: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    email_domain: Option<String>,
) -> Result<(), Failure> {
    let issuer = issuer.unwrap_or_default();
    let client_id = client_id.unwrap_or_default();
    let email_domain = email_domain.unwrap_or_default();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) if action.as_deref() == Some("turn_off") => super::service::turn_off(&state, &viewer).await,
        Ok((state, viewer)) => {
            let typed = super::service::Typed {
                issuer: &issuer,
                client_id: &client_id,
                client_secret: &client_secret.unwrap_or_default(),
                email_domain: &email_domain,
            };
            super::service::save(&state, &viewer, typed).await
        }
        Err(error) => Err(error.into()),
    };
    let values = vec![("issuer".to_string(), issuer), ("client_id".to_string(), client_id), ("email_domain".to_string(), email_domain)];
    crate::server::forms::finish("set_council_sign_in", super::SETTINGS_PAGE, values, result).await
}
