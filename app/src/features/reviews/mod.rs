//! Reviews: booking, the schedule as staff see it, invitations, and the homes built from them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::children::{AgeBand, LegalBasis};
use crate::domain::reviews::{Arrangement, Audience, BookingInput, Delivery, InvitationStatus, ReviewStatus};
use crate::domain::schedule::{Due, DueReason, ReviewState};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use time::Date;

/// One invitation as staff see it: who, how, and how far they got. Never what they said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: i64,
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

/// A booked (or held, or cancelled) review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewDetail {
    pub id: i64,
    pub child_id: i64,
    pub child_name: String,
    pub kind: DueReason,
    pub due_on: Date,
    pub meeting_on: Date,
    pub meeting_at: String,
    pub arrangement: Arrangement,
    pub arrangement_details: String,
    pub delay_reason: String,
    pub status: ReviewStatus,
    pub state: ReviewState,
    pub report_deadline: Date,
    /// The IRO has confirmed the date, time and how to join (invitees see them only then).
    pub confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewPageData {
    pub review: ReviewDetail,
    pub invitations: Vec<InvitationRow>,
    /// Messages about this review (to invitees, alerts, referrals) not delivered yet.
    pub undelivered: Vec<crate::features::admin::Undelivered>,
    pub post_enabled: bool,
    pub child_language: Lang,
    /// The viewer is the child's allocated IRO (who alone confirms the meeting and resets secrets).
    pub viewer_is_childs_iro: bool,
    /// The viewer may open this review's pack (the child's IRO, or covering for them).
    pub viewer_opens_pack: bool,
    /// Names the date, time and arrangements shown, so a confirmation is of what the IRO saw.
    pub meeting_seen: String,
    /// The viewer may write (or read) the outcome letter: the meeting day has come.
    pub letter_open: bool,
    /// The outcome letter has been sent.
    pub letter_sent: bool,
}

/// A child on a home page: when their next review is due, and the booked one if there is one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildLine {
    pub child_id: i64,
    pub child_name: String,
    pub due: Due,
    pub state: ReviewState,
    pub review: Option<ReviewDetail>,
    pub invitations: Vec<InvitationRow>,
}

impl ChildLine {
    /// The date that matters most: the meeting if booked, else the due date.
    pub fn key_date(&self) -> Date {
        self.review.as_ref().map_or(self.due.date, |r| r.meeting_on)
    }
}

/// A held or cancelled review, for the child's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PastReview {
    pub id: i64,
    pub meeting_on: Date,
    pub kind: DueReason,
    pub status: ReviewStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildOverview {
    pub id: i64,
    pub preferred_name: String,
    pub full_name: String,
    pub age: i32,
    pub band: AgeBand,
    pub language: Lang,
    pub legal_basis: LegalBasis,
    pub looked_after_since: Date,
    pub iro_name: Option<String>,
    pub communication_needs: String,
    pub placement_type: String,
    pub line: ChildLine,
    pub history: Vec<PastReview>,
    pub moves: Vec<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingFormData {
    pub child_id: i64,
    pub child_name: String,
    pub due: Due,
    /// Set when editing a booked review.
    pub review_id: Option<i64>,
    /// When booking: a review already booked for the child (only one at a time).
    pub existing_review: Option<i64>,
    pub input: BookingInput,
    /// Invitations already went out: saving a change tells the invitees.
    pub invitations_out: bool,
}

/// An invitation on business support's lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InviteLine {
    pub invitation_id: i64,
    pub review_id: i64,
    pub child_name: String,
    pub first_name: String,
    pub audience: Audience,
    pub delivery: Delivery,
    pub status: InvitationStatus,
    pub meeting_on: Date,
    pub report_deadline: Date,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportHome {
    pub to_book: Vec<ChildLine>,
    pub to_send: Vec<InviteLine>,
    pub to_chase: Vec<InviteLine>,
    pub to_print: Vec<InviteLine>,
}

/// Everything a printed letter shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LetterData {
    pub invitation_id: i64,
    pub review_id: i64,
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
