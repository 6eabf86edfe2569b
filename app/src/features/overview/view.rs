//! The staff homes (one per role), a child's page and a review's page.

use crate::components::flash::{flash_for, PageFlash};
use crate::components::layout::LanguageName;
use crate::components::route::load_for_id;
use crate::components::TextArea;
use crate::components::{use_lang, use_viewer};
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextField};
use crate::domain::children::format_form_date;
use crate::domain::reviews::{Audience, Delivery, ReviewStatus};
use crate::domain::schedule::latest_allowed;
use crate::domain::worklist::{Filter, Sort};
use crate::features::invitations::view::{InvitationTag, InviteeStatuses};
use crate::features::invitations::InvitationRow;
use crate::features::overview::api::child_page;
use crate::features::overview::api::review_page;
use crate::features::overview::ChildOverview;
use crate::features::overview::ReviewPageData;
use crate::features::reviews::view::StateTag;
use crate::features::worklist::view::{columns, list_href, ChildLineRow};
use crate::features::worklist::ChildLine;
use crate::i18n::T;
use crate::i18n::{long_date, Lang};
use crate::model::Flash;
use crate::model::Role;
use crate::model::{InvitationId, ReviewId};
use crate::present::due_words;
use crate::present::meeting_when;
use leptos::prelude::*;

#[component]
pub fn StaffHome() -> impl IntoView {
    let lang = use_lang();
    let Some(viewer) = use_viewer() else {
        return view! { <crate::features::public::view::NotFound/> }.into_any();
    };
    let signed_in = T::SignedInAs.fill(lang, &[("name", &viewer.display_name)]);
    let role_line = format!("{} · {}", viewer.role.label().get(lang), viewer.authority_name(lang));
    let body = match viewer.role {
        Role::Iro => view! {
            <p><a href="/staff/children">{T::NavChildren.get(lang)}</a></p>
            <IroHome/>
        }
        .into_any(),
        Role::BusinessSupport => view! {
            <p><a href="/staff/children">{T::NavChildren.get(lang)}</a></p>
            <SupportHomeView/>
        }
        .into_any(),
        Role::Manager => view! {
            <section aria-labelledby="reports">
                <h2 id="reports">{T::ManagerHomeHeading.get(lang)}</h2>
                <p><a href="/staff/reports">{T::ManagerHomeLink.get(lang)}</a></p>
            </section>
        }
        .into_any(),
        Role::Admin => view! {
            <section aria-labelledby="admin">
                <h2 id="admin">{T::AdminHomeHeading.get(lang)}</h2>
                <ul class="link-list">
                    <li><a href="/staff/admin/staff">{T::AdminManageStaff.get(lang)}</a></li>
                    <li><a href="/staff/admin/import">{T::AdminImport.get(lang)}</a></li>
                    <li><a href="/staff/admin/settings">{T::SettingsTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/outbox">{T::OutboxTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/audit">{T::AuditTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/cover">{T::CoverTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/languages">{T::LanguagesTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/api-keys">{T::ApiKeysTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/sign-in">{T::CouncilSignInSettingsTitle.get(lang)}</a></li>
                </ul>
            </section>
        }
        .into_any(),
    };
    view! {
        <Page title=T::StaffHomeTitle>
            // What the buttons on the home page (dealing with an alert, trying a message again) said.
            <PageFlash/>
            <p class="signed-in-as">{signed_in}<br/>{role_line}</p>
            {body}
        </Page>
    }
    .into_any()
}

/// The IRO's worklist: what needs them first (alerts, messages, advocacy), then the next four
/// weeks' meetings with who has replied, then drift; the full list is one link away.
#[component]
fn IroHome() -> impl IntoView {
    let lang = use_lang();
    let work = OnceResource::new(async move { crate::features::overview::api::iro_home().await });
    view! {
        <IroAttentionView/>
        <Suspense>
            {move || Suspend::new(async move {
                let work = match work.await {
                    Ok(work) => work,
                    Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                };
                if work.total == 0 {
                    return view! { <p>{T::IroHomeEmpty.get(lang)}</p> }.into_any();
                }
                let mine = |filter: Filter| list_href(true, true, "", filter, Sort::Urgency, 1);
                view! {
                    <section aria-labelledby="meetings">
                        <h2 id="meetings">{T::IroMeetingsHeading.get(lang)}</h2>
                        <ShortList lines=work.meetings total=work.meetings_total caption=T::IroMeetingsHeading
                            empty=T::IroMeetingsEmpty more=list_href(true, true, "", Filter::Meetings, Sort::Date, 1)/>
                    </section>
                    <section aria-labelledby="drift">
                        <h2 id="drift">{T::IroDriftHeading.get(lang)}</h2>
                        <p class="hint">{T::IroDriftHint.get(lang)}</p>
                        <ShortList lines=work.drift total=work.drift_total caption=T::IroDriftHeading
                            empty=T::IroDriftEmpty more=mine(Filter::Drift)/>
                    </section>
                    <p><a class="button" href=mine(Filter::All)>{T::IroAllMine.fill(lang, &[("count", &work.total.to_string())])}</a></p>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The first few children of a list, with a link to all of them when there are more.
#[component]
fn ShortList(lines: Vec<ChildLine>, total: usize, caption: T, empty: T, more: String) -> impl IntoView {
    let lang = use_lang();
    if lines.is_empty() {
        return view! { <p>{empty.get(lang)}</p> }.into_any();
    }
    let shown = lines.len();
    view! {
        <DataTable caption=caption columns=columns(false, false)>
            {lines.into_iter().map(|line| view! { <ChildLineRow line=line/> }).collect_view()}
        </DataTable>
        {(total > shown).then(|| view! {
            <p><a href=more>{T::HomeSeeAll.fill(lang, &[("count", &total.to_string())])}</a></p>
        })}
    }
    .into_any()
}

/// What needs the IRO first, above their children: urgent alerts (until they say they are on
/// it), then unread messages from children (the words open on their own audited page), then
/// requests for an advocate.
#[component]
fn IroAttentionView() -> impl IntoView {
    let lang = use_lang();
    let attention = OnceResource::new(async move { crate::features::overview::api::load_iro_attention().await });
    let screen = move |key: &str| crate::components::child::screen(key).get_text(lang);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let a = match attention.await {
                    Ok(a) => a,
                    Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                };
                let alerts = (!a.alerts.is_empty()).then(|| view! {
                    <section class="alerts" aria-labelledby="alerts-heading">
                        <h2 id="alerts-heading"><img src=crate::components::child::symbol_src("not-safe") alt="" width="32" height="32"/>{T::IroAlertsTitle.get(lang)}</h2>
                        <ul>
                            {a.alerts.into_iter().map(|alert| {
                                let when = format!("{} {}", crate::i18n::short_date(alert.raised_on, lang), alert.raised_time);
                                view! {
                                    <li>
                                        <a href=format!("/staff/children/{}", alert.child_id)>{alert.child_name.clone()}</a>
                                        " – " {T::IroAlertRaised.fill(lang, &[("when", &when)])}
                                        <form method="post" action="/api/acknowledge_alert" class="inline-form">
                                            <input type="hidden" name="alert_id" value=alert.id.to_string()/>
                                            <button type="submit" class="button button--small">{T::IroAcknowledge.get(lang)}</button>
                                        </form>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                });
                let messages = (!a.messages.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="messages-heading">
                        <h2 id="messages-heading">{T::IroMessagesTitle.get(lang)}</h2>
                        <ul>
                            {a.messages.into_iter().map(|m| view! {
                                <li>
                                    <strong>{m.child_name.clone()}</strong>
                                    {format!(" – {} – {}. ", screen(m.kind.screen_key()), crate::i18n::short_date(m.sent_on, lang))}
                                    <a href=format!("/staff/messages/{}", m.id)>{T::IroMessageOpen.get(lang)}</a>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                });
                let advocacy = (!a.advocacy.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="advocacy-heading">
                        <h2 id="advocacy-heading">{T::IroAdvocacyTitle.get(lang)}</h2>
                        <ul>
                            {a.advocacy.into_iter().map(|r| {
                                let date = crate::i18n::short_date(r.asked_on, lang);
                                view! {
                                    <li>
                                        <a href=format!("/staff/children/{}", r.child_id)>{r.child_name.clone()}</a>
                                        {(r.audience == crate::domain::reviews::Audience::Parent).then(|| format!(" ({})", T::IroAdvocacyParent.get(lang)))}
                                        {format!(" – {}", T::IroAdvocacyLine.fill(lang, &[("reference", &r.reference), ("date", &date)]))}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                });
                let undelivered = view! { <crate::features::outbox::view::UndeliveredList messages=a.undelivered back="/staff".to_string()/> };
                view! { {alerts}{undelivered}{messages}{advocacy} }.into_any()
            })}
        </Suspense>
    }
}

/// Business support's jobs in the order they do them: reviews to book this month, invitations
/// to send, letters to post, replies to chase. Each shows the first few children, most urgent
/// first, with a link to the whole list.
#[component]
fn SupportHomeView() -> impl IntoView {
    let lang = use_lang();
    let home = OnceResource::new(async move { crate::features::overview::api::support_work().await });
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let home = match home.await {
                    Ok(home) => home,
                    Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                };
                home.jobs
                    .into_iter()
                    .map(|job| {
                        let (id, hint, empty) = match job.filter {
                            Filter::ToBook => ("to-book", T::ToBookHint, T::ToBookEmpty),
                            Filter::ToInvite => ("to-invite", T::ToInviteHint, T::ToInviteEmpty),
                            Filter::ToPost => ("to-post", T::ToPostHint, T::ToPrintEmpty),
                            _ => ("to-chase", T::ToChaseHint, T::ToChaseEmpty),
                        };
                        let heading = job.filter.label();
                        view! {
                            <section aria-labelledby=id>
                                <h2 id=id>{format!("{} ({})", heading.get(lang), job.total)}</h2>
                                <p class="hint">{hint.get(lang)}</p>
                                {(job.filter == Filter::ToPost && job.total > 0).then(|| view! {
                                    <p><a class="button" href="/staff/letters">{T::LettersPrintAll.get(lang)}</a></p>
                                })}
                                <ShortList lines=job.lines total=job.total caption=heading empty=empty
                                    more=list_href(false, false, "", job.filter, Sort::Urgency, 1)/>
                            </section>
                        }
                    })
                    .collect_view()
                    .into_any()
            })}
        </Suspense>
    }
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
                        Ok(data) => view! { <ReviewView data=data flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
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
            <div><dt>{T::Arrangement.get(lang)}</dt><dd>{review.arrangement.label().get(lang)}<br/><span class="pre-line" dir="auto">{review.arrangement_details.clone()}</span></dd></div>
            {(!review.delay_reason.is_empty()).then(|| view! {
                <div><dt>{T::DelayReason.get(lang)}</dt><dd class="pre-line" dir="auto">{review.delay_reason.clone()}</dd></div>
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

        <crate::features::outbox::view::UndeliveredList messages=data.undelivered.clone() back=format!("/staff/reviews/{}", data.review.id)/>
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
                <AddInviteeForm review_id=review.id child_name=review.child_name.clone() child_language=data.child_language languages=data.languages.clone()
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
fn ActionButton(invitation_id: InvitationId, action: &'static str, label: T, #[prop(optional)] warning: bool) -> impl IntoView {
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
    let is_iro = crate::components::use_viewer().is_some_and(|v| v.role == crate::model::Role::Iro);
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
            <td>{i.audience.label().get(lang)}<br/><span class="hint"><LanguageName of=i.language/></span></td>
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
    review_id: ReviewId,
    child_name: String,
    child_language: Lang,
    languages: Vec<Lang>,
    suggest_child: bool,
    post_enabled: bool,
    flash: Flash,
    lang: Lang,
) -> impl IntoView {
    let value = |field: &str, default: &str| flash.value(field).unwrap_or_else(|| default.to_string());
    let audiences = Audience::ALL.iter().map(|a| (a.as_str().to_string(), a.label().get(lang).to_string())).collect::<Vec<_>>();
    let languages = crate::features::languages::select_options(&languages, child_language.code(), lang);
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

/// One child: their details, where they are in the review cycle, and their past reviews.
#[component]
pub fn ChildPage() -> impl IntoView {
    let lang = use_lang();
    let data = crate::components::route::load_for_id(child_page);
    let flash = crate::components::flash::flash_for("");
    view! {
        <Page title=T::ChildPageTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Ok(child) => view! { <ChildOverviewView child=child flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ChildOverviewView(child: ChildOverview, flash: Flash, lang: Lang) -> impl IntoView {
    let c = child;
    let line = c.line.clone();
    let event_flash = if flash.form == "record_event" { flash.clone() } else { Flash::default() };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p class="lead">{c.preferred_name.clone()}</p>
        <dl class="summary">
            <div><dt>{T::ChildFullName.get(lang)}</dt><dd>{c.full_name.clone()}</dd></div>
            <div><dt>{T::ChildAge.get(lang)}</dt><dd>{c.age}</dd></div>
            <div><dt>{T::ChildForm.get(lang)}</dt><dd>{c.band.label().get(lang)}</dd></div>
            <div><dt>{T::ChildLanguagePref.get(lang)}</dt><dd><LanguageName of=c.language/></dd></div>
            <div><dt>{T::ChildLegalBasis.get(lang)}</dt><dd>{c.legal_basis.label().get(lang)}</dd></div>
            <div><dt>{T::ChildLookedAfterSince.get(lang)}</dt><dd>{long_date(c.looked_after_since, lang)}</dd></div>
            <div><dt>{T::ChildIro.get(lang)}</dt><dd>{c.iro_name.clone().unwrap_or_else(|| T::ChildIroNone.get(lang).to_string())}</dd></div>
            {(!c.placement_type.is_empty()).then(|| view! { <div><dt>{T::ChildPlacementType.get(lang)}</dt><dd>{c.placement_type.clone()}</dd></div> })}
            {(!c.communication_needs.is_empty()).then(|| view! { <div><dt>{T::ChildCommNeeds.get(lang)}</dt><dd class="pre-line" dir="auto">{c.communication_needs.clone()}</dd></div> })}
        </dl>
        <p><a class="button" href=format!("/staff/children/{}/edit", c.id)>{T::ChildEdit.fill(lang, &[("name", &c.preferred_name)])}</a></p>

        <section aria-labelledby="next-review" class="card">
            <h2 id="next-review">{T::NextReviewHeading.get(lang)}</h2>
            {match line.review.clone() {
                Some(r) => view! {
                    <dl class="summary">
                        <div><dt>{T::MeetingWhen.get(lang)}</dt><dd><a href=format!("/staff/reviews/{}", r.id)>{meeting_when(r.meeting_on, &r.meeting_at, lang)}</a></dd></div>
                        <div><dt>{T::ReviewState.get(lang)}</dt><dd><StateTag state=r.state/></dd></div>
                        <div><dt>{T::ReviewDue.get(lang)}</dt><dd>{crate::present::due_words(r.due_on, lang)}</dd></div>
                        <div><dt>{T::ReportDeadline.get(lang)}</dt><dd>{long_date(r.report_deadline, lang)}</dd></div>
                        <div><dt>{T::InvitationsHeading.get(lang)}</dt><dd><InviteeStatuses invitations=line.invitations.clone()/></dd></div>
                    </dl>
                    <p><a class="button button--primary" href=format!("/staff/reviews/{}", r.id)>{T::OpenReview.get(lang)}</a></p>
                }
                .into_any(),
                None => view! {
                    <dl class="summary">
                        <div><dt>{T::ReviewKind.get(lang)}</dt><dd>{line.due.reason.label().get(lang)}</dd></div>
                        <div><dt>{T::ReviewDue.get(lang)}</dt><dd>{crate::present::due_words(line.due.date, lang)}</dd></div>
                        <div><dt>{T::ReviewState.get(lang)}</dt><dd><StateTag state=line.state/></dd></div>
                        <div><dt>{T::LatestAllowed.get(lang)}</dt><dd>{long_date(latest_allowed(line.due.date), lang)}</dd></div>
                    </dl>
                    <p><a class="button button--primary" href=format!("/staff/children/{}/book", c.id)>{T::BookReviewButton.get(lang)}</a></p>
                }
                .into_any(),
            }}
        </section>

        <crate::features::contacts::view::ContactsSection child_id=c.id child_name=c.preferred_name.clone()
            child_language=c.language contacts=c.contacts.clone() flash=flash.clone() lang=lang/>

        <section aria-labelledby="history">
            <h2 id="history">{T::HistoryHeading.get(lang)}</h2>
            {if c.history.is_empty() && c.moves.is_empty() {
                view! { <p>{T::HistoryEmpty.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {c.history.iter().map(|h| view! {
                            <li><a href=format!("/staff/reviews/{}", h.id)>{format!("{} · {} · {}", long_date(h.meeting_on, lang), h.kind.label().get(lang), h.status.label().get(lang))}</a></li>
                        }).collect_view()}
                        {c.moves.iter().map(|m| view! { <li>{format!("{} · {}", long_date(*m, lang), T::UnplannedMove.get(lang))}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <div class="two-forms">
                <form method="post" action="/api/record_event" class="form card card--quiet" novalidate>
                    <input type="hidden" name="child_id" value=c.id.to_string()/>
                    <input type="hidden" name="event" value="held"/>
                    <TextField name="held_on" label=T::RecordPastReview hint=T::RecordPastReviewHint kind="date"
                        value=event_flash.value("held_on").unwrap_or_default() error=event_flash.error("held_on").cloned()/>
                    <button type="submit" class="button">{T::Record.get(lang)}</button>
                </form>
                <form method="post" action="/api/record_event" class="form card card--quiet" novalidate>
                    <input type="hidden" name="child_id" value=c.id.to_string()/>
                    <input type="hidden" name="event" value="move"/>
                    <TextField name="move_on" label=T::RecordMove hint=T::RecordMoveHint kind="date"
                        value=event_flash.value("move_on").unwrap_or_default() error=event_flash.error("move_on").cloned()/>
                    <button type="submit" class="button">{T::Record.get(lang)}</button>
                </form>
            </div>
        </section>
    }
}
