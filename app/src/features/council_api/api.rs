//! Server functions for the keys page: list, make, replace, revoke.

use crate::features::council_api::ApiKeysPage;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "api_keys")]
pub async fn api_keys() -> Result<ApiKeysPage, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::council_api::service::keys(&state, &viewer).await?)
}

/// Makes a key with a name and scopes (each a `scopes[<code>]` box).
#[server(endpoint = "make_api_key")]
pub async fn make_api_key(name: Option<String>, scopes: Option<std::collections::HashMap<String, String>>) -> Result<(), Failure> {
    let name = name.unwrap_or_default();
    let scopes: Vec<String> = scopes.unwrap_or_default().into_keys().collect();
    let mut values = vec![("name".to_string(), name.clone())];
    values.extend(scopes.iter().map(|s| (format!("scopes[{s}]"), "on".to_string())));
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::council_api::service::make(&state, &viewer, &name, &scopes).await,
        Err(error) => Err(error.into()),
    };
    let page = crate::features::council_api::service::PAGE;
    crate::server::forms::finish("make_api_key", page, values, result).await
}

/// `replace` (a new key, the old one revoked) or `revoke` one key.
#[server(endpoint = "api_key_action")]
pub async fn api_key_action(id: i64, action: String) -> Result<(), Failure> {
    use crate::features::council_api::service;
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) if action == "replace" => service::replace(&state, &viewer, id).await,
        Ok((state, viewer)) if action == "revoke" => service::revoke(&state, &viewer, id).await,
        Ok(_) => Err(crate::server::AppError::Invalid(crate::i18n::T::ErrSomethingWrong).into()),
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("api_key_action", service::PAGE, Vec::new(), result).await
}

/// Sets the webhook's address (a new webhook gets its signing secret, shown once).
#[server(endpoint = "save_webhook")]
pub async fn save_webhook(webhook_url: Option<String>) -> Result<(), Failure> {
    use crate::features::council_api::service;
    let url = webhook_url.unwrap_or_default();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => service::save_webhook(&state, &viewer, &url).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("save_webhook", service::PAGE, vec![("webhook_url".into(), url)], result).await
}

/// `new_secret` or `remove` the webhook.
#[server(endpoint = "webhook_action")]
pub async fn webhook_action(action: Option<String>) -> Result<(), Failure> {
    use crate::features::council_api::service;
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => service::webhook_action(&state, &viewer, &action.unwrap_or_default()).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("webhook_action", service::PAGE, Vec::new(), result).await
}
