//! The background job: queues the one reminder per invitation when its window opens (and the
//! webhook's "pack ready" the day before a meeting), and sends
//! what the outbox holds (see `app::server::outbox`). All its state is in the database, so it carries
//! on after a restart, and leases let several servers share the work without sending twice.

use app::server::{outbox, AppState};
use std::time::Duration;

/// Runs for ever: reminders every `interval`; the outbox as soon as something is queued (woken),
/// when a try or a lease falls due, and at least every `interval`.
pub async fn run(state: AppState, interval: Duration) {
    let mut reminders_checked: Option<tokio::time::Instant> = None;
    loop {
        if reminders_checked.is_none_or(|at| at.elapsed() >= interval) {
            match app::features::invitations::service::queue_reminders(&state).await {
                Ok(queued) if queued > 0 => tracing::info!(queued, "reminders queued"),
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "reminders not queued; trying again later"),
            }
            match outbox::queue_pack_ready(&state).await {
                Ok(queued) if queued > 0 => tracing::info!(queued, "webhook pack-ready calls queued"),
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "pack-ready calls not queued; trying again later"),
            }
            reminders_checked = Some(tokio::time::Instant::now());
        }
        match outbox::run_round(&state).await {
            Ok(round) if round.sent + round.failed > 0 => tracing::info!(sent = round.sent, failed = round.failed, "mail round"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "mail round failed; trying again later"),
        }
        let pause = match app::server::db::outbox::next_wake(&state.unscoped()).await {
            Ok(Some(at)) => Duration::from_secs((at - state.clock.now()).clamp(1, interval.as_secs().max(1) as i64) as u64),
            _ => interval,
        };
        tokio::select! {
            _ = tokio::time::sleep(pause) => {},
            _ = state.wake_jobs.notified() => {},
        }
    }
}
