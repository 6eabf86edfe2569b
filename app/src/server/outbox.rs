//! Sending what the outbox holds: each message is claimed under a lease, composed from the
//! records it names (addresses and links are never stored with it), sent, and marked. A failed
//! try waits a growing gap; staff see every message that has not gone (see `db::outbox`).

use crate::domain::reviews::InvitationStatus;
use crate::server::db::outbox::{self as store, Kind, Queued};
use crate::server::mail::{invitation_email, notice_email, Email, NoticeKind, Purpose, SendError};
use crate::server::tenant::{Tenant, Unscoped};
use crate::server::{AppError, AppState};

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
    /// Claimed by another server first, or no longer needed.
    pub skipped: usize,
}

/// How one message ended this time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Not sent; it waits for its next try (or was given up, which staff see).
    Failed,
    /// Another server holds it, or there is nothing to send any more.
    Skipped,
}

/// Sends every message that is due, urgent alerts first, until none is left.
pub async fn run_round(state: &AppState) -> Result<Round, AppError> {
    let mut round = Round::default();
    let mut seen = std::collections::HashSet::new();
    loop {
        let due = store::due(&state.unscoped(), state.clock.now(), 50).await?;
        // A sent or failed message is no longer due; one that keeps coming back (its sending
        // broke before it could be marked) waits for its lease to run out, not this loop.
        let fresh: Vec<Queued> = due.into_iter().filter(|m| seen.insert(m.id)).collect();
        if fresh.is_empty() {
            return Ok(round);
        }
        for message in fresh {
            match deliver(state, &message).await {
                Ok(Outcome::Sent) => round.sent += 1,
                Ok(Outcome::Failed) => round.failed += 1,
                Ok(Outcome::Skipped) => round.skipped += 1,
                Err(error) => {
                    // Held under its lease, so it is tried again within a minute.
                    tracing::error!(outbox = message.id, %error, "sending a message broke; it will be tried again");
                    round.failed += 1;
                }
            }
        }
    }
}

/// Sends one message that was just queued, straight away, by the same path as the background
/// job (so a staff member hears at once whether it went). The sending runs as its own task: a
/// caller that stops waiting never cuts a delivery off between the mail server taking it and
/// its being marked sent (which would send it again).
pub async fn send_now(state: &AppState, id: i64, wait: std::time::Duration) -> Outcome {
    let Ok(Some(message)) = store::waiting(&state.unscoped(), id).await else {
        return Outcome::Failed;
    };
    let task = {
        let state = state.clone();
        tokio::spawn(async move { deliver(&state, &message).await })
    };
    match tokio::time::timeout(wait, task).await {
        Ok(Ok(Ok(outcome))) => outcome,
        Ok(Ok(Err(error))) => {
            tracing::error!(outbox = id, %error, "sending a message at once broke; the job will try again");
            Outcome::Failed
        }
        // Still going (it finishes on its own), or the task failed: the job carries on.
        _ => Outcome::Failed,
    }
}

/// Claims, composes, sends and marks one message. Whatever goes wrong after the claim is
/// recorded on the message (so staff see it and the 48 hours run), not only logged.
async fn deliver(state: &AppState, message: &Queued) -> Result<Outcome, AppError> {
    let Some(token) = store::claim(&state.unscoped(), message.id, state.clock.now()).await? else {
        return Ok(Outcome::Skipped);
    };
    match attempt(state, message, &token).await {
        Ok(outcome) => Ok(outcome),
        Err(error) => {
            tracing::error!(outbox = message.id, %error, "a message could not be prepared or marked; it will be tried again");
            store::mark_failed(&state.unscoped(), message, &token, "internal", state.clock.now()).await?;
            Ok(Outcome::Failed)
        }
    }
}

async fn attempt(state: &AppState, message: &Queued, token: &str) -> Result<Outcome, AppError> {
    let Some(kind) = message.kind() else {
        return Err(AppError::Internal(format!("outbox {}: unknown kind", message.id)));
    };
    if let Some(event) = kind.hook_event() {
        return call_hook(state, message, token, kind, event).await;
    }
    let email = match compose(state, message, kind).await? {
        Composed::Email(email) => email,
        Composed::NotNeeded => {
            store::withdraw(&state.unscoped(), message.id, token).await?;
            return Ok(Outcome::Skipped);
        }
        Composed::NoAddress => return failed(state, message, token, kind, "no_address").await,
    };
    // Cut off well inside the lease, so no other server takes the message while this one sends.
    let sent = tokio::time::timeout(std::time::Duration::from_secs(store::SEND_SECONDS), state.mailer.send(&email))
        .await
        .unwrap_or(Err(SendError::Unavailable));
    match sent {
        Ok(()) => {
            store::mark_sent(&state.unscoped(), message, token, state.clock.now()).await?;
            Ok(Outcome::Sent)
        }
        Err(error) => {
            let reason = match error {
                SendError::BadAddress => "bad_address",
                SendError::Refused => "refused",
                SendError::Unavailable => "unavailable",
            };
            failed(state, message, token, kind, reason).await
        }
    }
}

/// Calls the council's webhook about a review (see `server::webhook`). A council that turned its
/// webhook off, or a review no longer there, needs no call.
async fn call_hook(state: &AppState, message: &Queued, token: &str, kind: Kind, event: &str) -> Result<Outcome, AppError> {
    use crate::server::webhook::{post, HookError};
    let tenant = Unscoped::of_state(state).for_stored(message.authority_id);
    let review_id = crate::model::ReviewId::new(message.subject_id);
    let (Some(hook), Some(subject)) = (tenant.webhook().get().await?, tenant.webhook().subject(review_id).await?) else {
        store::withdraw(&state.unscoped(), message.id, token).await?;
        return Ok(Outcome::Skipped);
    };
    // A pack is no longer "ready" once its review was held or cancelled (that call says so).
    if kind == Kind::HookPackReady && subject.status != "booked" {
        store::withdraw(&state.unscoped(), message.id, token).await?;
        return Ok(Outcome::Skipped);
    }
    let secret = state
        .settings
        .seal_key
        .open(&crate::server::db::webhooks::secret_purpose(message.authority_id), &hook.sealed_secret)
        .ok_or_else(|| AppError::Internal("a webhook secret does not open with this server's key".into()))?;
    let occurred_at = time::OffsetDateTime::from_unix_timestamp(message.created_at)
        .ok()
        .and_then(|at| at.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default();
    let base = state.settings.base_url.trim_end_matches('/');
    let body = serde_json::json!({
        "event": event,
        "delivery": message.message_id,
        "occurred_at": occurred_at,
        "review": {
            "id": subject.review_id,
            "status": subject.status,
            "meeting_on": subject.meeting_on,
            "child_id": subject.child_id,
            "case_reference": subject.case_reference,
            "export": format!("{base}/api/v1/reviews/{}/export", subject.review_id),
        },
    })
    .to_string();
    let local = !state.settings.secure_cookies();
    let call = post(&hook.url, &secret, event, &message.message_id, &body, state.clock.now(), local);
    let called =
        tokio::time::timeout(std::time::Duration::from_secs(store::SEND_SECONDS), call).await.unwrap_or(Err(HookError::Unavailable));
    match called {
        Ok(()) => {
            store::mark_sent(&state.unscoped(), message, token, state.clock.now()).await?;
            Ok(Outcome::Sent)
        }
        Err(HookError::Refused) => failed(state, message, token, kind, "refused").await,
        Err(HookError::Unavailable) => failed(state, message, token, kind, "unavailable").await,
    }
}

/// Queues "pack ready" for every booked review meeting by tomorrow whose council has a webhook
/// and has not had it: the pack goes as it stands, whoever has replied. Returns how many.
pub async fn queue_pack_ready(state: &AppState) -> Result<usize, AppError> {
    let unscoped = Unscoped::of_state(state);
    let today = crate::domain::calendar::uk_time(state.clock.now()).date();
    let (from, until) = (today - time::Duration::days(2), today + time::Duration::days(1));
    let (from, until) = (crate::server::db::format_date(from), crate::server::db::format_date(until));
    let due = crate::server::db::webhooks::meetings_soon(&unscoped, &from, &until).await?;
    for (authority_id, review_id) in &due {
        let tenant = unscoped.for_stored(*authority_id);
        let mut tx = crate::server::db::begin_write(unscoped.db()).await?;
        tenant.webhook().enqueue_once(&mut tx, Kind::HookPackReady, *review_id, state.clock.now()).await?;
        tx.commit().await?;
    }
    Ok(due.len())
}

async fn failed(state: &AppState, message: &Queued, token: &str, kind: Kind, reason: &str) -> Result<Outcome, AppError> {
    let given_up = store::mark_failed(&state.unscoped(), message, token, reason, state.clock.now()).await?;
    // Ids and words only: no address, no name.
    if given_up {
        tracing::error!(
            outbox = message.id,
            kind = kind.as_str(),
            reason,
            "message not delivered after 48 hours of tries; staff are shown it"
        );
    } else {
        tracing::warn!(outbox = message.id, kind = kind.as_str(), reason, "message not delivered; it will be tried again");
    }
    Ok(Outcome::Failed)
}

enum Composed {
    Email(Email),
    /// Nothing to send any more: the invitation was revoked, or its person already replied.
    NotNeeded,
    /// Nobody to send it to (no duty or advocacy address set, or no IRO allocated).
    NoAddress,
}

async fn compose(state: &AppState, message: &Queued, kind: Kind) -> Result<Composed, AppError> {
    // The job works as the authority of the row it claimed, never one a request named.
    let tenant = Unscoped::of_state(state).for_stored(message.authority_id);
    let mut email = if kind.to_invitee() {
        match compose_for_invitee(state, &tenant, message, kind).await? {
            Some(email) => email,
            None => return Ok(Composed::NotNeeded),
        }
    } else {
        let Some(to) = notice_address(&tenant, message, kind).await? else {
            return Ok(Composed::NoAddress);
        };
        let staff_home = format!("{}/staff", state.settings.base_url.trim_end_matches('/'));
        let (notice, link, reference) = match kind {
            Kind::AlertIro => (NoticeKind::AlertToIro, staff_home, String::new()),
            Kind::Message => (NoticeKind::Message, staff_home, String::new()),
            Kind::AlertDuty => (NoticeKind::AlertToDuty, review_team(&tenant).await?, String::new()),
            _ => {
                let asked = tenant.outbox().advocacy_reference_by_id(message.subject_id).await?.unwrap_or_default();
                let notice = if asked.audience == "parent" { NoticeKind::ParentAdvocacy } else { NoticeKind::Advocacy };
                (notice, review_team(&tenant).await?, asked.reference)
            }
        };
        notice_email(notice, message.authority_id, &to, &link, &reference)
    };
    email.message_id = Some(message_id(&state.settings.base_url, &message.message_id));
    Ok(Composed::Email(email))
}

/// The review team's phone and email, as a notice to a partner names them.
async fn review_team(tenant: &Tenant) -> Result<String, AppError> {
    let settings = tenant.settings().get().await?;
    Ok([settings.review_team_phone.as_str(), settings.review_team_email.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" / "))
}

/// A Message-ID that stays the same on every try of one message.
fn message_id(base_url: &str, token: &str) -> String {
    let host =
        base_url.split("://").nth(1).unwrap_or(base_url).split(['/', ':']).next().filter(|h| !h.is_empty()).unwrap_or("heard.invalid");
    format!("<{token}@{host}>")
}

/// The invitee's message, or None when it is no longer needed.
async fn compose_for_invitee(state: &AppState, tenant: &Tenant, message: &Queued, kind: Kind) -> Result<Option<Email>, AppError> {
    let Some(invitee) = tenant.outbox().for_message(crate::model::InvitationId::new(message.subject_id)).await? else {
        return Ok(None);
    };
    let purpose = match kind {
        Kind::Invitation => Purpose::Invitation,
        Kind::Changed => Purpose::Changed,
        Kind::Cancelled => Purpose::Cancelled,
        Kind::Reminder => Purpose::Reminder,
        _ => Purpose::Letter,
    };
    let wanted = match kind {
        // A cancellation also reaches people whose links it just ended.
        Kind::Cancelled => true,
        // A reminder only to someone still asked for their views, while the meeting stands.
        Kind::Reminder => {
            !invitee.revoked
                && invitee.review_booked
                && matches!(invitee.status, InvitationStatus::Sent | InvitationStatus::Opened | InvitationStatus::InProgress)
        }
        Kind::Changed => !invitee.revoked && invitee.status != InvitationStatus::Submitted,
        _ => !invitee.revoked,
    };
    let Some(salt) = invitee.salt.filter(|_| wanted && invitee.email_delivery) else {
        return Ok(None);
    };
    let link = crate::server::links::link_url(state, &salt);
    Ok(Some(invitation_email(purpose, message.authority_id, &invitee.email, &invitee.first_name, invitee.language, &link)))
}

/// The address a notice goes to, looked up now: the child's IRO, or the council's duty team or
/// advocacy provider. None when there is nobody to send it to.
async fn notice_address(tenant: &Tenant, message: &Queued, kind: Kind) -> Result<Option<String>, AppError> {
    let address: Option<String> = match kind {
        Kind::AlertIro | Kind::Message => tenant.outbox().iro_email(kind, message.subject_id).await?,
        Kind::AlertDuty => Some(tenant.settings().get().await?.duty_email),
        _ => {
            // The provider for whoever asked: the same rule the advocacy screen names them by.
            let Some(asked) = tenant.outbox().advocacy_reference_by_id(message.subject_id).await? else {
                return Ok(None);
            };
            let audience = crate::domain::reviews::Audience::parse(&asked.audience).unwrap_or(crate::domain::reviews::Audience::Child);
            let settings = tenant.settings().get().await?;
            Some(settings.advocacy_for(audience).2.to_string())
        }
    };
    Ok(address.filter(|e| !e.trim().is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_id_names_the_sites_host() {
        assert_eq!(message_id("https://heard.example.gov.uk", "ab12"), "<ab12@heard.example.gov.uk>");
        assert_eq!(message_id("http://127.0.0.1:3000/", "ab12"), "<ab12@127.0.0.1>");
        assert_eq!(message_id("", "ab12"), "<ab12@heard.invalid>");
    }
}
