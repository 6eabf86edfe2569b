//! Server functions for "I don't feel safe": the page, pressing it, and the IRO acknowledging.

use super::*;
use crate::model::Failure;
use leptos::prelude::*;

/// Who to call: the council's duty line when it can be read. It never fails: on a busy or
/// broken moment the page still shows 999, Meic and Childline (no 503, so the server does not
/// put its "try again" page in place of the numbers a child in danger needs).
#[server(endpoint = "safe_page")]
pub async fn load_safe() -> Result<SafePage, Failure> {
    match crate::features::safety::service::safe_page().await {
        Ok(page) => Ok(page),
        Err(error) => {
            error.log();
            Ok(SafePage::default())
        }
    }
}

#[server(endpoint = "not_safe")]
pub async fn not_safe(back: Option<String>) -> Result<(), Failure> {
    let result = crate::features::safety::service::not_safe(back.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("safe", "/help-now", Vec::new(), result).await
}

#[server(endpoint = "acknowledge_alert")]
pub async fn acknowledge_alert(alert_id: i64) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::safety::service::acknowledge(&state, &viewer, alert_id).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("alerts", "/staff", Vec::new(), result).await
}
