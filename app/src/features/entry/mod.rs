//! The way in for invitees (no staff account): a link or a letter's code, then their review.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;

use crate::domain::reviews::{Arrangement, Audience};
use serde::{Deserialize, Serialize};
use time::Date;

/// Who a working link greets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LinkGreeting {
    pub first_name: String,
    /// The page was asked for in another language than the invitation's, and the visitor had
    /// chosen none: the language is now set to theirs, and the page should be drawn again.
    pub reload_in_their_language: bool,
}

/// What an invitee sees of their review: when and how the meeting happens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteeReview {
    pub first_name: String,
    pub audience: Audience,
    pub child_name: String,
    /// When and how, once the IRO has confirmed them; until then they never leave the server.
    pub meeting: Option<ConfirmedMeeting>,
    pub authority_en: String,
    pub authority_cy: String,
    /// How far the invitee's own views have got (None for people invited to the meeting only).
    pub views: Option<ViewsState>,
    pub team_phone: String,
    pub team_email: String,
}

/// A meeting's date, time and how to join, as the IRO confirmed them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfirmedMeeting {
    pub on: Date,
    pub at: String,
    pub arrangement: Arrangement,
    pub details: String,
}

/// Where someone's views stand, for the button on their review page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ViewsState {
    NotStarted,
    Started,
    Sent,
}

pub use crate::model::TeamContact;
