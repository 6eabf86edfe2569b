//! The audit trail: who did what, when, from where. Append-only (enforced by database triggers).

use crate::model::{AuthorityId, StaffId};
use crate::server::tenant::Tenant;
use crate::server::{now, AppError};
use sqlx::AnyPool;

pub struct AuditEvent<'a> {
    pub authority_id: Option<AuthorityId>,
    pub actor_staff_id: Option<StaffId>,
    pub action: &'a str,
    pub subject_kind: &'a str,
    pub subject_id: Option<i64>,
    /// Never personal content: ids and codes only.
    pub detail: &'a str,
    pub ip: &'a str,
}

pub async fn record(db: &AnyPool, event: AuditEvent<'_>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO audit_events (authority_id, actor_staff_id, action, subject_kind, subject_id, detail, ip, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(event.authority_id)
    .bind(event.actor_staff_id)
    .bind(event.action)
    .bind(event.subject_kind)
    .bind(event.subject_id)
    .bind(event.detail)
    .bind(event.ip)
    .bind(now())
    .execute(db)
    .await?;
    Ok(())
}

/// Records what the signed-in member of staff did, from the request's address.
pub async fn by_staff(
    state: &crate::server::AppState,
    viewer: &crate::model::Viewer,
    action: &str,
    subject_kind: &str,
    subject_id: Option<i64>,
    detail: &str,
) -> Result<(), AppError> {
    let ip = crate::server::auth::client_address(state);
    by_staff_from(state, viewer, &ip, action, subject_kind, subject_id, detail).await
}

/// The same, from an address already known (a request handled outside the app's context).
pub async fn by_staff_from(
    state: &crate::server::AppState,
    viewer: &crate::model::Viewer,
    ip: &str,
    action: &str,
    subject_kind: &str,
    subject_id: Option<i64>,
    detail: &str,
) -> Result<(), AppError> {
    record(
        &state.db,
        AuditEvent {
            authority_id: Some(viewer.authority_id),
            actor_staff_id: Some(viewer.staff_id),
            action,
            subject_kind,
            subject_id,
            detail,
            ip,
        },
    )
    .await
}

/// The audit trail of one authority: `tenant.audit()`.
pub struct Audit<'t>(&'t Tenant);

impl Tenant {
    pub fn audit(&self) -> Audit<'_> {
        Audit(self)
    }
}

impl Audit<'_> {
    /// Records what a child, parent or carer did through their invitation (no staff actor, no address).
    pub async fn by_invitee(&self, action: &str, subject_kind: &str, subject_id: i64) -> Result<(), AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        record(
            db,
            AuditEvent {
                authority_id: Some(authority_id),
                actor_staff_id: None,
                action,
                subject_kind,
                subject_id: Some(subject_id),
                detail: "",
                ip: "",
            },
        )
        .await
    }
}
