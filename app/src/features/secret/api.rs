//! Server functions for the secret: where the invitee stands, making a secret, unlocking.

use super::*;
use leptos::prelude::*;
use std::collections::HashMap;

/// The child makes their secret: `kind` is "pictures" (`a[pic_<name>]` ticked) or "phrase"
/// (`a[phrase]`, `a[phrase_again]`).
#[server(endpoint = "set_secret")]
pub async fn set_secret(kind: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::features::secret::service::set_secret(kind.as_deref().unwrap_or(""), &fields).await;
    crate::server::forms::finish("secret", "/secret", Vec::new(), result).await
}

#[server(endpoint = "unlock")]
pub async fn unlock(a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {
    let fields = a.unwrap_or_default();
    let result = crate::features::secret::service::unlock(&fields).await;
    crate::server::forms::finish("unlock", "/unlock", Vec::new(), result).await
}

#[server(endpoint = "child_status")]
pub async fn load_child_status() -> Result<Option<ChildStatus>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::secret::service::status().await.or_sfn()
}
