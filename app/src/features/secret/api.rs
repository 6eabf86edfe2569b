//! Server functions for the secret: where the invitee stands, making a secret, unlocking.

use super::*;
use crate::model::Failure;
use leptos::prelude::*;
use std::collections::HashMap;

/// The child makes their secret: `kind` is "pictures" (`a[pic_<name>]` ticked) or "phrase"
/// (`a[phrase]`, `a[phrase_again]`).
#[server(endpoint = "set_secret")]
pub async fn set_secret(kind: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), Failure> {
    use crate::server::forms::Done;
    use service::Made;
    let fields = a.unwrap_or_default();
    let result = async {
        let Some(invitee) = service::invitee_in().await? else {
            return Ok(Done::to("/start"));
        };
        if invitee.secret_kind.is_some() {
            return Ok(Done::to(if invitee.unlocked { "/form" } else { "/unlock" }));
        }
        let state = crate::server::state::app_state()?;
        match service::make_secret(&state, &invitee.entry, kind.as_deref().unwrap_or(""), &fields).await? {
            Made::Unlocked(tag) => {
                remember_unlocked(invitee.entry.id, tag, false).await?;
                Ok(Done::to("/form"))
            }
            Made::AlreadyMade => Ok(Done::to("/unlock")),
        }
    }
    .await;
    crate::server::forms::finish("secret", "/secret", Vec::new(), result).await
}

#[server(endpoint = "unlock")]
pub async fn unlock(a: Option<HashMap<String, String>>) -> Result<(), Failure> {
    use crate::server::forms::Done;
    use service::Given;
    let fields = a.unwrap_or_default();
    let result = async {
        let Some(invitee) = service::invitee_in().await? else {
            return Ok(Done::to("/start"));
        };
        let state = crate::server::state::app_state()?;
        match service::give_secret(&state, &invitee.entry, &fields).await? {
            Given::Unlocked(tag) => {
                // A new session id once unlocked: one fixed before cannot ride on it.
                remember_unlocked(invitee.entry.id, tag, true).await?;
                Ok(Done::to("/form"))
            }
            Given::NoneMade => Ok(Done::to("/secret")),
        }
    }
    .await;
    crate::server::forms::finish("unlock", "/unlock", Vec::new(), result).await
}

#[server(endpoint = "child_status")]
pub async fn load_child_status() -> Result<Option<ChildStatus>, Failure> {
    Ok(crate::features::secret::service::status().await?)
}

/// This session has unlocked this invitation's current secret (named by its tag).
#[cfg(feature = "ssr")]
async fn remember_unlocked(
    invitation_id: crate::model::InvitationId,
    tag: String,
    new_session_id: bool,
) -> Result<(), crate::server::AppError> {
    use crate::server::AppError;
    let session = crate::server::forms::session().await?;
    if new_session_id {
        session.cycle_id().await.map_err(AppError::from)?;
    }
    session.insert(crate::server::invitee::SESSION_UNLOCKED, (invitation_id, tag)).await.map_err(AppError::from)
}
