//! The outcome letter: after the meeting the IRO writes to the child in plain words, and the child
//! reads it with their link or code.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::Band;
use crate::domain::reviews::{Delivery, ReviewStatus};
use crate::i18n::Lang;
use crate::model::ReviewId;
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
    pub review_id: ReviewId,
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
