//! Server functions for the outcome letter: the IRO's page, saving and sending, the child's letter.

use super::*;
use crate::model::Failure;
use crate::model::Go;
use crate::model::ReviewId;
use leptos::prelude::*;

#[server(endpoint = "outcome_page")]
pub async fn load_outcome_page(id: crate::model::ReviewId) -> Result<OutcomePage, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::outcome::service::page(&state, &viewer, id).await?)
}

/// Saves the letter as a draft, or (with `send`) sends it and marks the review held.
#[server(endpoint = "save_outcome_letter")]
pub async fn save_outcome_letter(
    review_id: ReviewId,
    talked: Option<String>,
    decided: Option<String>,
    next_steps: Option<String>,
    who_to_ask: Option<String>,
    held_on: Option<String>,
    send: Option<String>,
) -> Result<(), Failure> {
    let text = LetterText {
        talked: talked.unwrap_or_default(),
        decided: decided.unwrap_or_default(),
        next_steps: next_steps.unwrap_or_default(),
        who_to_ask: who_to_ask.unwrap_or_default(),
    };
    let held_on = held_on.unwrap_or_default();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::outcome::service::save(&state, &viewer, review_id, &text, &held_on, send.is_some()).await,
        Err(error) => Err(error.into()),
    };
    let values = vec![
        ("talked".to_string(), text.talked),
        ("decided".to_string(), text.decided),
        ("next_steps".to_string(), text.next_steps),
        ("who_to_ask".to_string(), text.who_to_ask),
        ("held_on".to_string(), held_on),
    ];
    crate::server::forms::finish("outcome", &format!("/staff/reviews/{review_id}/outcome"), values, result).await
}

/// The letter for the signed-in child (reading it the first time is recorded).
#[server(endpoint = "child_letter")]
pub async fn load_child_letter() -> Result<Go<ChildLetter>, Failure> {
    Ok(crate::features::outcome::service::child_letter().await?)
}
