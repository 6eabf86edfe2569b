//! Admin pages: the authority's settings, the development outbox, and the audit trail.

use crate::components::flash::flash_for;
use crate::components::use_lang;
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextArea, TextField};
use crate::features::admin::api::load_audit_trail;
use crate::features::admin::api::load_cover_page;
use crate::features::admin::api::{authority_settings, dev_outbox};
use crate::i18n::{long_date, T};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { authority_settings().await });
    let flash = flash_for("save_settings");
    view! {
        <Page title=T::SettingsTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let stored = match data.await {
                        Ok(stored) => stored,
                        Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    };
                    let value = |field: &str, stored: &str| flash.value(field).unwrap_or_else(|| stored.to_string());
                    let error = |field: &str| flash.error(field).cloned();
                    // An unticked box sends nothing: after an error, absence means "off".
                    let post_on = if flash.values.is_empty() { stored.post_enabled == "1" } else { flash.value("post_enabled").as_deref() == Some("1") };
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <form method="post" action="/api/save_settings" class="form" novalidate>
                            <fieldset>
                                <legend>{T::SettingsAdvocacy.get(lang)}</legend>
                                <TextField name="advocacy_name" label=T::SettingsAdvocacyName value=value("advocacy_name", &stored.advocacy_name) error=error("advocacy_name")/>
                                <TextField name="advocacy_email" label=T::SettingsReferralEmail kind="email" value=value("advocacy_email", &stored.advocacy_email) error=error("advocacy_email")/>
                                <TextField name="advocacy_phone" label=T::SettingsPhone kind="tel" value=value("advocacy_phone", &stored.advocacy_phone) error=error("advocacy_phone")/>
                            </fieldset>
                            <fieldset>
                                <legend>{T::SettingsParentAdvocacy.get(lang)}</legend>
                                <p class="hint">{T::SettingsParentAdvocacyHint.get(lang)}</p>
                                <TextField name="parent_advocacy_name" label=T::SettingsAdvocacyName value=value("parent_advocacy_name", &stored.parent_advocacy_name) error=error("parent_advocacy_name")/>
                                <TextField name="parent_advocacy_email" label=T::SettingsReferralEmail kind="email" value=value("parent_advocacy_email", &stored.parent_advocacy_email) error=error("parent_advocacy_email")/>
                                <TextField name="parent_advocacy_phone" label=T::SettingsPhone kind="tel" value=value("parent_advocacy_phone", &stored.parent_advocacy_phone) error=error("parent_advocacy_phone")/>
                            </fieldset>
                            <fieldset>
                                <legend>{T::SettingsDuty.get(lang)}</legend>
                                <p class="hint">{T::SettingsDutyHint.get(lang)}</p>
                                <TextField name="duty_name" label=T::SettingsDutyName value=value("duty_name", &stored.duty_name) error=error("duty_name")/>
                                <TextField name="duty_email" label=T::InviteeEmail kind="email" value=value("duty_email", &stored.duty_email) error=error("duty_email")/>
                                <TextField name="duty_phone" label=T::SettingsPhone kind="tel" value=value("duty_phone", &stored.duty_phone) error=error("duty_phone")/>
                            </fieldset>
                            <fieldset>
                                <legend>{T::SettingsReviewTeam.get(lang)}</legend>
                                <p class="hint">{T::SettingsReviewTeamHint.get(lang)}</p>
                                <TextField name="review_team_phone" label=T::SettingsPhone kind="tel" value=value("review_team_phone", &stored.review_team_phone) error=error("review_team_phone")/>
                                <TextField name="review_team_email" label=T::InviteeEmail kind="email" value=value("review_team_email", &stored.review_team_email) error=error("review_team_email")/>
                            </fieldset>
                            <TextArea name="default_arrangements" label=T::SettingsDefaultArrangements hint=T::SettingsDefaultArrangementsHint
                                value=value("default_arrangements", &stored.default_arrangements) error=error("default_arrangements")/>
                            <div class="field field--checkbox">
                                <input type="checkbox" id="post_enabled" name="post_enabled" value="1" checked=post_on/>
                                <label for="post_enabled">{T::SettingsPost.get(lang)}</label>
                            </div>
                            <TextField name="suppress_below" label=T::SettingsSuppressBelow hint=T::SettingsSuppressBelowHint
                                value=value("suppress_below", &stored.suppress_below) error=error("suppress_below")/>
                            <button type="submit" class="button button--primary">{T::SettingsSave.get(lang)}</button>
                        </form>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}

/// Outgoing email: every message not delivered yet (with "try again now"), then, in
/// development, the messages written to the outbox folder instead of being sent.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let lang = use_lang();
    let undelivered = OnceResource::new(async move { crate::features::outbox::api::undelivered_messages().await });
    let messages = OnceResource::new(async move { dev_outbox().await });
    view! {
        <Page title=T::OutboxTitle>
            // What "Try again now" said.
            <crate::components::flash::PageFlash/>
            <Suspense>
                {move || Suspend::new(async move {
                    match undelivered.await {
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                        Ok(list) if list.is_empty() => view! { <p>{T::OutboxAllDelivered.get(lang)}</p> }.into_any(),
                        Ok(list) => view! { <crate::features::outbox::view::UndeliveredList messages=list back="/staff/admin/outbox".to_string()/> }.into_any(),
                    }
                })}
            </Suspense>
            <Suspense>
                {move || Suspend::new(async move {
                    match messages.await {
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                        Ok(None) => view! { <p>{T::OutboxSmtp.get(lang)}</p> }.into_any(),
                        Ok(Some(messages)) if messages.is_empty() => view! {
                            <h2>{T::OutboxDevHeading.get(lang)}</h2>
                            <p>{T::OutboxEmpty.get(lang)}</p>
                        }.into_any(),
                        Ok(Some(messages)) => view! {
                            <h2>{T::OutboxDevHeading.get(lang)}</h2>
                            <p class="hint">{T::OutboxIntro.get(lang)}</p>
                            {messages
                                .into_iter()
                                .map(|m| {
                                    let t = crate::domain::calendar::uk_time(m.at);
                                    let at = format!("{} {:02}:{:02}", crate::i18n::short_date(t.date(), lang), t.hour(), t.minute());
                                    view! {
                                        <article class="card outbox-message">
                                            <h3>{m.subject.clone()}</h3>
                                            <p class="hint">{format!("{} · {}", m.to, at)}</p>
                                            <pre>{m.body.clone()}</pre>
                                        </article>
                                    }
                                })
                                .collect_view()}
                        }
                        .into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// The audit trail (admins): who looked at or changed what, when, from where; filtered by kind
/// and days. Nothing on it can be changed.
#[component]
pub fn AuditPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (action, from, to) =
        query.with_untracked(|q| (q.get("action").unwrap_or_default(), q.get("from").unwrap_or_default(), q.get("to").unwrap_or_default()));
    let (a, f, t) = (action.clone(), from.clone(), to.clone());
    let trail = OnceResource::new(async move { load_audit_trail(Some(a), Some(f), Some(t)).await });
    view! {
        <Page title=T::AuditTitle>
            <p class="hint">{T::AuditIntro.get(lang)}</p>
            <Suspense>
                {move || {
                    let (action, from, to) = (action.clone(), from.clone(), to.clone());
                    Suspend::new(async move {
                        let trail = match trail.await {
                            Ok(trail) => trail,
                            Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                        };
                        view! {
                            <form method="get" action="/staff/admin/audit" class="search-form">
                                <div class="field">
                                    <label for="action">{T::AuditWhat.get(lang)}</label>
                                    <select id="action" name="action">
                                        <option value="" selected=action.is_empty()>{T::AuditEverything.get(lang)}</option>
                                        {trail.actions.iter().map(|a| view! {
                                            <option value=a.clone() selected=*a == action>
                                                {action_words(a).map(|t| format!("{} ({a})", t.get(lang))).unwrap_or_else(|| a.clone())}
                                            </option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for="from">{T::AuditFrom.get(lang)}</label>
                                    <input id="from" name="from" type="date" value=from/>
                                </div>
                                <div class="field">
                                    <label for="to">{T::AuditTo.get(lang)}</label>
                                    <input id="to" name="to" type="date" value=to/>
                                </div>
                                <button type="submit" class="button">{T::AuditShow.get(lang)}</button>
                            </form>
                            {trail.truncated.then(|| view! { <p class="hint">{T::AuditTruncated.get(lang)}</p> })}
                            {if trail.lines.is_empty() {
                                view! { <p>{T::AuditNone.get(lang)}</p> }.into_any()
                            } else {
                                view! {
                                    <DataTable caption=T::AuditTitle columns=vec![T::AuditWhen, T::AuditWho, T::AuditWhat, T::AuditAbout, T::AuditFromWhere]>
                                        {trail.lines.into_iter().map(|l| view! {
                                            <tr>
                                                <td>{format!("{} {}", crate::i18n::short_date(l.on, lang), l.at)}</td>
                                                <td>{l.who.unwrap_or_else(|| T::AuditInvitee.get(lang).to_string())}</td>
                                                <td>
                                                    {action_words(&l.action).map(|t| view! { {t.get(lang)}<br/> })}
                                                    <code>{l.action.clone()}</code>{(!l.detail.is_empty()).then(|| format!(" ({})", l.detail))}
                                                </td>
                                                <td>{l.subject}</td>
                                                <td>{l.from}</td>
                                            </tr>
                                        }).collect_view()}
                                    </DataTable>
                                }
                                .into_any()
                            }}
                        }
                        .into_any()
                    })
                }}
            </Suspense>
        </Page>
    }
}

/// Cover between IROs: who may open which child's packs while their own IRO is away.
#[component]
pub fn CoverAdminPage() -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { load_cover_page().await });
    let flash = flash_for("grant_cover");
    view! {
        <Page title=T::CoverTitle>
            <p class="hint">{T::CoverIntro.get(lang)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let data = match data.await {
                        Ok(data) => data,
                        Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    };
                    let error = |field: &str| flash.error(field).cloned();
                    let choose = |items: Vec<(i64, String)>| {
                        std::iter::once((String::new(), T::CoverChoose.get(lang).to_string()))
                            .chain(items.into_iter().map(|(id, name)| (id.to_string(), name)))
                            .collect::<Vec<_>>()
                    };
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <section aria-labelledby="cover-current">
                            <h2 id="cover-current">{T::CoverCurrent.get(lang)}</h2>
                            {if data.current.is_empty() {
                                view! { <p>{T::CoverNone.get(lang)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="link-list">
                                        {data.current.into_iter().map(|c| view! {
                                            <li>
                                                {T::CoverLine.fill(lang, &[("iro", &c.iro_name), ("child", &c.child_name), ("date", &long_date(c.ends_on, lang))])}
                                                <form method="post" action="/api/end_cover" class="form">
                                                    <input type="hidden" name="id" value=c.id.to_string()/>
                                                    <button type="submit" class="button"
                                                        aria-label=format!("{}: {}", T::CoverEnd.get(lang), T::CoverLine.fill(lang, &[("iro", &c.iro_name), ("child", &c.child_name), ("date", &long_date(c.ends_on, lang))]))>
                                                        {T::CoverEnd.get(lang)}
                                                    </button>
                                                </form>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                }
                                .into_any()
                            }}
                        </section>
                        <section aria-labelledby="cover-grant" class="card">
                            <h2 id="cover-grant">{T::CoverGrant.get(lang)}</h2>
                            <form method="post" action="/api/grant_cover" class="form" novalidate>
                                <SelectField name="child_id" label=T::CoverChild options=choose(data.children)
                                    selected=flash.value("child_id").unwrap_or_default() error=error("child_id")/>
                                <SelectField name="staff_id" label=T::CoverIro options=choose(data.iros)
                                    selected=flash.value("staff_id").unwrap_or_default() error=error("staff_id")/>
                                <TextField name="until" label=T::CoverUntil kind="date" value=flash.value("until").unwrap_or_default() error=error("until")/>
                                <button type="submit" class="button button--primary">{T::CoverGrant.get(lang)}</button>
                            </form>
                        </section>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}

/// What an audit code means, in words (the code itself is shown beside it).
fn action_words(code: &str) -> Option<T> {
    Some(match code {
        "alert.acknowledged" => T::AuditAlertAcknowledged,
        "alert.raised" => T::AuditAlertRaised,
        "audit.viewed" => T::AuditAuditViewed,
        "child.added" => T::AuditChildAdded,
        "child.updated" => T::AuditChildUpdated,
        "consultation.sharing_changed" => T::AuditSharingChanged,
        "consultation.submitted" => T::AuditSubmitted,
        "cover.ended" => T::AuditCoverEnded,
        "cover.granted" => T::AuditCoverGranted,
        "invitation.added" => T::AuditInvitationAdded,
        "invitation.entered" => T::AuditInvitationEntered,
        "invitation.letter" => T::AuditInvitationLetter,
        "invitation.letter_viewed" => T::AuditLetterViewed,
        "invitation.posted" => T::AuditInvitationPosted,
        "invitation.resent" => T::AuditInvitationResent,
        "invitation.revoked" => T::AuditInvitationRevoked,
        "invitation.sent" => T::AuditInvitationSent,
        "message.read" => T::AuditMessageRead,
        "message.retried" => T::AuditMessageRetried,
        "message.sent" => T::AuditMessageSent,
        "pack.viewed" => T::AuditPackViewed,
        "pack.downloaded" => T::AuditPackDownloaded,
        "media.opened" => T::AuditMediaOpened,
        "outcome.sent" => T::AuditOutcomeSent,
        "outcome.read" => T::AuditOutcomeRead,
        "report.downloaded" => T::AuditReportDownloaded,
        "placement.moved" => T::AuditPlacementMoved,
        "review.booked" => T::AuditReviewBooked,
        "review.cancelled" => T::AuditReviewCancelled,
        "review.confirmed" => T::AuditReviewConfirmed,
        "review.held" => T::AuditReviewHeld,
        "review.recorded" => T::AuditReviewRecorded,
        "review.updated" => T::AuditReviewUpdated,
        "secret.locked" => T::AuditSecretLocked,
        "secret.reset" => T::AuditSecretReset,
        "settings.updated" => T::AuditSettingsUpdated,
        "staff.added" => T::AuditStaffAdded,
        "staff.disabled" => T::AuditStaffDisabled,
        "language.offered" => T::AuditLanguageOffered,
        "language.withdrawn" => T::AuditLanguageWithdrawn,
        "staff.enabled" => T::AuditStaffEnabled,
        "staff.password_changed" => T::AuditPasswordChanged,
        "staff.sign_in" => T::AuditSignIn,
        "staff.two_step_on" => T::AuditTwoStepOn,
        "staff.two_step_off" => T::AuditTwoStepOff,
        "staff.two_step_reset" => T::AuditTwoStepReset,
        "staff.recovery_codes_made" => T::AuditRecoveryCodesMade,
        "settings.two_step" => T::AuditTwoStepRule,
        "api.child_added" => T::AuditApiChildAdded,
        "api.review_booked" => T::AuditApiReviewBooked,
        "api.review_changed" => T::AuditApiReviewChanged,
        "api.child_updated" => T::AuditApiChildUpdated,
        "api.refused_rate" => T::AuditApiRefusedRate,
        "api.refused_scope" => T::AuditApiRefusedScope,
        "api.review_exported" => T::AuditApiReviewExported,
        "api.pack_exported" => T::AuditApiPackExported,
        "api.review_not_found" => T::AuditApiReviewNotFound,
        "api_key.made" => T::AuditApiKeyMade,
        "api_key.revoked" => T::AuditApiKeyRevoked,
        "contact.removed" => T::AuditContactRemoved,
        "contact.saved" => T::AuditContactSaved,
        "import.applied" => T::AuditImportApplied,
        "import.staff_applied" => T::AuditImportStaffApplied,
        "import.checked" => T::AuditImportChecked,
        "webhook.changed" => T::AuditWebhookChanged,
        "council_sign_in.on" => T::AuditCouncilSignInOn,
        "council_sign_in.changed" => T::AuditCouncilSignInChanged,
        "council_sign_in.off" => T::AuditCouncilSignInOff,
        "staff.council_sign_in_refused" => T::AuditCouncilSignInRefused,
        "webhook.made" => T::AuditWebhookMade,
        "webhook.removed" => T::AuditWebhookRemoved,
        "webhook.secret_replaced" => T::AuditWebhookSecretReplaced,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::action_words;

    /// Every kind of event the server records has words on the audit page.
    #[test]
    fn every_audit_action_has_words() {
        // Every service and the server's shared code, read from the source tree so that a new
        // feature's events are covered the day it is added.
        let mut sources = String::new();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src.join("features"), src.join("server")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("read src") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("view.rs") {
                    sources.push_str(&std::fs::read_to_string(&path).expect("source"));
                }
            }
        }
        assert!(sources.contains("\"message.read\""), "the services were read");
        let kinds = [
            "alert",
            "api",
            "api_key",
            "audit",
            "child",
            "consultation",
            "contact",
            "cover",
            "import",
            "invitation",
            "message",
            "outcome",
            "pack",
            "placement",
            "report",
            "review",
            "secret",
            "settings",
            "staff",
            "webhook",
        ];
        // The webhook's event names look like actions but are not recorded in the trail.
        let hook_events: Vec<&str> = crate::server::db::outbox::Kind::ALL.iter().filter_map(|k| k.hook_event()).collect();
        let mut found = 0;
        let mut missing = Vec::new();
        for literal in sources.split('"').skip(1).step_by(2).filter(|l| !hook_events.contains(l)) {
            let Some((kind, what)) = literal.split_once('.') else { continue };
            if kinds.contains(&kind) && !what.is_empty() && what.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                found += 1;
                if action_words(literal).is_none() {
                    missing.push(literal.to_string());
                }
            }
        }
        assert!(found >= 30, "only {found} actions found: is the scan still reading the sources?");
        assert!(missing.is_empty(), "audit actions without words: {missing:?}");
    }
}
