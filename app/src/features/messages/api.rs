//! Server functions for "tell my IRO": the child's page, sending, and the IRO reading one.

use super::*;
use crate::model::Failure;
use crate::model::Go;
use leptos::prelude::*;

#[server(endpoint = "load_messages")]
pub async fn load_messages() -> Result<Go<MessagePage>, Failure> {
    match crate::features::secret::service::child_call().await? {
        Ok((state, entry)) => Ok(crate::features::messages::service::message_page(&state, &entry).await?),
        Err(path) => Ok(Go::To(path)),
    }
}

#[server(endpoint = "send_message")]
pub async fn send_message(kind: Option<String>, words: Option<String>) -> Result<(), Failure> {
    let words = words.unwrap_or_default();
    let lang = crate::server::security::request_lang();
    let kind = kind.unwrap_or_default();
    let result = match crate::features::secret::service::child_call().await {
        Ok(Ok((state, entry))) => crate::features::messages::service::send_message(&state, &entry, &kind, &words, lang).await,
        Ok(Err(path)) => Ok(crate::server::forms::Done::to(path)),
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("message", "/message", vec![("words".into(), words), ("kind".into(), kind)], result).await
}

/// Opens one message for its child's IRO: audited, and the child then sees it was read.
#[server(endpoint = "read_message")]
pub async fn read_message(id: i64) -> Result<IroMessage, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::messages::service::read_message(&state, &viewer, id).await?)
}
