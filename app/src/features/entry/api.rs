//! Server functions for the way in: a link, a letter's code, the invitee's review page, leaving.

use super::*;
use crate::model::Failure;
use leptos::prelude::*;

/// `again` is set when the page is drawn a second time in the invitation's language: it is
/// not redirected again (a browser that keeps no cookie would otherwise go round for ever).
#[server(endpoint = "greet_link")]
pub async fn greet_link(token: String, again: bool) -> Result<Option<LinkGreeting>, Failure> {
    Ok(crate::features::entry::service::link_greeting(&token, again).await?)
}

#[server(endpoint = "open_link")]
pub async fn open_link(token: Option<String>) -> Result<(), Failure> {
    let token = token.unwrap_or_default();
    let result = crate::features::entry::service::open_link(&token).await;
    crate::server::forms::finish("enter", "/start", Vec::new(), result).await
}

#[server(endpoint = "enter_code")]
pub async fn enter_code(code: Option<String>) -> Result<(), Failure> {
    let code = code.unwrap_or_default();
    let result = crate::features::entry::service::enter_code(&code).await;
    crate::server::forms::finish("enter", "/start", vec![("code".into(), code)], result).await
}

#[server(endpoint = "my_review")]
pub async fn my_review() -> Result<Option<InviteeReview>, Failure> {
    Ok(crate::features::entry::service::my_review().await?)
}

#[server(endpoint = "leave_review")]
pub async fn leave_review() -> Result<(), Failure> {
    let result = crate::features::entry::service::leave().await;
    crate::server::forms::finish("enter", "/start", Vec::new(), result).await
}

#[server(endpoint = "entry_contacts")]
pub async fn entry_contacts() -> Result<Vec<TeamContact>, Failure> {
    Ok(crate::features::entry::service::contacts().await?)
}
