//! Reviews: booking, the schedule as staff see it, invitations, and the homes built from them.

use crate::domain::children::{AgeBand, LegalBasis};
use crate::domain::reviews::{Arrangement, Audience, BookingInput, Delivery, InvitationStatus, ReviewStatus};
use crate::domain::schedule::{Due, DueReason, ReviewState};
use crate::i18n::Lang;
use leptos::prelude::*;
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
    pub undelivered: Vec<crate::api::outbox::Undelivered>,
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

#[server(endpoint = "iro_home")]
pub async fn iro_home() -> Result<Vec<ChildLine>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::reviews::iro_home().await.or_sfn()
}

#[server(endpoint = "support_work")]
pub async fn support_work() -> Result<SupportHome, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::reviews::support_home().await.or_sfn()
}

#[server(endpoint = "child_page")]
pub async fn child_page(id: i64) -> Result<ChildOverview, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::reviews::child_overview(id).await.or_sfn()
}

#[server(endpoint = "booking_form")]
pub async fn booking_form(child_id: Option<i64>, review_id: Option<i64>) -> Result<BookingFormData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::reviews::booking_form(child_id, review_id).await.or_sfn()
}

#[server(endpoint = "review_page")]
pub async fn review_page(id: i64) -> Result<ReviewPageData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::reviews::review_page(id).await.or_sfn()
}

#[server(endpoint = "letter")]
pub async fn letter(invitation_id: i64) -> Result<LetterData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::invitations::letter(invitation_id).await.or_sfn()
}

/// Books a new review (`child_id`) or changes a booked one (`review_id`).
#[server(endpoint = "save_booking")]
#[allow(clippy::too_many_arguments)]
pub async fn save_booking(
    child_id: Option<i64>,
    review_id: Option<i64>,
    meeting_on: Option<String>,
    meeting_at: Option<String>,
    arrangement: Option<String>,
    arrangement_details: Option<String>,
    delay_reason: Option<String>,
    non_working_day: Option<String>,
) -> Result<(), ServerFnError> {
    let input = BookingInput {
        meeting_on: meeting_on.unwrap_or_default(),
        meeting_at: meeting_at.unwrap_or_default(),
        arrangement: arrangement.unwrap_or_default(),
        arrangement_details: arrangement_details.unwrap_or_default(),
        delay_reason: delay_reason.unwrap_or_default(),
        non_working_day: non_working_day.unwrap_or_default(),
    };
    let back = match (review_id, child_id) {
        (Some(id), _) => format!("/staff/reviews/{id}/edit"),
        (None, Some(child)) => format!("/staff/children/{child}/book"),
        (None, None) => "/staff".to_string(),
    };
    let result = crate::server::reviews::save_booking(child_id, review_id, &input).await;
    crate::server::forms::finish("save_booking", &back, input.values(), result).await
}

/// Marks a booked review as held on the day given, or cancels it.
#[server(endpoint = "close_review")]
pub async fn close_review(review_id: i64, outcome: Option<String>, held_on: Option<String>) -> Result<(), ServerFnError> {
    let held_on = held_on.unwrap_or_default();
    let result = crate::server::reviews::close(review_id, outcome.as_deref().unwrap_or_default(), &held_on).await;
    let values = vec![("held_on".to_string(), held_on)];
    crate::server::forms::finish("close_review", &format!("/staff/reviews/{review_id}"), values, result).await
}

/// The child's IRO confirms the meeting's date, time and how to join, so invitees see them.
#[server(endpoint = "confirm_meeting")]
pub async fn confirm_meeting(review_id: i64, seen: Option<String>) -> Result<(), ServerFnError> {
    let result = crate::server::reviews::confirm(review_id, seen.as_deref().unwrap_or("")).await;
    crate::server::forms::finish("confirm_meeting", &format!("/staff/reviews/{review_id}"), Vec::new(), result).await
}

/// Records something that happened before Heard knew the child: a review already held, or an
/// unplanned change of placement (which brings the next review forward).
/// Each event has its own date field (`held_on`, `move_on`), as the child page's two forms post.
#[server(endpoint = "record_event")]
pub async fn record_event(
    child_id: i64,
    event: Option<String>,
    held_on: Option<String>,
    move_on: Option<String>,
) -> Result<(), ServerFnError> {
    let event = event.unwrap_or_default();
    let on = if event == "move" { move_on } else { held_on }.unwrap_or_default();
    let result = crate::server::reviews::record_event(child_id, &event, &on).await;
    let values = vec![(format!("{event}_on"), on)];
    crate::server::forms::finish("record_event", &format!("/staff/children/{child_id}"), values, result).await
}

#[server(endpoint = "add_invitee")]
pub async fn add_invitee(
    review_id: i64,
    audience: Option<String>,
    first_name: Option<String>,
    language: Option<String>,
    delivery: Option<String>,
    email: Option<String>,
    postal_address: Option<String>,
) -> Result<(), ServerFnError> {
    let input = crate::domain::reviews::InviteeInput {
        audience: audience.unwrap_or_default(),
        first_name: first_name.unwrap_or_default(),
        language: language.unwrap_or_default(),
        delivery: delivery.unwrap_or_default(),
        email: email.unwrap_or_default(),
        postal_address: postal_address.unwrap_or_default(),
    };
    let result = crate::server::invitations::add(review_id, &input).await;
    crate::server::forms::finish("add_invitee", &format!("/staff/reviews/{review_id}"), input.values(), result).await
}

/// One action on one invitation: `send` (email it), `letter` (make the letter), `resend` (new
/// link or code; the old one stops working), `posted` (the letter went in the post), `revoke`.
#[server(endpoint = "invitation_action")]
pub async fn invitation_action(invitation_id: i64, action: String) -> Result<(), ServerFnError> {
    let (back, result) = crate::server::invitations::act(invitation_id, &action).await;
    crate::server::forms::finish("invitation_action", &back, Vec::new(), result).await
}
