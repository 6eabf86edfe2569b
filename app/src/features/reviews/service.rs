//! Reviews services: the schedule for each child, booking, closing. Everything is scoped to the
//! viewer's authority; IROs see their own children.

use super::ScheduleLine;
use crate::domain::children::parse_form_date;
use crate::domain::reviews::{Booking, BookingInput, ReviewStatus};
use crate::domain::schedule::{next_review_due, review_state, Due, ScheduleFacts};
use crate::features::children::store::ScheduleRow;
use crate::features::reviews::{BookingFormData, ReviewDetail};
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Role;
use crate::model::StaffId;
use crate::model::Viewer;
use crate::model::{ChildId, ReviewId};
use crate::server::db::format_date;
use crate::server::forms::{Done, Failed};
use crate::server::tenant::Tenant;
pub use crate::server::today;
use crate::server::AppState;
use crate::server::{audit, AppError};
use std::collections::HashMap;
use time::Date;

/// Dates by child, so each child's are found at once (a council has tens of thousands).
fn by_child(dates: Vec<(ChildId, Date)>) -> HashMap<ChildId, Vec<Date>> {
    let mut grouped: HashMap<ChildId, Vec<Date>> = HashMap::new();
    for (child, date) in dates {
        grouped.entry(child).or_default().push(date);
    }
    grouped
}

fn facts(child: &ScheduleRow, held: &HashMap<ChildId, Vec<Date>>, moves: &HashMap<ChildId, Vec<Date>>) -> ScheduleFacts {
    ScheduleFacts {
        legal_basis: child.legal_basis,
        looked_after_since: child.looked_after_since,
        reviews_held: held.get(&child.id).cloned().unwrap_or_default(),
        unplanned_moves: moves.get(&child.id).cloned().unwrap_or_default(),
    }
}

/// Each child's place in the schedule (one child, an IRO's children, or all the authority's).
pub async fn schedule_lines(tenant: &Tenant, iro: Option<StaffId>, child: Option<ChildId>) -> Result<Vec<ScheduleLine>, AppError> {
    let today = tenant.today();
    let children = tenant.children().schedule_rows(iro, child).await?;
    // Grouped by child first: looking each child's up in flat lists would cost children × rows.
    let held = by_child(tenant.reviews().held_dates(child).await?);
    let moves = by_child(tenant.reviews().moves(child).await?);
    let mut booked: HashMap<ChildId, ReviewDetail> = tenant.reviews().booked(child).await?.into_iter().map(|r| (r.child_id, r)).collect();
    Ok(children
        .iter()
        .map(|c| {
            let review = booked.remove(&c.id);
            let (due, state) = match &review {
                Some(r) => (Due { date: r.due_on, reason: r.kind }, r.state),
                None => {
                    let due = next_review_due(&facts(c, &held, &moves));
                    (due, review_state(due.date, None, false, false, today))
                }
            };
            let tag = crate::model::ChildTag::new(
                &c.full_name,
                c.case_reference.clone(),
                crate::domain::children::age_on(c.date_of_birth, today),
            );
            ScheduleLine {
                child_id: c.id,
                child_name: c.preferred_name.clone(),
                child_tag: tag,
                full_name: c.full_name.clone(),
                case_reference: c.case_reference.clone(),
                date_of_birth: c.date_of_birth,
                iro_staff_id: c.iro_staff_id,
                due,
                state,
                review,
            }
        })
        .collect())
}

/// Who books reviews and manages invitations: the authority's IROs and business support.
pub const REVIEW_STAFF: [Role; 2] = [Role::Iro, Role::BusinessSupport];

/// Links stop working at the end of the meeting day.
pub fn link_expiry(meeting_on: Date) -> i64 {
    crate::domain::calendar::uk_start_of_day(meeting_on + time::Duration::days(1))
}

/// The due dates of the authority's children who have no review booked: one already past is a
/// review not held in time.
pub async fn unbooked_due_dates(tenant: &Tenant) -> Result<Vec<time::Date>, AppError> {
    Ok(schedule_lines(tenant, None, None).await?.into_iter().filter(|line| line.review.is_none()).map(|line| line.due.date).collect())
}

/// When the child's next review is due, as the schedule now stands.
pub async fn next_due(tenant: &Tenant, child_id: ChildId) -> Result<Option<time::Date>, AppError> {
    Ok(schedule_lines(tenant, None, Some(child_id)).await?.first().map(|line| line.due.date))
}

pub async fn booking_form(
    state: &AppState,
    viewer: &Viewer,
    child_id: Option<ChildId>,
    review_id: Option<ReviewId>,
) -> Result<BookingFormData, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if let Some(review_id) = review_id {
        let review = booked_review(&tenant, review_id).await?;
        return Ok(BookingFormData {
            child_id: review.child_id,
            child_name: review.child_name.clone(),
            due: Due { date: review.due_on, reason: review.kind },
            review_id: Some(review_id),
            existing_review: None,
            input: BookingInput {
                meeting_on: format_date(review.meeting_on),
                meeting_at: review.meeting_at.clone(),
                arrangement: review.arrangement.as_str().to_string(),
                arrangement_details: review.arrangement_details.clone(),
                delay_reason: review.delay_reason.clone(),
                // A meeting already on such a day was confirmed (for that day) when it was booked.
                non_working_day: if crate::domain::calendar::is_working_day(review.meeting_on) {
                    String::new()
                } else {
                    format_date(review.meeting_on)
                },
            },
            invitations_out: tenant.reviews().invitations_out(review_id).await?,
        });
    }
    let child_id = child_id.ok_or(AppError::NotFound)?;
    let line = schedule_lines(&tenant, None, Some(child_id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
    let settings = tenant.settings().get().await?;
    Ok(BookingFormData {
        child_id,
        child_name: line.child_name.clone(),
        due: line.due,
        review_id: None,
        existing_review: line.review.as_ref().map(|r| r.id),
        input: BookingInput { arrangement_details: settings.default_arrangements, ..BookingInput::default() },
        invitations_out: false,
    })
}

pub async fn booked_review(tenant: &Tenant, review_id: ReviewId) -> Result<ReviewDetail, AppError> {
    let review = tenant.reviews().get(review_id).await?.ok_or(AppError::NotFound)?;
    if review.status != ReviewStatus::Booked {
        return Err(AppError::Invalid(T::ErrReviewClosed));
    }
    Ok(review)
}

pub async fn save_booking(
    state: &AppState,
    viewer: &Viewer,
    child_id: Option<ChildId>,
    review_id: Option<ReviewId>,
    input: &BookingInput,
) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let today = today();
    if let Some(review_id) = review_id {
        let review = booked_review(&tenant, review_id).await?;
        let Changed { changed, told } = change_booking(state, &tenant, &review, input, today).await?.map_err(Failed::Invalid)?;
        let mut notice = Msg::new(T::ReviewSaved).with("name", review.child_name.clone());
        if changed && told > 0 {
            notice = Msg::new(T::ReviewSavedTold).with("name", review.child_name.clone()).with("count", told.to_string());
        }
        audit::by_staff(state, viewer, "review.updated", "review", Some(review_id.get()), if changed { "details changed" } else { "" })
            .await?;
        return Ok(Done::to(format!("/staff/reviews/{review_id}")).with_notice(notice));
    }
    let child_id = child_id.ok_or(AppError::NotFound)?;
    let line = schedule_lines(&tenant, None, Some(child_id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
    if line.review.is_some() {
        return Err(AppError::Invalid(T::ErrAlreadyBooked).into());
    }
    let booking = Booking::parse(input, line.due.date, today).map_err(Failed::Invalid)?;
    let id = tenant.reviews().insert(child_id, line.due.reason, line.due.date, &booking).await?;
    audit::by_staff(state, viewer, "review.booked", "review", Some(id), "").await?;
    Ok(Done::to(format!("/staff/reviews/{id}")).with_notice(Msg::new(T::ReviewBooked).with("name", line.child_name)))
}

/// What changing a booked review did: whether anything that invitees were told changed, and
/// how many of them are told again.
pub struct Changed {
    pub changed: bool,
    pub told: u64,
}

/// Changes a booked review by the booking form's rules (the errors by field, or what changed).
/// Everyone invited is told when the meeting's day, time or arrangements change.
async fn change_booking(
    state: &AppState,
    tenant: &Tenant,
    review: &ReviewDetail,
    input: &BookingInput,
    today: time::Date,
) -> Result<Result<Changed, Vec<crate::model::FieldError>>, AppError> {
    let booking = match Booking::parse(input, review.due_on, today) {
        Ok(booking) => booking,
        Err(errors) => return Ok(Err(errors)),
    };
    let changed = booking.meeting_on != review.meeting_on
        || crate::domain::reviews::format_form_time(booking.meeting_at) != review.meeting_at
        || booking.arrangement != review.arrangement
        || booking.arrangement_details != review.arrangement_details;
    let moved = changed.then(|| link_expiry(booking.meeting_on));
    let Some(told) = tenant.reviews().update_booking(review.id, &booking, moved, state.clock.now()).await? else {
        return Err(AppError::NotFound);
    };
    if changed && told > 0 {
        state.wake_jobs.notify_one();
    }
    Ok(Ok(Changed { changed, told }))
}

/// What booking a child's next review through the council API did.
pub enum Booked {
    Added(ReviewId),
    Updated(ReviewId, Changed),
}

/// Books a child's next review, or changes it if it is booked already, by the booking form's
/// rules: the council API's bookings. The errors by field, or what was done.
pub async fn book_next(
    state: &AppState,
    tenant: &Tenant,
    child_id: ChildId,
    input: &BookingInput,
) -> Result<Result<Booked, Vec<crate::model::FieldError>>, AppError> {
    let today = tenant.today();
    let line = schedule_lines(tenant, None, Some(child_id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
    if let Some(booked) = &line.review {
        let review = booked_review(tenant, booked.id).await?;
        return Ok(change_booking(state, tenant, &review, input, today).await?.map(|changed| Booked::Updated(review.id, changed)));
    }
    let booking = match Booking::parse(input, line.due.date, today) {
        Ok(booking) => booking,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = tenant.reviews().insert(child_id, line.due.reason, line.due.date, &booking).await?;
    Ok(Ok(Booked::Added(ReviewId::new(id))))
}

/// The most children booked by one bulk booking: one page of the work list.
pub const BULK_MOST: usize = crate::domain::worklist::PAGE_SIZE;

/// Books the chosen children's reviews at the council's usual arrangements, each on the day
/// `usual_meeting_day` gives, by the same rules and audit as one booking; the child's IRO then
/// confirms each meeting. The time and arrangements are checked first: if they are wrong nothing
/// is booked. A child already booked, or whose review is late (that needs a date and a reason,
/// one by one), is left and named in the notice.
pub async fn bulk_book(state: &AppState, viewer: &Viewer, children: &[ChildId], usual: &BookingInput, back: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let today = tenant.today();
    if children.is_empty() {
        return Err(Failed::field("chosen", T::ErrBulkNoneChosen));
    }
    if children.len() > BULK_MOST {
        return Err(Failed::field("chosen", T::ErrBulkTooMany));
    }
    // The shared fields are checked once, on a day that passes the date rules.
    let probe_day = crate::domain::calendar::add_working_days(today, 1);
    let probe =
        BookingInput { meeting_on: format_date(probe_day), delay_reason: String::new(), non_working_day: String::new(), ..usual.clone() };
    Booking::parse(&probe, probe_day, today).map_err(Failed::Invalid)?;

    let mut booked = 0usize;
    let mut left: Vec<String> = Vec::new();
    for child in children {
        // A child of another council is simply not found here: nothing is said of them.
        let Some(line) = schedule_lines(&tenant, None, Some(*child)).await?.into_iter().next() else { continue };
        let day = match (&line.review, crate::domain::schedule::usual_meeting_day(line.due.date, today)) {
            (None, Some(day)) => day,
            _ => {
                left.push(line.child_name);
                continue;
            }
        };
        let input =
            BookingInput { meeting_on: format_date(day), delay_reason: String::new(), non_working_day: String::new(), ..usual.clone() };
        // Each child is booked, and audited, on their own: one that fails (booked by someone
        // else a moment ago, or the database stumbling) is named, and the rest go on, so the
        // notice always says exactly who was booked.
        let made = match Booking::parse(&input, line.due.date, today) {
            Ok(booking) => tenant.reviews().insert(*child, line.due.reason, line.due.date, &booking).await,
            Err(_) => Err(AppError::Invalid(T::ErrDateInvalid)),
        };
        match made {
            Ok(id) => {
                booked += 1;
                // Booked is booked: an audit line that cannot be written is logged, not a reason
                // to call the booking failed.
                if let Err(error) = audit::by_staff(state, viewer, "review.booked", "review", Some(id), "bulk").await {
                    error.log();
                }
            }
            Err(error) => {
                if !matches!(error, AppError::Invalid(_)) {
                    error.log();
                }
                left.push(line.child_name);
            }
        }
    }
    let notice = if left.is_empty() {
        Msg::new(T::BulkBooked).with("count", booked.to_string())
    } else {
        Msg::new(T::BulkBookedSome).with("count", booked.to_string()).with("names", left.join(", "))
    };
    Ok(Done::to(back).with_notice(notice))
}

/// Names a review's date, time and arrangements (not secret: it only tells a change apart).
pub fn meeting_fingerprint(review: &ReviewDetail) -> String {
    let shown = format!("{}|{}|{}|{}", review.meeting_on, review.meeting_at, review.arrangement.as_str(), review.arrangement_details);
    crate::server::security::sha256_hex(&shown)[..16].to_string()
}

/// The child's own IRO confirms when and how the meeting happens (audited): exactly the details
/// they were shown, so a booking changed meanwhile is not confirmed unseen.
pub async fn confirm(state: &AppState, viewer: &Viewer, review_id: ReviewId, seen: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[crate::model::Role::Iro])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let review = booked_review(&tenant, review_id).await?;
    if seen != meeting_fingerprint(&review) {
        return Err(Failed::field("", T::ErrMeetingChanged));
    }
    if !tenant.reviews().confirm(review_id, viewer.staff_id).await? {
        return Err(AppError::Invalid(T::ErrNotTheirIro).into());
    }
    audit::by_staff(state, viewer, "review.confirmed", "review", Some(review_id.get()), "").await?;
    Ok(Done::to(format!("/staff/reviews/{review_id}")).with_notice(Msg::new(T::MeetingConfirmedNotice).with("name", review.child_name)))
}

pub async fn close(state: &AppState, viewer: &Viewer, review_id: ReviewId, outcome: &str, held_on: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let review = booked_review(&tenant, review_id).await?;
    let (status, day, action, notice) = match outcome {
        "held" => {
            let day = match parse_form_date(held_on) {
                None => return Err(Failed::field("held_on", T::ErrDateInvalid)),
                Some(day) if day > today() => return Err(Failed::field("held_on", T::ErrHeldFuture)),
                Some(day) => day,
            };
            (ReviewStatus::Held, Some(day), "review.held", T::ReviewMarkedHeld)
        }
        "cancelled" => (ReviewStatus::Cancelled, None, "review.cancelled", T::ReviewCancelledNotice),
        _ => return Err(AppError::Invalid(T::ErrSomethingWrong).into()),
    };
    // Closing, telling emailed invitees of a cancellation, and ending the links happen together.
    let Some(told) = tenant.reviews().close(review_id, status, day, state.clock.now()).await? else {
        return Err(AppError::NotFound.into());
    };
    // People told of a cancellation, or the webhook's call queued: the sender starts now.
    if told > 0 || status == ReviewStatus::Held {
        state.wake_jobs.notify_one();
    }
    audit::by_staff(state, viewer, action, "review", Some(review_id.get()), "").await?;
    Ok(Done::to(format!("/staff/children/{}", review.child_id)).with_notice(Msg::new(notice).with("name", review.child_name)))
}

pub async fn record_event(state: &AppState, viewer: &Viewer, child_id: ChildId, event: &str, on: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let child = tenant.children().schedule_rows(None, Some(child_id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
    let field = format!("{event}_on");
    let day = match parse_form_date(on) {
        None => return Err(Failed::field(&field, T::ErrDateInvalid)),
        Some(day) if day > today() => return Err(Failed::field(&field, T::ErrHeldFuture)),
        Some(day) if day < child.looked_after_since => return Err(Failed::field(&field, T::ErrBeforeLookedAfter)),
        Some(day) => day,
    };
    let notice = match event {
        "held" => {
            let held = by_child(tenant.reviews().held_dates(Some(child_id)).await?);
            let moves = by_child(tenant.reviews().moves(Some(child_id)).await?);
            let mut before = facts(&child, &held, &moves);
            before.reviews_held.retain(|d| *d < day);
            let kind = next_review_due(&before).reason;
            let id = tenant.reviews().insert_held(child_id, kind, day).await?;
            audit::by_staff(state, viewer, "review.recorded", "review", Some(id), "").await?;
            T::PastReviewRecorded
        }
        "move" => {
            tenant.reviews().insert_move(child_id, day).await?;
            audit::by_staff(state, viewer, "placement.moved", "child", Some(child_id.get()), "").await?;
            T::MoveRecorded
        }
        _ => return Err(AppError::Invalid(T::ErrSomethingWrong).into()),
    };
    Ok(Done::to(format!("/staff/children/{child_id}")).with_notice(Msg::new(notice).with("name", child.preferred_name)))
}

#[cfg(test)]
mod service_tests {
    use crate::domain::reviews::{Arrangement, Booking};
    use crate::domain::schedule::DueReason;
    use crate::i18n::T;
    use crate::server::tenant::Tenant;
    use crate::server::{testing, AppError};

    /// The booking form checks for a booked review first, but two people pressing "Book" at
    /// the same moment both pass that check: the second write must then meet the database's
    /// rule and come back as the same refusal, not as "something went wrong".
    #[tokio::test]
    async fn a_second_booked_review_for_one_child_is_refused_by_the_rule() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 14).await;
        let tenant = Tenant::of_viewer(&state, &seeded.iro);
        let booking = Booking {
            meeting_on: tenant.today() + time::Duration::days(21),
            meeting_at: time::Time::from_hms(10, 30, 0).expect("time"),
            arrangement: Arrangement::InPerson,
            arrangement_details: String::new(),
            delay_reason: String::new(),
        };
        let due = tenant.today() + time::Duration::days(28);
        let second = tenant.reviews().insert(seeded.child_id, DueReason::Subsequent, due, &booking).await;
        assert!(matches!(second, Err(AppError::Invalid(T::ErrAlreadyBooked))), "{:?}", second.err());
        let booked: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM reviews WHERE status = 'booked'").fetch_one(&state.db).await.expect("count");
        assert_eq!(booked, 1);
    }

    /// Another council's handle cannot book, record or move a child that is not theirs, even
    /// given the child's id: each comes back "not found" and writes nothing.
    #[tokio::test]
    async fn another_councils_handle_cannot_write_for_a_child() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 14).await;
        let elsewhere =
            crate::model::Viewer { authority_id: crate::model::AuthorityId::new(seeded.authority.get() + 1), ..seeded.iro.clone() };
        let other = Tenant::of_viewer(&state, &elsewhere);
        let day = other.today() - time::Duration::days(30);
        assert!(matches!(other.reviews().insert_move(seeded.child_id, day).await, Err(AppError::NotFound)));
        assert!(matches!(other.reviews().insert_held(seeded.child_id, DueReason::Subsequent, day).await, Err(AppError::NotFound)));
        let booking = Booking {
            meeting_on: other.today() + time::Duration::days(21),
            meeting_at: time::Time::from_hms(10, 30, 0).expect("time"),
            arrangement: Arrangement::InPerson,
            arrangement_details: String::new(),
            delay_reason: String::new(),
        };
        sqlx::query("UPDATE reviews SET status = 'held'").execute(&state.db).await.expect("free the child of its booking");
        let due = other.today() + time::Duration::days(28);
        assert!(matches!(other.reviews().insert(seeded.child_id, DueReason::Subsequent, due, &booking).await, Err(AppError::NotFound)));
        let moves: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM placement_moves").fetch_one(&state.db).await.expect("count");
        let reviews: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reviews").fetch_one(&state.db).await.expect("count");
        assert_eq!((moves, reviews), (0, 1));
        // The child's own council can.
        let own = Tenant::of_viewer(&state, &seeded.iro);
        assert!(own.reviews().insert(seeded.child_id, DueReason::Subsequent, due, &booking).await.is_ok());
    }
}
