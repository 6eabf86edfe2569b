//! Reviews: the schedule for each child (when the next review is due, and why), booking,
//! closing, and recording past reviews and placement moves.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::reviews::{Arrangement, BookingInput, ReviewStatus};
use crate::domain::schedule::{Due, DueReason, ReviewState};
use crate::model::{ChildId, ReviewId};
use serde::{Deserialize, Serialize};
use time::Date;

/// A booked (or held, or cancelled) review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewDetail {
    pub id: ReviewId,
    pub child_id: ChildId,
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

/// A held or cancelled review, for the child's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PastReview {
    pub id: ReviewId,
    pub meeting_on: Date,
    pub kind: DueReason,
    pub status: ReviewStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingFormData {
    pub child_id: ChildId,
    pub child_name: String,
    pub due: Due,
    /// Set when editing a booked review.
    pub review_id: Option<ReviewId>,
    /// When booking: a review already booked for the child (only one at a time).
    pub existing_review: Option<ReviewId>,
    pub input: BookingInput,
    /// Invitations already went out: saving a change tells the invitees.
    pub invitations_out: bool,
}

/// A child's place in the review schedule: the booked review if any (its due date was fixed when
/// it was booked), else the next due date from the schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduleLine {
    pub child_id: ChildId,
    pub child_name: String,
    /// Tells them apart from another child of the same name.
    pub child_tag: crate::model::ChildTag,
    pub full_name: String,
    pub case_reference: Option<String>,
    pub date_of_birth: Date,
    pub iro_staff_id: Option<i64>,
    pub due: Due,
    pub state: ReviewState,
    pub review: Option<ReviewDetail>,
}
