//! Server functions for the advocacy offer: the page, and the child's or parent's answer.

use super::*;
use crate::model::Failure;
use crate::model::Go;
use leptos::prelude::*;

#[server(endpoint = "advocacy_page")]
pub async fn load_advocacy() -> Result<Go<AdvocacyPage>, Failure> {
    match crate::features::secret::service::invitee_call().await? {
        Ok((state, entry)) => Ok(crate::features::advocacy::service::advocacy_page(&state, &entry).await?),
        Err(path) => Ok(Go::To(path)),
    }
}

#[server(endpoint = "advocacy_choice")]
pub async fn advocacy_choice(choice: Option<String>) -> Result<(), Failure> {
    use crate::server::forms::Done;
    let result = match crate::features::secret::service::invitee_call().await {
        Ok(Ok((state, entry))) => service::choose(&state, &entry, choice.as_deref().unwrap_or("")).await,
        Ok(Err(path)) => Ok(Done::to(path)),
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("advocacy", "/form/advocate", Vec::new(), result).await
}
