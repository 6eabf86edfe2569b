//! The background job: queued messages about changed or cancelled meetings, and the one automatic
//! reminder before the report deadline. All its state is in the database, so it carries on after
//! a restart; each message is claimed before it is sent, so none goes twice, even with several servers.

use crate::domain::schedule::reminder_due;
use crate::server::mail::{invitation_email, Purpose};
use crate::server::{db, AppError, AppState};
use std::time::Duration;

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

/// Runs rounds for ever: every `interval`, or sooner when woken (a change was just queued).
pub async fn run(state: AppState, interval: Duration) {
    loop {
        match run_round(&state).await {
            Ok(round) if round.sent + round.failed > 0 => tracing::info!(sent = round.sent, failed = round.failed, "mail round"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "mail round failed; trying again later"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {},
            _ = state.wake_jobs.notified() => {},
        }
    }
}

pub async fn run_round(state: &AppState) -> Result<Round, AppError> {
    // Urgent alerts and other staff notices go first, before any backlog of invitation mail.
    let mut round = send_notices(state).await?;
    for job in db::invitations::waiting_jobs(&state.db).await? {
        if !db::invitations::claim_job(&state.db, job.id).await? {
            continue; // another server took it
        }
        let link = crate::server::invitations::link_url(state, &job.salt);
        let email = invitation_email(job.purpose, job.authority_id, &job.email, &job.first_name, job.language, &link);
        match state.mailer.send(&email).await {
            Ok(()) => {
                db::invitations::job_sent(&state.db, job.id).await?;
                round.sent += 1;
            }
            Err(error) => {
                tracing::warn!(job = job.id, %error, "queued message not sent");
                db::invitations::job_failed(&state.db, job.id).await?;
                round.failed += 1;
            }
        }
    }
    let today = crate::server::reviews::today();
    for candidate in db::invitations::reminder_candidates(&state.db).await? {
        let sent_on = crate::server::uk_time(candidate.sent_at).date();
        if !reminder_due(candidate.meeting_on, sent_on, today) {
            continue;
        }
        if !db::invitations::claim_reminder(&state.db, candidate.id).await? {
            continue;
        }
        let link = crate::server::invitations::link_url(state, &candidate.salt);
        let email =
            invitation_email(Purpose::Reminder, candidate.authority_id, &candidate.email, &candidate.first_name, candidate.language, &link);
        match state.mailer.send(&email).await {
            Ok(()) => {
                db::invitations::reminder_sent(&state.db, candidate.id).await?;
                round.sent += 1;
            }
            Err(error) => {
                // The server refused it, so it was not sent: give the claim back for a later round.
                tracing::warn!(invitation = candidate.id, %error, "reminder not sent");
                db::invitations::release_reminder(&state.db, candidate.id).await?;
                round.failed += 1;
            }
        }
    }
    Ok(round)
}

/// Staff notices: urgent alerts to the IRO and duty team, advocacy requests to the provider,
/// children's messages to their IRO.
async fn send_notices(state: &AppState) -> Result<Round, AppError> {
    use crate::server::db::consultations::{self as store, Recipient};
    use crate::server::mail::{notice_email, NoticeKind};
    let mut round = Round::default();
    for notice in store::waiting_notices(&state.db).await? {
        if !store::claim_notice(&state.db, notice.id).await? {
            continue;
        }
        let Some(to) = store::notice_address(&state.db, &notice).await? else {
            // Nobody to send it to (no duty or advocacy email set): the alert still tops the
            // IRO's home, and the admin is warned in the log.
            tracing::warn!(notice = notice.id, kind = %notice.kind, recipient = notice.recipient.as_str(), "no address for a notice; not sent");
            store::notice_not_sent(&state.db, notice.id, true).await?;
            continue;
        };
        let settings = db::settings::get(&state.db, notice.authority_id).await?;
        let review_team = [settings.review_team_phone.as_str(), settings.review_team_email.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" / ");
        let (kind, link, reference) = match (notice.kind.as_str(), notice.recipient) {
            ("alert", Recipient::Iro) => (NoticeKind::AlertToIro, format!("{}/staff", state.settings.base_url), String::new()),
            ("alert", _) => (NoticeKind::AlertToDuty, review_team, String::new()),
            ("message", _) => (NoticeKind::Message, format!("{}/staff", state.settings.base_url), String::new()),
            _ => {
                let (reference, asked_by) =
                    store::advocacy_reference_by_id(&state.db, notice.authority_id, notice.subject_id).await?.unwrap_or_default();
                let kind = if asked_by == "parent" { NoticeKind::ParentAdvocacy } else { NoticeKind::Advocacy };
                (kind, review_team, reference)
            }
        };
        let email = notice_email(kind, notice.authority_id, &to, &link, &reference);
        match state.mailer.send(&email).await {
            Ok(()) => {
                store::notice_sent(&state.db, notice.id).await?;
                round.sent += 1;
            }
            Err(error) => {
                tracing::warn!(notice = notice.id, %error, "notice not sent");
                store::notice_not_sent(&state.db, notice.id, false).await?;
                round.failed += 1;
            }
        }
    }
    Ok(round)
}
