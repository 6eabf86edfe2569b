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
    let mut round = Round::default();
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
        let sent_on = time::OffsetDateTime::from_unix_timestamp(candidate.sent_at).map(|t| t.date()).unwrap_or(today);
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
