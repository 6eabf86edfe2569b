//! Server functions for reviews: booking and changing one, closing it, confirming the meeting,
//! recording a past review or a move.

use super::*;
#[cfg(feature = "ssr")]
use crate::domain::reviews::BookingInput;
use crate::model::Failure;
use crate::model::{ChildId, ReviewId};
use leptos::prelude::*;

#[server(endpoint = "booking_form")]
pub async fn booking_form(child_id: Option<ChildId>, review_id: Option<ReviewId>) -> Result<BookingFormData, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::reviews::service::booking_form(&state, &viewer, child_id, review_id).await?)
}

/// Books a new review (`child_id`) or changes a booked one (`review_id`).
#[server(endpoint = "save_booking")]
#[allow(clippy::too_many_arguments)]
pub async fn save_booking(
    child_id: Option<ChildId>,
    review_id: Option<ReviewId>,
    meeting_on: Option<String>,
    meeting_at: Option<String>,
    arrangement: Option<String>,
    arrangement_details: Option<String>,
    delay_reason: Option<String>,
    non_working_day: Option<String>,
) -> Result<(), Failure> {
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
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::reviews::service::save_booking(&state, &viewer, child_id, review_id, &input).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("save_booking", &back, input.values(), result).await
}

/// Books the chosen children's reviews at the council's usual arrangements (from the work
/// list: each child is a `chosen[<id>]` box), then goes back to the list.
#[server(endpoint = "bulk_book")]
pub async fn bulk_book(
    chosen: Option<std::collections::HashMap<String, String>>,
    meeting_at: Option<String>,
    arrangement: Option<String>,
    arrangement_details: Option<String>,
    back: Option<String>,
) -> Result<(), Failure> {
    let back = crate::server::security::local_path(back.as_deref(), "/staff/children");
    let input = BookingInput {
        meeting_at: meeting_at.unwrap_or_default(),
        arrangement: arrangement.unwrap_or_default(),
        arrangement_details: arrangement_details.unwrap_or_default(),
        ..BookingInput::default()
    };
    // Ids that are not whole numbers are dropped; more than a page is refused by the service.
    let children: Vec<ChildId> = chosen.unwrap_or_default().keys().filter_map(|id| id.parse().ok()).collect();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::reviews::service::bulk_book(&state, &viewer, &children, &input, &back).await,
        Err(error) => Err(error.into()),
    };
    let values = input.values().into_iter().filter(|(k, _)| k.starts_with("meeting_at") || k.starts_with("arrangement")).collect();
    crate::server::forms::finish("bulk_book", &back, values, result).await
}

/// Marks a booked review as held on the day given, or cancels it.
#[server(endpoint = "close_review")]
pub async fn close_review(review_id: ReviewId, outcome: Option<String>, held_on: Option<String>) -> Result<(), Failure> {
    let held_on = held_on.unwrap_or_default();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => {
            crate::features::reviews::service::close(&state, &viewer, review_id, outcome.as_deref().unwrap_or_default(), &held_on).await
        }
        Err(error) => Err(error.into()),
    };
    let values = vec![("held_on".to_string(), held_on)];
    crate::server::forms::finish("close_review", &format!("/staff/reviews/{review_id}"), values, result).await
}

/// The child's IRO confirms the meeting's date, time and how to join, so invitees see them.
#[server(endpoint = "confirm_meeting")]
pub async fn confirm_meeting(review_id: ReviewId, seen: Option<String>) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::reviews::service::confirm(&state, &viewer, review_id, seen.as_deref().unwrap_or("")).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("confirm_meeting", &format!("/staff/reviews/{review_id}"), Vec::new(), result).await
}

/// Records something that happened before Heard knew the child: a review already held, or an
/// unplanned change of placement (which brings the next review forward).
/// Each event has its own date field (`held_on`, `move_on`), as the child page's two forms post.
#[server(endpoint = "record_event")]
pub async fn record_event(
    child_id: ChildId,
    event: Option<String>,
    held_on: Option<String>,
    move_on: Option<String>,
) -> Result<(), Failure> {
    let event = event.unwrap_or_default();
    let on = if event == "move" { move_on } else { held_on }.unwrap_or_default();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::reviews::service::record_event(&state, &viewer, child_id, &event, &on).await,
        Err(error) => Err(error.into()),
    };
    let values = vec![(format!("{event}_on"), on)];
    crate::server::forms::finish("record_event", &format!("/staff/children/{child_id}"), values, result).await
}
