//! Reviews: booking, the schedule as staff see it, invitations, and the homes built from them.

#[cfg(feature = "ssr")]
use crate::domain::reviews::BookingInput;
use leptos::prelude::*;
use super::*;

#[server(endpoint = "iro_home")]
pub async fn iro_home() -> Result<Vec<ChildLine>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::reviews::service::iro_home().await.or_sfn()
}

#[server(endpoint = "support_work")]
pub async fn support_work() -> Result<SupportHome, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::reviews::service::support_home().await.or_sfn()
}

#[server(endpoint = "child_page")]
pub async fn child_page(id: i64) -> Result<ChildOverview, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::reviews::service::child_overview(id).await.or_sfn()
}

#[server(endpoint = "booking_form")]
pub async fn booking_form(child_id: Option<i64>, review_id: Option<i64>) -> Result<BookingFormData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::reviews::service::booking_form(child_id, review_id).await.or_sfn()
}

#[server(endpoint = "review_page")]
pub async fn review_page(id: i64) -> Result<ReviewPageData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::reviews::service::review_page(id).await.or_sfn()
}

#[server(endpoint = "letter")]
pub async fn letter(invitation_id: i64) -> Result<LetterData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::invitations::service::letter(invitation_id).await.or_sfn()
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
    let result = crate::features::reviews::service::save_booking(child_id, review_id, &input).await;
    crate::server::forms::finish("save_booking", &back, input.values(), result).await
}

/// Marks a booked review as held on the day given, or cancels it.
#[server(endpoint = "close_review")]
pub async fn close_review(review_id: i64, outcome: Option<String>, held_on: Option<String>) -> Result<(), ServerFnError> {
    let held_on = held_on.unwrap_or_default();
    let result = crate::features::reviews::service::close(review_id, outcome.as_deref().unwrap_or_default(), &held_on).await;
    let values = vec![("held_on".to_string(), held_on)];
    crate::server::forms::finish("close_review", &format!("/staff/reviews/{review_id}"), values, result).await
}

/// The child's IRO confirms the meeting's date, time and how to join, so invitees see them.
#[server(endpoint = "confirm_meeting")]
pub async fn confirm_meeting(review_id: i64, seen: Option<String>) -> Result<(), ServerFnError> {
    let result = crate::features::reviews::service::confirm(review_id, seen.as_deref().unwrap_or("")).await;
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
    let result = crate::features::reviews::service::record_event(child_id, &event, &on).await;
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
    let result = crate::features::invitations::service::add(review_id, &input).await;
    crate::server::forms::finish("add_invitee", &format!("/staff/reviews/{review_id}"), input.values(), result).await
}

/// One action on one invitation: `send` (email it), `letter` (make the letter), `resend` (new
/// link or code; the old one stops working), `posted` (the letter went in the post), `revoke`.
#[server(endpoint = "invitation_action")]
pub async fn invitation_action(invitation_id: i64, action: String) -> Result<(), ServerFnError> {
    let (back, result) = crate::features::invitations::service::act(invitation_id, &action).await;
    crate::server::forms::finish("invitation_action", &back, Vec::new(), result).await
}
