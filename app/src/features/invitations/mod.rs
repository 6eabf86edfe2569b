//! Invitations: who is asked for their views before a review (the child, parents, carers, others),
//! how (email or a posted letter), the link and code that let them in, their reminders, and what
//! staff see of how far each got.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::reviews::{Arrangement, Audience, Delivery, InvitationStatus};
use crate::i18n::Lang;
use crate::model::{InvitationId, ReviewId};
use serde::{Deserialize, Serialize};
use time::Date;

/// One invitation as staff see it: who, how, and how far they got. Never what they said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: InvitationId,
    pub audience: Audience,
    pub first_name: String,
    pub language: Lang,
    pub delivery: Delivery,
    pub email: String,
    pub postal_address: String,
    pub status: InvitationStatus,
    pub revoked: bool,
    /// A link or letter code exists (it was sent or a letter was made).
    pub issued: bool,
    pub reminder_sent: bool,
    pub needs_reprint: bool,
    /// The invitee has made their own secret; locked after too many wrong tries.
    pub secret_set: bool,
    pub secret_locked: bool,
}

/// Everything a printed letter shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LetterData {
    pub invitation_id: InvitationId,
    pub review_id: ReviewId,
    pub first_name: String,
    pub postal_address: String,
    pub language: Lang,
    pub audience: Audience,
    pub child_name: String,
    pub link: String,
    pub code: String,
    pub qr_svg: String,
    pub meeting_on: Date,
    pub meeting_at: String,
    pub arrangement: Arrangement,
    pub arrangement_details: String,
    pub authority_en: String,
    pub authority_cy: String,
    pub review_team_phone: String,
    pub review_team_email: String,
}

/// The letters waiting to be printed and posted, at most a print run at a time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PrintRun {
    pub letters: Vec<LetterData>,
    /// All that are waiting, shown or not.
    pub total: usize,
    /// Letters added and not made yet.
    pub unmade: usize,
}
