//! The way in for children, parents and carers: a link from a message or a code from a letter.
//! A wrong, expired or revoked link or code all get the same kind answer, so nobody learns
//! whether a code exists; failed tries are limited per address.

use crate::domain::reviews::normalise_code;
use crate::features::entry::{ConfirmedMeeting, InviteeReview, LinkGreeting, ViewsState};
use crate::i18n::T;
use crate::server::forms::{session, Done, Failed};
use crate::server::invitee::{current, Entry, SESSION_INVITATION};
use crate::server::links::{code_hash, token_hash};
use crate::server::security::{set_lang_cookie, sha256_hex};
use crate::server::state::app_state;
use crate::server::{db, AppError, AppState};

/// Failed tries allowed from one address within the window.
pub const ENTRY_FAILURES_PER_ADDRESS: i64 = 10;
pub const ENTRY_WINDOW_SECONDS: i64 = 15 * 60;

fn throttle_key(state: &AppState) -> String {
    sha256_hex(&format!("entry-address:{}", crate::server::auth::client_address(state)))
}

/// Minutes to wait before another try, when this address has failed too often.
async fn wait_minutes(state: &AppState) -> Result<Option<i64>, AppError> {
    // Failures are stamped by the state's clock, so the window is measured by it too.
    let unscoped = state.unscoped();
    let now = unscoped.now();
    let (count, oldest) = db::throttle::failures_since(&unscoped, &throttle_key(state), now - ENTRY_WINDOW_SECONDS).await?;
    if count < ENTRY_FAILURES_PER_ADDRESS {
        return Ok(None);
    }
    let wait = oldest.unwrap_or(now) + ENTRY_WINDOW_SECONDS - now;
    Ok(Some(((wait.max(1)) + 59) / 60))
}

async fn failed(state: &AppState) -> Result<Failed, AppError> {
    db::throttle::record(&state.unscoped(), &throttle_key(state)).await?;
    Ok(Failed::Invalid(vec![crate::model::FieldError::general(T::EntryNotWorking)]))
}

async fn too_many(state: &AppState) -> Result<Option<Failed>, AppError> {
    Ok(wait_minutes(state).await?.map(|minutes| {
        Failed::Invalid(vec![crate::model::FieldError {
            field: String::new(),
            msg: crate::model::Msg::new(T::EntryTooMany).with("minutes", minutes.to_string()),
        }])
    }))
}

/// Lets the invitee in: a fresh session id (no fixation), their invitation remembered, the
/// invitation marked opened, and their language chosen unless they chose one already.
async fn come_in(state: &AppState, entry: &Entry) -> Result<Done, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let session = session().await?;
    session.cycle_id().await.map_err(AppError::from)?;
    session.insert(SESSION_INVITATION, entry.id).await.map_err(AppError::from)?;
    // A new entry starts locked: a secret given earlier in this browser does not carry over.
    session.remove::<(i64, String)>(crate::server::invitee::SESSION_UNLOCKED).await.map_err(AppError::from)?;
    tenant.invitations().mark_opened(entry.id).await?;
    // Their menu offers the council's languages and their invitation's; a language chosen on
    // this device before stays, if the council offers it.
    let mut offered = crate::features::languages::service::offered(&tenant).await?;
    if !offered.contains(&entry.language) {
        offered.push(entry.language);
    }
    crate::server::security::set_offer_cookie(state, &offered);
    let chosen = crate::server::security::request_cookie(crate::i18n::LANG_COOKIE).and_then(|code| crate::i18n::Lang::parse(&code));
    if !chosen.is_some_and(|lang| offered.contains(&lang)) {
        set_lang_cookie(state, entry.language);
    }
    tenant.audit().by_invitee("invitation.entered", "invitation", entry.id.get()).await?;
    // Children choose their language and hear what this is before anything else; after the
    // review, the link leads to the IRO's letter (their secret first).
    Ok(Done::to(if !entry.usable {
        "/letter"
    } else if entry.audience == crate::domain::reviews::Audience::Child {
        "/welcome"
    } else {
        "/my-review"
    }))
}

pub async fn open_link(token: &str) -> Result<Done, Failed> {
    let state = app_state()?;
    if let Some(wait) = too_many(&state).await? {
        return Err(wait);
    }
    match crate::server::invitee::by_token_hash(&state.unscoped(), &token_hash(token.trim())).await? {
        Some(entry) if entry.opens() => come_in(&state, &entry).await,
        _ => Err(failed(&state).await?),
    }
}

pub async fn enter_code(code: &str) -> Result<Done, Failed> {
    let state = app_state()?;
    if let Some(wait) = too_many(&state).await? {
        return Err(wait);
    }
    if code.trim().is_empty() {
        return Err(Failed::field("code", T::EntryCodeMissing));
    }
    let Some(code) = normalise_code(code) else {
        return Err(failed(&state).await?);
    };
    match crate::server::invitee::by_code_hash(&state.unscoped(), &code_hash(&code)).await? {
        Some(entry) if entry.opens() => come_in(&state, &entry).await,
        _ => Err(failed(&state).await?),
    }
}

/// Who a link greets, read without changing anything (mail scanners open links too).
pub async fn link_greeting(token: &str, again: bool) -> Result<Option<LinkGreeting>, AppError> {
    let state = app_state()?;
    if wait_minutes(&state).await?.is_some() {
        return Ok(None);
    }
    match crate::server::invitee::by_token_hash(&state.unscoped(), &token_hash(token.trim())).await? {
        Some(entry) if entry.opens() => {
            // The invitation says which language its person reads: the link opens in it, unless
            // the visitor has already chosen one on this device (the switch stays theirs).
            let chosen = leptos::prelude::use_context::<http::request::Parts>()
                .and_then(|parts| crate::server::security::chosen_lang(&parts.headers));
            let reload = !again && chosen.is_none() && crate::server::security::request_lang() != entry.language;
            if reload {
                crate::server::security::set_lang_cookie(&state, entry.language);
            }
            Ok(Some(LinkGreeting { first_name: entry.first_name, reload_in_their_language: reload }))
        }
        _ => {
            db::throttle::record(&state.unscoped(), &throttle_key(&state)).await?;
            Ok(None)
        }
    }
}

pub async fn my_review() -> Result<Option<InviteeReview>, AppError> {
    let Some(entry) = current().await?.filter(|e| e.usable) else {
        return Ok(None);
    };
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_entry(&state, &entry);
    let review = tenant.reviews().get(entry.review_id).await?.ok_or(AppError::NotFound)?;
    let authority = tenant.council().await?;
    let settings = tenant.settings().get().await?;
    let views = if entry.audience == crate::domain::reviews::Audience::Other {
        None
    } else {
        Some(match tenant.consultations().for_invitation(entry.id).await? {
            None => ViewsState::NotStarted,
            Some(c) if c.submitted_at.is_some() => ViewsState::Sent,
            Some(_) => ViewsState::Started,
        })
    };
    // Only what the IRO has confirmed is shown; a rebooked meeting waits for them again.
    Ok(Some(InviteeReview {
        first_name: entry.first_name,
        audience: entry.audience,
        child_name: review.child_name,
        meeting: review.confirmed.then(|| ConfirmedMeeting {
            on: review.meeting_on,
            at: review.meeting_at.clone(),
            arrangement: review.arrangement,
            details: review.arrangement_details.clone(),
        }),
        authority_en: authority.name_en,
        authority_cy: authority.name_cy,
        views,
        team_phone: settings.review_team_phone,
        team_email: settings.review_team_email,
    }))
}

pub async fn leave() -> Result<Done, Failed> {
    let session = session().await?;
    session.remove::<i64>(SESSION_INVITATION).await.map_err(AppError::from)?;
    session.remove::<(i64, String)>(crate::server::invitee::SESSION_UNLOCKED).await.map_err(AppError::from)?;
    session.cycle_id().await.map_err(AppError::from)?;
    Ok(Done::to("/start").with_notice(crate::model::Msg::new(T::EntryLeft)))
}

/// Each authority's review team contact, for the page a code that did not work lands on.
pub async fn contacts() -> Result<Vec<crate::model::TeamContact>, AppError> {
    let state = app_state()?;
    db::settings::review_team_contacts(&state.unscoped()).await
}
