//! The outcome letter: after the meeting the IRO writes to the child in plain words, in the
//! child's language (what we talked about, what we decided, what happens next, who to ask).
//! Sending it marks the review held; the child is told through their invitation's channel (no
//! content in the message) and reads it with their own link and secret.

use crate::domain::reviews::{Audience, ReviewStatus};
use crate::features::outcome::store::{Letter, SendResult};
use crate::features::outcome::{ChildLetter, LetterText, OutcomePage};
use crate::features::reviews::ReviewDetail;
use crate::i18n::T;
use crate::model::Go;
use crate::model::ReviewId;
use crate::model::Role;
use crate::model::{FieldError, Msg, Viewer};
use crate::server::forms::{Done, Failed};
use crate::server::state::app_state;
use crate::server::{audit, now, today, AppError, AppState};

/// The longest part of a letter: a letter to a child is short.
pub const PART_MAX: usize = 2000;

/// How long a child's link keeps opening their letter after it is sent.
pub const READ_DAYS: i64 = 90;

/// The review, if this IRO may write its letter (whoever may open its pack; not once cancelled).
async fn writable(state: &AppState, viewer: &Viewer, review_id: ReviewId) -> Result<ReviewDetail, AppError> {
    let review = crate::features::pack::service::open_review(state, viewer, review_id).await?.review;
    if review.status == ReviewStatus::Cancelled {
        return Err(AppError::NotFound);
    }
    Ok(review)
}

fn day(at: i64) -> time::Date {
    crate::server::uk_time(at).date()
}

pub async fn page(state: &AppState, viewer: &Viewer, review_id: ReviewId) -> Result<OutcomePage, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Iro])?;
    let review = writable(state, viewer, review_id).await?;
    page_of(state, viewer, review).await
}

async fn page_of(state: &AppState, viewer: &Viewer, review: ReviewDetail) -> Result<OutcomePage, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let review_id = review.id;
    let child_invitation =
        tenant.invitations().for_review(review_id).await?.into_iter().find(|i| i.audience == Audience::Child && !i.revoked && i.issued);
    let stored = tenant.outcome().get(review_id).await?;
    // The IRO writes in Welsh or English: a child who reads another language has the letter's
    // frame in theirs and the IRO's words in English (an interpreter can go through it with them).
    let language = match (&stored, &child_invitation) {
        (Some(letter), _) => letter.language,
        (None, Some(invitation)) => invitation.language.for_staff(),
        (None, None) => {
            tenant.children().schedule_rows(None, Some(review.child_id)).await?.first().map(|c| c.language.for_staff()).unwrap_or_default()
        }
    };
    let letter = stored.unwrap_or_default();
    Ok(OutcomePage {
        review_id,
        child_name: review.child_name,
        meeting_on: review.meeting_on,
        meeting_passed: review.meeting_on <= today(),
        status: review.status,
        language,
        letter: letter.text,
        sent_on: letter.sent_at.map(day),
        read_on: letter.read_at.map(day),
        delivery: child_invitation.map(|i| i.delivery),
    })
}

/// What is wrong with a letter, part by part (a draft may be unfinished; a letter sent may not).
pub fn problems(text: &LetterText, sending: bool) -> Vec<FieldError> {
    let parts = [
        ("talked", &text.talked, T::OutcomeTalkedEmpty),
        ("decided", &text.decided, T::OutcomeDecidedEmpty),
        ("next_steps", &text.next_steps, T::OutcomeNextEmpty),
        ("who_to_ask", &text.who_to_ask, T::OutcomeWhoToAskEmpty),
    ];
    parts
        .into_iter()
        .filter_map(|(field, words, empty)| {
            let length = words.trim().chars().count();
            let msg = if length > PART_MAX {
                Msg::new(T::OutcomePartLong).with("limit", PART_MAX.to_string())
            } else if sending && length == 0 {
                Msg::new(empty)
            } else {
                return None;
            };
            Some(FieldError { field: field.to_string(), msg })
        })
        .collect()
}

pub async fn save(
    state: &AppState,
    viewer: &Viewer,
    review_id: ReviewId,
    text: &LetterText,
    held_on: &str,
    send: bool,
) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Iro])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let review = writable(state, viewer, review_id).await?;
    let clean = |t: &str| crate::domain::text::clean_multiline(t);
    let text = LetterText {
        talked: clean(&text.talked),
        decided: clean(&text.decided),
        next_steps: clean(&text.next_steps),
        who_to_ask: clean(&text.who_to_ask),
    };
    let errors = problems(&text, send);
    if !problems(&text, false).is_empty() {
        return Err(Failed::Invalid(errors));
    }
    let page = page_of(state, viewer, review.clone()).await?;
    if page.sent_on.is_some() {
        return Err(Failed::field("", T::OutcomeAlreadySent));
    }
    let letter = Letter { language: page.language, text, sent_at: None, read_at: None };
    let back = format!("/staff/reviews/{review_id}/outcome");
    if !send || !errors.is_empty() {
        // A letter not ready to send is still kept as a draft: nothing written is lost.
        if !tenant.outcome().save_draft(review_id, viewer.staff_id, &letter).await? {
            return Err(Failed::field("", T::OutcomeAlreadySent));
        }
        if !errors.is_empty() {
            return Err(Failed::Invalid(errors));
        }
        return Ok(Done::to(back).with_notice(Msg::new(T::OutcomeDraftSaved)));
    }
    if page.delivery.is_none() {
        return Err(Failed::field("", T::OutcomeNoInvitation));
    }
    // A review still booked is held on the day given (the meeting day unless the IRO says otherwise).
    let held_on = if review.status == ReviewStatus::Booked {
        let day = if held_on.trim().is_empty() { Some(review.meeting_on) } else { crate::domain::children::parse_form_date(held_on) };
        match day {
            None => return Err(Failed::field("held_on", T::ErrDateInvalid)),
            Some(day) if day > today() => return Err(Failed::field("held_on", T::OutcomeBeforeMeeting)),
            Some(day) => day,
        }
    } else {
        review.meeting_on
    };
    let open_until = now() + READ_DAYS * 86_400;
    match tenant.outcome().send(review_id, viewer.staff_id, &letter, held_on, open_until).await? {
        SendResult::AlreadySent => Err(Failed::field("", T::OutcomeAlreadySent)),
        SendResult::Sent { held, emailed } => {
            if emailed || held {
                state.wake_jobs.notify_one();
            }
            audit::by_staff(state, viewer, "outcome.sent", "review", Some(review_id.get()), "").await?;
            if held {
                audit::by_staff(state, viewer, "review.held", "review", Some(review_id.get()), "letter").await?;
            }
            let next = crate::features::reviews::service::next_due(&tenant, review.child_id).await?;
            let notice =
                Msg::new(if emailed { T::OutcomeSentEmailed } else { T::OutcomeSentTellThem }).with("name", review.child_name).with(
                    "date",
                    next.map(|d| crate::i18n::long_date(d, crate::server::security::request_lang().for_staff())).unwrap_or_default(),
                );
            Ok(Done::to(back).with_notice(notice))
        }
    }
}

/// The letter for the child signed in with their link and secret.
pub async fn child_letter() -> Result<Go<ChildLetter>, AppError> {
    let child = crate::features::secret::service::child_in().await?;
    if let Some(path) = crate::features::secret::service::not_ready(&child) {
        return Ok(Go::To(path));
    }
    let entry = child.map(|c| c.entry).ok_or(AppError::Unauthenticated)?;
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_entry(&state, &entry);
    let Some(letter) = tenant.outcome().get(entry.review_id).await?.filter(|l| l.sent_at.is_some()) else {
        return Ok(Go::To("/form".into()));
    };
    if tenant.outcome().mark_read(entry.review_id).await? {
        tenant.audit().by_invitee("outcome.read", "review", entry.review_id.get()).await?;
    }
    let band = match tenant.consultations().for_invitation(entry.id).await? {
        Some(c) => c.band,
        None => crate::features::secret::service::band_for(&state, &entry).await?,
    };
    let iro_name = tenant.outcome().author(entry.review_id).await?.unwrap_or_default();
    Ok(Go::Show(ChildLetter {
        band,
        language: letter.language,
        sent_on: day(letter.sent_at.unwrap_or_else(now)),
        letter: letter.text,
        iro_name,
    }))
}
