//! The audit trail: who did what, when, from where. Append-only (enforced by database triggers).

use crate::model::{AuthorityId, StaffId};
use crate::server::tenant::Tenant;
use crate::server::tenant::Unscoped;
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

/// One event as the trail lists it.
#[derive(sqlx::FromRow)]
pub struct StoredEvent {
    pub at: i64,
    pub display_name: Option<String>,
    pub action: String,
    pub subject_kind: String,
    pub subject_id: Option<i64>,
    pub detail: String,
    pub ip: String,
}

/// Records an event made before anyone has a handle: a sign-in, or the command line's first admin.
pub async fn record(unscoped: &Unscoped, event: AuditEvent<'_>) -> Result<(), AppError> {
    insert(unscoped.db(), event).await
}

async fn insert(db: &AnyPool, event: AuditEvent<'_>) -> Result<(), AppError> {
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
    insert(
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
        insert(
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

    /// Records a call of the council API, by the key that made it (no staff actor).
    pub async fn by_api_key(&self, key_id: i64, action: &str, subject_kind: &str, subject_id: i64, ip: &str) -> Result<(), AppError> {
        let detail = format!("api key {key_id}");
        let event = AuditEvent {
            authority_id: Some(self.0.authority()),
            actor_staff_id: None,
            action,
            subject_kind,
            subject_id: Some(subject_id),
            detail: &detail,
            ip,
        };
        insert(self.0.db(), event).await
    }

    /// Up to `limit` events, newest first, from `from_at` until before `to_at` (one action, or
    /// every action when `action` is empty), each with the name of the staff member who acted.
    pub async fn lines(&self, action: &str, from_at: i64, to_at: i64, limit: i64) -> Result<Vec<StoredEvent>, AppError> {
        Ok(sqlx::query_as(
            "SELECT e.at, s.display_name, e.action, e.subject_kind, e.subject_id, e.detail, e.ip FROM audit_events e
             LEFT JOIN staff s ON s.id = e.actor_staff_id AND s.authority_id = e.authority_id
             WHERE e.authority_id = $1 AND ($2 = '' OR e.action = $2) AND e.at >= $3 AND e.at < $4
             ORDER BY e.at DESC, e.id DESC LIMIT $5",
        )
        .bind(self.0.authority())
        .bind(action)
        .bind(from_at)
        .bind(to_at)
        .bind(limit)
        .fetch_all(self.0.db())
        .await?)
    }

    /// Every action the trail holds, for the filter.
    pub async fn actions(&self) -> Result<Vec<String>, AppError> {
        Ok(sqlx::query_scalar("SELECT DISTINCT action FROM audit_events WHERE authority_id = $1 ORDER BY action")
            .bind(self.0.authority())
            .fetch_all(self.0.db())
            .await?)
    }
}
