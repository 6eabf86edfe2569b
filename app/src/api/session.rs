//! Signing in and out, and the language choice.

use leptos::prelude::*;

#[server(endpoint = "sign_in")]
pub async fn sign_in(email: Option<String>, password: Option<String>) -> Result<(), ServerFnError> {
    use crate::server::forms;
    let email = email.unwrap_or_default();
    let result = crate::server::auth::sign_in(&email, &password.unwrap_or_default()).await;
    forms::finish("sign_in", "/sign-in", vec![("email".into(), email)], result).await
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), ServerFnError> {
    use crate::server::forms;
    let result = crate::server::auth::sign_out().await;
    forms::finish("sign_out", "/", Vec::new(), result).await
}

/// Remembers the chosen language in a cookie and returns to the page the switch was on.
#[server(endpoint = "set_language")]
pub async fn set_language(lang: Option<String>, back: Option<String>) -> Result<(), ServerFnError> {
    use crate::i18n::Lang;
    use crate::server::{forms, security::local_path, state::app_state, AppError};
    let state = app_state().map_err(AppError::into_server_fn_error)?;
    let lang = lang.as_deref().and_then(Lang::parse).unwrap_or_default();
    crate::server::security::set_lang_cookie(&state, lang);
    forms::see_other(&local_path(back.as_deref(), "/"));
    Ok(())
}
