//! Server functions for "I don't feel safe": the page, pressing it, and the IRO acknowledging.

use super::*;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "safe_page")]
pub async fn load_safe() -> Result<SafePage, Failure> {
    Ok(crate::features::safety::service::safe_page().await?)
}

#[server(endpoint = "not_safe")]
pub async fn not_safe(back: Option<String>) -> Result<(), Failure> {
    let result = crate::features::safety::service::not_safe(back.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("safe", "/help-now", Vec::new(), result).await
}

#[server(endpoint = "acknowledge_alert")]
pub async fn acknowledge_alert(alert_id: i64) -> Result<(), Failure> {
    let result = crate::features::safety::service::acknowledge(alert_id).await;
    crate::server::forms::finish("alerts", "/staff", Vec::new(), result).await
}
