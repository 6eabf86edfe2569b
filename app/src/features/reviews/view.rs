//! Staff pages for reviews: booking or changing one, and the tags that show a review's state.

use crate::components::flash::flash_for;
use crate::components::route::param_id;
use crate::components::use_lang;
use crate::components::{ErrorSummary, Page, SelectField, TextArea, TextField};
use crate::domain::reviews::Arrangement;
use crate::domain::schedule::{latest_allowed, ReviewState};
use crate::features::reviews::api::booking_form;
use crate::features::reviews::BookingFormData;
use crate::i18n::{long_date, Lang, T};
use crate::model::Flash;
use crate::model::{ChildId, ReviewId};
use crate::present::due_words;
use leptos::prelude::*;

/// A review's state as a coloured tag (colour is never the only cue: the words say it).
#[component]
pub fn StateTag(state: ReviewState) -> impl IntoView {
    let lang = use_lang();
    let class = match state {
        ReviewState::Overdue => "tag tag--red",
        ReviewState::DueSoon => "tag tag--amber",
        ReviewState::Scheduled => "tag tag--blue",
        ReviewState::Held => "tag tag--green",
        ReviewState::Cancelled => "tag tag--grey",
    };
    view! { <strong class=class>{state.label().get(lang)}</strong> }
}

#[component]
pub fn BookReview() -> impl IntoView {
    let id = param_id();
    view! { <BookingPage child_id=id.map(crate::model::ChildId::new) review_id=None/> }
}

#[component]
pub fn EditBooking() -> impl IntoView {
    let id = param_id();
    view! { <BookingPage child_id=None review_id=id.map(crate::model::ReviewId::new)/> }
}

#[component]
fn BookingPage(child_id: Option<ChildId>, review_id: Option<ReviewId>) -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { booking_form(child_id, review_id).await });
    let flash = flash_for("save_booking");
    let title = if review_id.is_some() { T::BookingEditTitle } else { T::BookingTitle };
    view! {
        <Page title=title>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Ok(data) => view! { <BookingFormView data=data flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn BookingFormView(data: BookingFormData, flash: Flash, lang: Lang) -> impl IntoView {
    let editing = data.review_id.is_some();
    if let Some(existing) = data.existing_review {
        return view! {
            <p>{T::AlreadyBooked.fill(lang, &[("name", &data.child_name)])}</p>
            <p><a class="button" href=format!("/staff/reviews/{existing}")>{T::OpenReview.get(lang)}</a></p>
        }
        .into_any();
    }
    let value = |field: &str, stored: &str| flash.value(field).unwrap_or_else(|| stored.to_string());
    let arrangements = Arrangement::ALL.iter().map(|a| (a.as_str().to_string(), a.label().get(lang).to_string())).collect::<Vec<_>>();
    let selected = value("arrangement", &data.input.arrangement);
    view! {
        <ErrorSummary flash=flash.clone()/>
        <dl class="summary">
            <div><dt>{T::ChildName.get(lang)}</dt><dd><a href=format!("/staff/children/{}", data.child_id)>{data.child_name.clone()}</a></dd></div>
            <div><dt>{T::ReviewKind.get(lang)}</dt><dd>{data.due.reason.label().get(lang)}</dd></div>
            <div><dt>{T::ReviewDue.get(lang)}</dt><dd>{due_words(data.due.date, lang)}</dd></div>
            <div><dt>{T::LatestAllowed.get(lang)}</dt><dd>{long_date(latest_allowed(data.due.date), lang)}</dd></div>
        </dl>
        {data.invitations_out.then(|| view! { <div class="notice notice--warning"><p>{T::BookingChangeTellsInvitees.get(lang)}</p></div> })}
        <form method="post" action="/api/save_booking" class="form" novalidate>
            {data.review_id.map(|id| view! { <input type="hidden" name="review_id" value=id.to_string()/> })}
            {(!editing).then(|| view! { <input type="hidden" name="child_id" value=data.child_id.to_string()/> })}
            <TextField name="meeting_on" label=T::MeetingDate kind="date" hint=T::MeetingDateHint
                value=value("meeting_on", &data.input.meeting_on) error=flash.error("meeting_on").cloned() required=true/>
            {
                // Asked only when the day chosen is a weekend or bank holiday (or that day was
                // confirmed); the box carries the day it confirms.
                let day = value("meeting_on", &data.input.meeting_on);
                let confirmed = !day.is_empty() && value("non_working_day", &data.input.non_working_day) == day;
                let asked = flash.error("non_working_day").cloned();
                let frame = if asked.is_some() { "field field--checkbox field--error" } else { "field field--checkbox" };
                let described = asked.is_some().then_some("non_working_day-error");
                (asked.is_some() || confirmed).then(|| view! {
                    <div class=frame>
                        {asked.map(|e| view! { <p class="error-message" id="non_working_day-error">{e.text(lang)}</p> })}
                        <input type="checkbox" id="non_working_day" name="non_working_day" value=day.clone() checked=confirmed
                            aria-describedby=described/>
                        <label for="non_working_day">{T::ConfirmNonWorkingDay.get(lang)}</label>
                    </div>
                })
            }
            <TextField name="meeting_at" label=T::MeetingTime kind="time" hint=T::MeetingTimeHint
                value=value("meeting_at", &data.input.meeting_at) error=flash.error("meeting_at").cloned() required=true/>
            <SelectField name="arrangement" label=T::Arrangement options=arrangements selected=selected error=flash.error("arrangement").cloned()/>
            <TextArea name="arrangement_details" label=T::ArrangementDetails hint=T::ArrangementDetailsHint
                value=value("arrangement_details", &data.input.arrangement_details) error=flash.error("arrangement_details").cloned()/>
            <TextArea name="delay_reason" label=T::DelayReason hint=T::DelayReasonHint
                value=value("delay_reason", &data.input.delay_reason) error=flash.error("delay_reason").cloned()/>
            <button type="submit" class="button button--primary">{if editing { T::SaveChanges.get(lang) } else { T::BookReviewButton.get(lang) }}</button>
        </form>
    }
    .into_any()
}
