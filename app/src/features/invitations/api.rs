//! Server functions for invitations: add one, act on one (send, post, new link, revoke, reset the secret), print its letter.

use super::*;
use crate::model::Failure;
use crate::model::{InvitationId, ReviewId};
use leptos::prelude::*;

#[server(endpoint = "letter")]
pub async fn letter(invitation_id: InvitationId) -> Result<LetterData, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::invitations::service::letter(&state, &viewer, invitation_id).await?)
}

#[server(endpoint = "add_invitee")]
pub async fn add_invitee(
    review_id: ReviewId,
    audience: Option<String>,
    first_name: Option<String>,
    language: Option<String>,
    delivery: Option<String>,
    email: Option<String>,
    postal_address: Option<String>,
) -> Result<(), Failure> {
    let input = crate::domain::reviews::InviteeInput {
        audience: audience.unwrap_or_default(),
        first_name: first_name.unwrap_or_default(),
        language: language.unwrap_or_default(),
        delivery: delivery.unwrap_or_default(),
        email: email.unwrap_or_default(),
        postal_address: postal_address.unwrap_or_default(),
    };
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::invitations::service::add(&state, &viewer, review_id, &input).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("add_invitee", &format!("/staff/reviews/{review_id}"), input.values(), result).await
}

/// One action on one invitation: `send` (email it), `letter` (make the letter), `resend` (new
/// link or code; the old one stops working), `posted` (the letter went in the post), `revoke`.
#[server(endpoint = "invitation_action")]
pub async fn invitation_action(invitation_id: InvitationId, action: String) -> Result<(), Failure> {
    let (back, result) = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::invitations::service::act(&state, &viewer, invitation_id, &action).await,
        Err(error) => ("/staff".to_string(), Err(error.into())),
    };
    crate::server::forms::finish("invitation_action", &back, Vec::new(), result).await
}

/// Invites the chosen children's contacts to their booked reviews (from the work list: each
/// child is a `chosen[<id>]` box), then goes back to the list.
#[server(endpoint = "bulk_invite")]
pub async fn bulk_invite(chosen: Option<std::collections::HashMap<String, String>>, back: Option<String>) -> Result<(), Failure> {
    let back = crate::server::security::local_path(back.as_deref(), "/staff/children");
    // Ids that are not whole numbers are dropped; more than a page is refused by the service.
    let children: Vec<crate::model::ChildId> = chosen.unwrap_or_default().keys().filter_map(|id| id.parse().ok()).collect();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::invitations::service::bulk_invite(&state, &viewer, &children, &back).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("bulk_invite", &back, Vec::new(), result).await
}

#[server(endpoint = "letters_to_print")]
pub async fn letters_to_print() -> Result<PrintRun, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::invitations::service::letters_to_print(&state, &viewer).await?)
}

/// Marks the letters just printed as posted (each a `posted[<id>]` field of the print page).
#[server(endpoint = "mark_letters_posted")]
pub async fn mark_letters_posted(posted: Option<std::collections::HashMap<String, String>>) -> Result<(), Failure> {
    let ids: Vec<InvitationId> = posted.unwrap_or_default().keys().filter_map(|id| id.parse().ok()).collect();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::invitations::service::mark_all_posted(&state, &viewer, &ids).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("mark_letters_posted", "/staff/letters", Vec::new(), result).await
}

/// Makes every letter added and not made yet, for the print run.
#[server(endpoint = "make_letters")]
pub async fn make_letters() -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::invitations::service::make_letters(&state, &viewer).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("make_letters", "/staff/letters", Vec::new(), result).await
}
