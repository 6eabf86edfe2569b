//! Server functions for the outcome letter: thin, each calls `server::outcome`.

use crate::domain::forms::Band;
use crate::domain::reviews::{Delivery, ReviewStatus};
use crate::i18n::Lang;
use crate::model::Go;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;

/// The four parts of a letter, in the IRO's plain words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LetterText {
    pub talked: String,
    pub decided: String,
    pub next_steps: String,
    pub who_to_ask: String,
}

/// The IRO's page for writing the letter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomePage {
    pub review_id: i64,
    pub child_name: String,
    pub meeting_on: Date,
    /// The meeting day has come (a letter can be sent).
    pub meeting_passed: bool,
    pub status: ReviewStatus,
    /// The child's language: the letter is written in it.
    pub language: Lang,
    pub letter: LetterText,
    pub sent_on: Option<Date>,
    pub read_on: Option<Date>,
    /// How the child's invitation reaches them (None: the child has no invitation to read it with).
    pub delivery: Option<Delivery>,
}

/// The letter as the child reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildLetter {
    pub band: Band,
    pub language: Lang,
    pub letter: LetterText,
    pub sent_on: Date,
    pub iro_name: String,
}

#[server(endpoint = "outcome_page")]
pub async fn load_outcome_page(id: i64) -> Result<OutcomePage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::outcome::page(id).await.or_sfn()
}

/// Saves the letter as a draft, or (with `send`) sends it and marks the review held.
#[server(endpoint = "save_outcome_letter")]
pub async fn save_outcome_letter(
    review_id: i64,
    talked: Option<String>,
    decided: Option<String>,
    next_steps: Option<String>,
    who_to_ask: Option<String>,
    held_on: Option<String>,
    send: Option<String>,
) -> Result<(), ServerFnError> {
    let text = LetterText {
        talked: talked.unwrap_or_default(),
        decided: decided.unwrap_or_default(),
        next_steps: next_steps.unwrap_or_default(),
        who_to_ask: who_to_ask.unwrap_or_default(),
    };
    let held_on = held_on.unwrap_or_default();
    let result = crate::server::outcome::save(review_id, &text, &held_on, send.is_some()).await;
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
pub async fn load_child_letter() -> Result<Go<ChildLetter>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::outcome::child_letter().await.or_sfn()
}
