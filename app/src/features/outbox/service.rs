//! Undelivered messages for the staff who should see them, and "try again now" (audited).

use super::Undelivered;
use crate::i18n::T;
use crate::model::ReviewId;
use crate::model::Viewer;
use crate::model::{Msg, Role, StaffId};
use crate::server::db::outbox as store;
use crate::server::forms::{Done, Failed};
use crate::server::tenant::Tenant;
use crate::server::AppState;
use crate::server::{audit, AppError};

/// As staff see it: no address, no words.
fn shown(row: store::Undelivered) -> Undelivered {
    Undelivered {
        id: row.id,
        kind: row.kind,
        reason: row.last_error.unwrap_or_else(|| "unavailable".into()),
        review_id: row.review_id,
        for_whom: row.for_whom,
        queued_at: row.created_at,
        attempts: row.attempts,
        next_try_at: (row.status == "waiting").then_some(row.next_try_at),
    }
}

/// Every undelivered message of the admin's authority (the admin's outbox page).
pub async fn for_admin(state: &AppState, viewer: &Viewer) -> Result<Vec<Undelivered>, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    Ok(tenant.outbox().undelivered().await?.into_iter().map(shown).collect())
}

/// The undelivered messages about one review (its page), for staff who may see the review.
pub async fn for_review(tenant: &Tenant, review_id: ReviewId) -> Result<Vec<Undelivered>, AppError> {
    Ok(tenant.outbox().undelivered_for_review(review_id).await?.into_iter().map(shown).collect())
}

/// The undelivered alerts, messages and referrals about an IRO's children (their home).
pub async fn for_iro(tenant: &Tenant, iro_id: StaffId) -> Result<Vec<Undelivered>, AppError> {
    Ok(tenant.outbox().undelivered_for_iro(iro_id).await?.into_iter().map(shown).collect())
}

/// "Try again now" (IROs, business support and admins of the message's authority), audited.
pub async fn retry(state: &AppState, viewer: &Viewer, id: i64, back: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Iro, Role::BusinessSupport, Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if !tenant.outbox().retry_now(id, state.clock.now()).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "message.retried", "outbox", Some(id), "").await?;
    state.wake_jobs.notify_one();
    Ok(Done::to(back.to_string()).with_notice(Msg::new(T::OutboxRetrying)))
}
