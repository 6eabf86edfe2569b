//! The authority's audit trail as its admins read it (the reading itself is recorded).

use super::{AuditLine, AuditTrail};
use crate::model::Viewer;
use crate::server::AppError;
use crate::server::AppState;

/// The most lines one page of the trail shows.
pub const TRAIL_LIMIT: i64 = 500;

/// The authority's audit trail for its admins (reading it is itself recorded).
pub async fn trail(state: &AppState, viewer: &Viewer, action: &str, from: &str, to: &str) -> Result<AuditTrail, AppError> {
    crate::server::auth::allowed(viewer, &[crate::model::Role::Admin])?;
    use crate::domain::calendar::uk_start_of_day;
    let day = |text: &str| crate::domain::children::parse_form_date(text);
    let from_at = day(from).map(uk_start_of_day).unwrap_or(i64::MIN);
    // "To" includes the whole of that day.
    let to_at = day(to).and_then(|d| d.next_day()).map(uk_start_of_day).unwrap_or(i64::MAX);
    let action = action.trim();
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let rows = tenant.audit().lines(action, from_at, to_at, TRAIL_LIMIT + 1).await?;
    let actions = tenant.audit().actions().await?;
    crate::server::audit::by_staff(state, viewer, "audit.viewed", "audit", None, "").await?;
    let truncated = rows.len() as i64 > TRAIL_LIMIT;
    let lines = rows
        .into_iter()
        .take(TRAIL_LIMIT as usize)
        .map(|line| {
            let t = crate::server::uk_time(line.at);
            AuditLine {
                on: t.date(),
                at: format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()),
                who: line.display_name,
                action: line.action,
                subject: match line.subject_id {
                    Some(id) => format!("{} {id}", line.subject_kind),
                    None => line.subject_kind,
                },
                detail: line.detail,
                from: line.ip,
            }
        })
        .collect();
    Ok(AuditTrail { lines, actions, truncated })
}
