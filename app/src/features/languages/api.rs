//! Server functions for the languages page (admins). Thin: each calls the service.

use super::LanguageLine;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "language_settings")]
pub async fn language_settings() -> Result<Vec<LanguageLine>, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::page(&state, &viewer).await?)
}

/// `offered` is "1" to start offering the language, "0" to stop; anything else changes nothing.
#[server(endpoint = "offer_language")]
pub async fn offer_language(lang: Option<String>, offered: Option<String>) -> Result<(), Failure> {
    let code = lang.unwrap_or_default();
    let result = match (crate::server::auth::staff_call(), offered.as_deref()) {
        (Ok((state, viewer)), Some(choice @ ("0" | "1"))) => super::service::set(&state, &viewer, &code, choice == "1").await,
        (Ok(_), _) => Err(crate::server::forms::Failed::Invalid(vec![crate::model::FieldError::general(crate::i18n::T::LanguagesNotOne)])),
        (Err(error), _) => Err(error.into()),
    };
    crate::server::forms::finish("offer_language", "/staff/admin/languages", Vec::new(), result).await
}
