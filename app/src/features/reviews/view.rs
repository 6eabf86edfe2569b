//! Staff pages for reviews: booking, the review with its invitations, and the printable letter.

use crate::features::reviews::api::{booking_form, letter, review_page};
use crate::features::reviews::{BookingFormData, ChildLine, InvitationRow, LetterData, ReviewPageData};
use crate::app::use_lang;
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextArea, TextField};
use crate::domain::children::format_form_date;
use crate::domain::reviews::{format_code, Arrangement, Audience, Delivery, InvitationStatus, ReviewStatus};
use crate::domain::schedule::{latest_allowed, ReviewState};
use crate::i18n::{long_date, short_date, Lang, T};
use crate::model::Flash;
use crate::features::staff::view::flash_for;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` route parameter, when it is a number.
pub fn param_id() -> Option<i64> {
    use_params_map().with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i64>().ok())
}

/// Loads a page's record once, for the `:id` in its route; `None` (shown as "not found") when
/// the id is not a number or the record is not the viewer's to see.
pub fn load_for_id<T, F, Fut>(fetch: F) -> OnceResource<Option<T>>
where
    T: Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: FnOnce(i64) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<T, ServerFnError>> + Send + 'static,
{
    let id = param_id();
    OnceResource::new(async move {
        match id {
            Some(id) => fetch(id).await.ok(),
            None => None,
        }
    })
}

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
pub fn InvitationTag(status: InvitationStatus, revoked: bool) -> impl IntoView {
    let lang = use_lang();
    if revoked {
        return view! { <strong class="tag tag--grey">{T::InvitationRevoked.get(lang)}</strong> }.into_any();
    }
    let class = match status {
        InvitationStatus::NotSent => "tag tag--grey",
        InvitationStatus::Sent => "tag tag--blue",
        InvitationStatus::Opened | InvitationStatus::InProgress => "tag tag--amber",
        InvitationStatus::Submitted => "tag tag--green",
    };
    view! { <strong class=class>{status.label().get(lang)}</strong> }.into_any()
}

/// "Cadi (child): Opened" for each invitee, as a compact list.
#[component]
pub fn InviteeStatuses(invitations: Vec<InvitationRow>) -> impl IntoView {
    let lang = use_lang();
    if invitations.is_empty() {
        return view! { <span class="hint">{T::NoInviteesYet.get(lang)}</span> }.into_any();
    }
    view! {
        <ul class="status-list">
            {invitations
                .into_iter()
                .map(|i| view! {
                    <li>
                        {format!("{} ({}) ", i.first_name, i.audience.label().get(lang))}
                        <InvitationTag status=i.status revoked=i.revoked/>
                    </li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The meeting's date and time, e.g. "Tuesday 1 December 2026, 10:30".
pub fn meeting_when(day: time::Date, at: &str, lang: Lang) -> String {
    if at.is_empty() {
        long_date(day, lang)
    } else {
        format!("{}, {at}", long_date(day, lang))
    }
}

/// One child's row on a home page.
#[component]
pub fn ChildLineRow(line: ChildLine) -> impl IntoView {
    let lang = use_lang();
    let (meeting, deadline) = match &line.review {
        Some(r) => (
            view! { <a href=format!("/staff/reviews/{}", r.id)>{meeting_when(r.meeting_on, &r.meeting_at, lang)}</a> }.into_any(),
            short_date(r.report_deadline, lang),
        ),
        None => (view! { <span>{T::NotBooked.get(lang)}</span> }.into_any(), "–".to_string()),
    };
    view! {
        <tr>
            <th scope="row"><a href=format!("/staff/children/{}", line.child_id)>{line.child_name.clone()}</a></th>
            <td>{meeting}</td>
            <td>{short_date(line.due.date, lang)}<br/><span class="hint">{line.due.reason.label().get(lang)}</span></td>
            <td>{deadline}</td>
            <td><StateTag state=line.state/></td>
            <td><InviteeStatuses invitations=line.invitations.clone()/></td>
        </tr>
    }
}

#[component]
pub fn BookReview() -> impl IntoView {
    let id = param_id();
    view! { <BookingPage child_id=id review_id=None/> }
}

#[component]
pub fn EditBooking() -> impl IntoView {
    let id = param_id();
    view! { <BookingPage child_id=None review_id=id/> }
}

#[component]
fn BookingPage(child_id: Option<i64>, review_id: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { booking_form(child_id, review_id).await.ok() });
    let flash = flash_for("save_booking");
    let title = if review_id.is_some() { T::BookingEditTitle } else { T::BookingTitle };
    view! {
        <Page title=title>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Some(data) => view! { <BookingFormView data=data flash=flash lang=lang/> }.into_any(),
                        None => view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// A due date in words; one on a weekend or bank holiday also names the last working day
/// before it, when the meeting must in practice be held.
pub fn due_words(due: time::Date, lang: Lang) -> String {
    if crate::domain::calendar::is_working_day(due) {
        long_date(due, lang)
    } else {
        let working = crate::domain::calendar::add_working_days(due, -1);
        T::DueOnNonWorkingDay.fill(lang, &[("date", &long_date(due, lang)), ("working", &long_date(working, lang))])
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

#[component]
pub fn ReviewPage() -> impl IntoView {
    let lang = use_lang();
    let data = load_for_id(review_page);
    // Several forms post back here; whichever did shows its message.
    let flash = flash_for("");
    view! {
        <Page title=T::ReviewTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Some(data) => view! { <ReviewView data=data flash=flash lang=lang/> }.into_any(),
                        None => view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ReviewView(data: ReviewPageData, flash: Flash, lang: Lang) -> impl IntoView {
    let review = data.review.clone();
    let open = review.status == ReviewStatus::Booked;
    let has_child = data.invitations.iter().any(|i| i.audience == Audience::Child && !i.revoked);
    let invitee_flash = if flash.form == "add_invitee" { flash.clone() } else { Flash::default() };
    let close_flash = if flash.form == "close_review" { flash.clone() } else { Flash::default() };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p class="lead"><a href=format!("/staff/children/{}", review.child_id)>{review.child_name.clone()}</a></p>
        <dl class="summary">
            <div><dt>{T::ReviewKind.get(lang)}</dt><dd>{review.kind.label().get(lang)}</dd></div>
            <div><dt>{T::ReviewState.get(lang)}</dt><dd><StateTag state=review.state/></dd></div>
            <div><dt>{T::MeetingWhen.get(lang)}</dt><dd>{meeting_when(review.meeting_on, &review.meeting_at, lang)}</dd></div>
            <div><dt>{T::ReviewDue.get(lang)}</dt><dd>{due_words(review.due_on, lang)}</dd></div>
            <div><dt>{T::ReportDeadline.get(lang)}</dt><dd>{long_date(review.report_deadline, lang)}</dd></div>
            <div><dt>{T::Arrangement.get(lang)}</dt><dd>{review.arrangement.label().get(lang)}<br/><span class="pre-line">{review.arrangement_details.clone()}</span></dd></div>
            {(!review.delay_reason.is_empty()).then(|| view! {
                <div><dt>{T::DelayReason.get(lang)}</dt><dd class="pre-line">{review.delay_reason.clone()}</dd></div>
            })}
        </dl>
        {data.viewer_opens_pack.then(|| view! {
            <p><a class="button button--primary" href=format!("/staff/reviews/{}/pack", review.id)>{T::PackOpen.get(lang)}</a></p>
        })}
        {data.letter_open.then(|| {
            let words = if data.letter_sent { T::OutcomeOpenSent } else { T::OutcomeOpen };
            view! {
                <p><a class="button" href=format!("/staff/reviews/{}/outcome", review.id)>{words.fill(lang, &[("name", &review.child_name)])}</a></p>
            }
        })}
        {open.then(|| {
            let is_iro = data.viewer_is_childs_iro;
            view! {
                <p>
                    {if review.confirmed {
                        view! { <span class="tag tag--share">{T::MeetingConfirmed.get(lang)}</span> }.into_any()
                    } else {
                        view! { <span class="tag tag--warning">{T::MeetingNotConfirmed.get(lang)}</span> }.into_any()
                    }}
                </p>
                {(!review.confirmed && is_iro).then(|| view! {
                    <form method="post" action="/api/confirm_meeting" class="form">
                        <input type="hidden" name="review_id" value=review.id.to_string()/>
                        <input type="hidden" name="seen" value=data.meeting_seen.clone()/>
                        <button type="submit" class="button button--primary">{T::ConfirmMeeting.get(lang)}</button>
                    </form>
                })}
                <p><a class="button" href=format!("/staff/reviews/{}/edit", review.id)>{T::ChangeBooking.get(lang)}</a></p>
            }
        })}

        <crate::components::UndeliveredList messages=data.undelivered.clone() back=format!("/staff/reviews/{}", data.review.id)/>
        <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{T::InvitationsHeading.get(lang)}</h2>
            {if data.invitations.is_empty() {
                view! { <p>{T::NoInviteesYet.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <DataTable caption=T::InvitationsHeading columns=vec![T::InviteeName, T::InviteeAudience, T::InviteeDelivery, T::InvitationStatusHeading, T::Actions]>
                        {data.invitations.iter().cloned().map(|i| view! { <InvitationRowView invitation=i open=open/> }).collect_view()}
                    </DataTable>
                }
                .into_any()
            }}
        </section>

        {open.then(|| view! {
            <section aria-labelledby="add-invitee-heading" class="card">
                <h2 id="add-invitee-heading">{T::AddInviteeHeading.get(lang)}</h2>
                <AddInviteeForm review_id=review.id child_name=review.child_name.clone() child_language=data.child_language
                    suggest_child=!has_child post_enabled=data.post_enabled flash=invitee_flash lang=lang/>
            </section>
            <section aria-labelledby="close-heading" class="card card--quiet">
                <h2 id="close-heading">{T::CloseReviewHeading.get(lang)}</h2>
                <form method="post" action="/api/close_review" class="form">
                    <input type="hidden" name="review_id" value=review.id.to_string()/>
                    <input type="hidden" name="outcome" value="held"/>
                    <TextField name="held_on" label=T::HeldOn kind="date"
                        value=close_flash.value("held_on").unwrap_or_else(|| format_form_date(review.meeting_on))
                        error=close_flash.error("held_on").cloned()/>
                    <button type="submit" class="button">{T::MarkHeld.get(lang)}</button>
                </form>
                <form method="post" action="/api/close_review" class="form">
                    <input type="hidden" name="review_id" value=review.id.to_string()/>
                    <input type="hidden" name="outcome" value="cancelled"/>
                    <p class="hint">{T::CancelReviewHint.get(lang)}</p>
                    <button type="submit" class="button button--danger">{T::CancelReview.get(lang)}</button>
                </form>
            </section>
        })}
    }
}

/// A button that posts one action on one invitation.
#[component]
fn ActionButton(invitation_id: i64, action: &'static str, label: T, #[prop(optional)] warning: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="post" action="/api/invitation_action" class="inline-form">
            <input type="hidden" name="invitation_id" value=invitation_id.to_string()/>
            <input type="hidden" name="action" value=action/>
            <button type="submit" class=if warning { "button button--small button--danger" } else { "button button--small" }>{label.get(lang)}</button>
        </form>
    }
}

#[component]
fn InvitationRowView(invitation: InvitationRow, open: bool) -> impl IntoView {
    let lang = use_lang();
    let is_iro = crate::app::use_viewer().is_some_and(|v| v.role == crate::model::Role::Iro);
    let i = invitation;
    let how = match i.delivery {
        Delivery::Email => format!("{}: {}", T::DeliveryEmail.get(lang), i.email),
        Delivery::Post => T::DeliveryPost.get(lang).to_string(),
    };
    let live = open && !i.revoked;
    let actions = live.then(|| match (i.delivery, i.issued) {
        (Delivery::Email, false) => view! { <ActionButton invitation_id=i.id action="send" label=T::SendEmail/> }.into_any(),
        (Delivery::Email, true) => view! { <ActionButton invitation_id=i.id action="resend" label=T::SendNewLink/> }.into_any(),
        (Delivery::Post, false) => view! { <ActionButton invitation_id=i.id action="letter" label=T::MakeLetter/> }.into_any(),
        (Delivery::Post, true) => view! {
            <a class="button button--small" href=format!("/staff/invitations/{}/letter", i.id)>{T::PrintLetter.get(lang)}</a>
            <ActionButton invitation_id=i.id action="resend" label=T::NewCode/>
        }
        .into_any(),
    });
    view! {
        <tr>
            <th scope="row">{i.first_name.clone()}</th>
            <td>{i.audience.label().get(lang)}<br/><span class="hint" lang=i.language.code()>{i.language.own_name()}</span></td>
            <td>{how}</td>
            <td>
                <InvitationTag status=i.status revoked=i.revoked/>
                {(i.needs_reprint && !i.revoked).then(|| view! { <br/><span class="hint">{T::NeedsReprint.get(lang)}</span> })}
                {i.reminder_sent.then(|| view! { <br/><span class="hint">{T::ReminderSent.get(lang)}</span> })}
                {i.secret_locked.then(|| view! { <br/><span class="tag tag--warning">{T::SecretLockedTag.get(lang)}</span> })}
            </td>
            <td class="actions">
                {actions}
                {(live && i.secret_set && is_iro).then(|| view! { <ActionButton invitation_id=i.id action="reset_secret" label=T::ResetSecret/> })}
                {live.then(|| view! { <ActionButton invitation_id=i.id action="revoke" label=T::Revoke warning=true/> })}
            </td>
        </tr>
    }
}

#[component]
fn AddInviteeForm(
    review_id: i64,
    child_name: String,
    child_language: Lang,
    suggest_child: bool,
    post_enabled: bool,
    flash: Flash,
    lang: Lang,
) -> impl IntoView {
    let value = |field: &str, default: &str| flash.value(field).unwrap_or_else(|| default.to_string());
    let audiences = Audience::ALL.iter().map(|a| (a.as_str().to_string(), a.label().get(lang).to_string())).collect::<Vec<_>>();
    let languages = vec![("cy".to_string(), Lang::Cy.own_name().to_string()), ("en".to_string(), Lang::En.own_name().to_string())];
    let mut deliveries = vec![(Delivery::Email.as_str().to_string(), T::DeliveryEmail.get(lang).to_string())];
    if post_enabled {
        deliveries.push((Delivery::Post.as_str().to_string(), T::DeliveryPost.get(lang).to_string()));
    }
    let (audience, name) = if suggest_child { ("child", child_name.as_str()) } else { ("parent", "") };
    view! {
        <form method="post" action="/api/add_invitee" class="form" novalidate>
            <input type="hidden" name="review_id" value=review_id.to_string()/>
            <SelectField name="audience" label=T::InviteeAudience options=audiences selected=value("audience", audience) error=flash.error("audience").cloned()/>
            <TextField name="first_name" label=T::InviteeFirstName hint=T::InviteeFirstNameHint autocomplete="off"
                value=value("first_name", name) error=flash.error("first_name").cloned() required=true/>
            <SelectField name="language" label=T::InviteeLanguage options=languages selected=value("language", child_language.code()) error=flash.error("language").cloned()/>
            <SelectField name="delivery" label=T::InviteeDelivery options=deliveries selected=value("delivery", "email") error=flash.error("delivery").cloned()/>
            <TextField name="email" label=T::InviteeEmail hint=T::InviteeEmailHint kind="email" autocomplete="off"
                value=value("email", "") error=flash.error("email").cloned()/>
            {post_enabled.then(|| view! {
                <TextArea name="postal_address" label=T::InviteeAddress hint=T::InviteeAddressHint
                    value=value("postal_address", "") error=flash.error("postal_address").cloned()/>
            })}
            <button type="submit" class="button button--primary">{T::AddInvitee.get(lang)}</button>
        </form>
    }
}

#[component]
pub fn LetterPage() -> impl IntoView {
    let lang = use_lang();
    let data = load_for_id(letter);
    view! {
        <Page title=T::LetterTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    match data.await {
                        Some(data) => view! { <LetterView data=data lang=lang/> }.into_any(),
                        None => view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn LetterView(data: LetterData, lang: Lang) -> impl IntoView {
    // The page speaks the reader's language; the letter speaks the recipient's.
    let to = data.language;
    let when = meeting_when(data.meeting_on, &data.meeting_at, to);
    let authority = match to {
        Lang::En => data.authority_en.clone(),
        Lang::Cy => data.authority_cy.clone(),
    };
    let start_address = data.link.split("/i/").next().map(|base| format!("{base}/start")).unwrap_or_default();
    let start_display = start_address.trim_start_matches("https://").trim_start_matches("http://").to_string();
    let intro = match data.audience {
        Audience::Child => T::LetterChildIntro.fill(to, &[("when", &when)]),
        Audience::Parent | Audience::Carer | Audience::Other => {
            T::LetterAdultIntro.fill(to, &[("name", &data.child_name), ("when", &when)])
        }
    };
    let contact = [data.review_team_phone.clone(), data.review_team_email.clone()]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let arrangement_symbol = match data.arrangement {
        Arrangement::InPerson | Arrangement::Hybrid => crate::components::child::symbol_src("place"),
        Arrangement::Video => crate::components::child::symbol_src("video"),
        Arrangement::Phone => crate::components::child::symbol_src("phone"),
    };
    view! {
        <div class="no-print">
            <p>{T::LetterInstructions.get(lang)}</p>
            <form method="post" action="/api/invitation_action" class="inline-form">
                <input type="hidden" name="invitation_id" value=data.invitation_id.to_string()/>
                <input type="hidden" name="action" value="posted"/>
                <button type="submit" class="button button--primary">{T::MarkPosted.get(lang)}</button>
            </form>
            " "
            <a class="button" href=format!("/staff/reviews/{}", data.review_id)>{T::BackToReview.get(lang)}</a>
        </div>
        <article class="letter" lang=to.code() aria-label=T::LetterTitle.get(lang)>
            <p class="letter__from">{authority}</p>
            {(!data.postal_address.is_empty()).then(|| view! {
                <p class="letter__address pre-line">{format!("{}\n{}", data.first_name, data.postal_address)}</p>
            })}
            <ul class="easy-read">
                <li><img src=crate::components::child::symbol_src("wave") alt="" width="48" height="48"/><p>{T::LetterHello.fill(to, &[("name", &data.first_name)])}</p></li>
                <li><img src=crate::components::child::symbol_src("calendar") alt="" width="48" height="48"/><p>{intro}</p></li>
                <li><img src=arrangement_symbol alt="" width="48" height="48"/>
                    <p>{data.arrangement.label().get(to)}<br/><span class="pre-line">{data.arrangement_details.clone()}</span></p></li>
                <li><img src=crate::components::child::symbol_src("speech") alt="" width="48" height="48"/><p>{T::LetterViews.get(to)}</p></li>
            </ul>
            <div class="letter__access">
                <div class="letter__qr" role="img" aria-label=T::LetterQrLabel.get(to) inner_html=data.qr_svg.clone()></div>
                <div>
                    <p><img src=crate::components::child::symbol_src("key") alt="" width="32" height="32"/>{T::LetterScan.get(to)}</p>
                    <p>{T::LetterTypeCode.fill(to, &[("address", &start_display)])}</p>
                    <p class="letter__code">{format_code(&data.code.replace('-', ""))}</p>
                    <p>{T::LetterCodeWorksUntil.fill(to, &[("date", &long_date(data.meeting_on, to))])}</p>
                </div>
            </div>
            <p><img src=crate::components::child::symbol_src("help") alt="" width="32" height="32"/>
                {if contact.is_empty() { T::LetterHelpNoContact.get(to).to_string() } else { T::LetterHelp.fill(to, &[("contact", &contact)]) }}</p>
            <p class="letter__other-language" lang=to.other().code()>{T::LetterOtherLanguage.get(to.other())}</p>
        </article>
    }
}
