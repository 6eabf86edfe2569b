//! The audit trail: who did what, when, from where. Append-only (enforced by database triggers).

use crate::model::{AuthorityId, StaffId};
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

/// Records what a child, parent or carer did through their invitation (no staff actor, no address).
pub async fn by_invitee(
    db: &AnyPool,
    authority_id: AuthorityId,
    action: &str,
    subject_kind: &str,
    subject_id: i64,
) -> Result<(), AppError> {
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

/// The most lines one page of the trail shows.
pub const TRAIL_LIMIT: i64 = 500;

/// The authority's audit trail for its admins (reading it is itself recorded).
pub async fn trail(action: &str, from: &str, to: &str) -> Result<crate::features::admin::AuditTrail, AppError> {
    use crate::features::admin::{AuditLine, AuditTrail};
    let viewer = crate::server::auth::require_role(&[crate::model::Role::Admin])?;
    let state = crate::server::state::app_state()?;
    use crate::domain::calendar::uk_start_of_day;
    let day = |text: &str| crate::domain::children::parse_form_date(text);
    let from_at = day(from).map(uk_start_of_day).unwrap_or(i64::MIN);
    // "To" includes the whole of that day.
    let to_at = day(to).and_then(|d| d.next_day()).map(uk_start_of_day).unwrap_or(i64::MAX);
    let action = action.trim();
    type Row = (i64, Option<String>, String, String, Option<i64>, String, String);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT e.at, s.display_name, e.action, e.subject_kind, e.subject_id, e.detail, e.ip FROM audit_events e
         LEFT JOIN staff s ON s.id = e.actor_staff_id AND s.authority_id = e.authority_id
         WHERE e.authority_id = $1 AND ($2 = '' OR e.action = $2) AND e.at >= $3 AND e.at < $4
         ORDER BY e.at DESC, e.id DESC LIMIT $5",
    )
    .bind(viewer.authority_id)
    .bind(action)
    .bind(from_at)
    .bind(to_at)
    .bind(TRAIL_LIMIT + 1)
    .fetch_all(&state.db)
    .await?;
    let actions: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT action FROM audit_events WHERE authority_id = $1 ORDER BY action")
        .bind(viewer.authority_id)
        .fetch_all(&state.db)
        .await?;
    by_staff(&state, &viewer, "audit.viewed", "audit", None, "").await?;
    let truncated = rows.len() as i64 > TRAIL_LIMIT;
    let lines = rows
        .into_iter()
        .take(TRAIL_LIMIT as usize)
        .map(|(at, who, action, kind, id, detail, ip)| {
            let t = crate::server::uk_time(at);
            AuditLine {
                on: t.date(),
                at: format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()),
                who,
                action,
                subject: match id {
                    Some(id) => format!("{kind} {id}"),
                    None => kind,
                },
                detail,
                from: ip,
            }
        })
        .collect();
    Ok(AuditTrail { lines, actions: actions.into_iter().map(|(a,)| a).collect(), truncated })
}
