//! Server functions for undelivered messages: list them (admins), try one again now.

use super::Undelivered;
use crate::model::Failure;
use leptos::prelude::*;

/// Every undelivered message of the admin's authority.
#[server(endpoint = "undelivered_messages")]
pub async fn undelivered_messages() -> Result<Vec<Undelivered>, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::for_admin(&state, &viewer).await?)
}

/// "Try again now": the message is due at once (and tried again for another 48 hours if it had
/// been given up). `back` is the page the button was on.
#[server(endpoint = "retry_message")]
pub async fn retry_message(message_id: i64, back: Option<String>) -> Result<(), Failure> {
    let back = crate::domain::text::back_path(&back.unwrap_or_default(), "/staff");
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => super::service::retry(&state, &viewer, message_id, &back).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("retry_message", &back, Vec::new(), result).await
}
