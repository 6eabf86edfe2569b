//! The authority's audit trail as its admins read it (the reading itself is recorded).

use super::{AuditLine, AuditTrail};
use crate::server::AppError;

/// The most lines one page of the trail shows.
pub const TRAIL_LIMIT: i64 = 500;

/// The authority's audit trail for its admins (reading it is itself recorded).
pub async fn trail(action: &str, from: &str, to: &str) -> Result<AuditTrail, AppError> {
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
    crate::server::audit::by_staff(&state, &viewer, "audit.viewed", "audit", None, "").await?;
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
