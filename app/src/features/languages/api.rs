//! Server functions for the languages page (admins). Thin: each calls the service.

use super::LanguageLine;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "language_settings")]
pub async fn language_settings() -> Result<Vec<LanguageLine>, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::page(&state, &viewer).await?)
}

/// `offered` is "1" to start offering the language, anything else to stop.
#[server(endpoint = "offer_language")]
pub async fn offer_language(lang: Option<String>, offered: Option<String>) -> Result<(), Failure> {
    let code = lang.unwrap_or_default();
    let offered = offered.as_deref() == Some("1");
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => super::service::set(&state, &viewer, &code, offered).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("offer_language", "/staff/admin/languages", Vec::new(), result).await
}
