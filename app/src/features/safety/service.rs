//! "I don't feel safe": one alert per child per hour, however often pressed, and the IRO
//! saying they are dealing with it (audited).

use crate::features::safety::SafePage;
use crate::features::secret::service::child_in;
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Viewer;
use crate::server::forms::{Done, Failed};
use crate::server::invitee::Entry;
use crate::server::state::app_state;
use crate::server::{audit, AppError, AppState};

pub async fn raise_alert(state: &AppState, entry: &Entry, source: &str) -> Result<(), AppError> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    if let Some(alert_id) = tenant.alerts().raise_alert(entry.review_id, entry.id, source, state.clock.now()).await? {
        tenant.audit().by_invitee("alert.raised", "alert", alert_id).await?;
        tracing::warn!(alert = alert_id, "urgent alert raised");
        state.wake_jobs.notify_one();
    }
    Ok(())
}

/// "I don't feel safe" from the help panel: needs only the link or code, never the secret, so a
/// child who has forgotten it can still be heard.
pub async fn not_safe(back: &str) -> Result<Done, Failed> {
    let Some(child) = child_in().await? else {
        return Ok(Done::to("/help-now"));
    };
    let state = app_state()?;
    raise_alert(&state, &child.entry, "panel").await?;
    Ok(Done::to(format!("/safe?back={}", crate::domain::text::back_path(back, "/my-review"))))
}

/// The duty team's name and number for the "not safe" page (the child's own council, when known).
pub async fn safe_page() -> Result<SafePage, AppError> {
    let Some(child) = child_in().await? else {
        return Ok(SafePage::default());
    };
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_entry(&state, &child.entry);
    let settings = tenant.settings().get().await?;
    Ok(SafePage { signed_in: true, duty_name: settings.duty_name, duty_phone: settings.duty_phone })
}

/// The IRO says they are dealing with an alert.
pub async fn acknowledge(state: &AppState, viewer: &Viewer, alert_id: i64) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[crate::model::Role::Iro])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if !tenant.alerts().acknowledge_alert(viewer.staff_id, alert_id, state.clock.now()).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "alert.acknowledged", "alert", Some(alert_id), "").await?;
    Ok(Done::to("/staff").with_notice(Msg::new(T::IroAcknowledged)))
}

#[cfg(test)]
mod service_tests {
    use super::*;
    use crate::server::testing;

    async fn count(state: &AppState, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(&state.db).await.expect("count")
    }

    /// Pressed again and again (or by a double click), one alert reaches the IRO and the duty
    /// team; an hour later, or once the IRO has acknowledged it, a new press raises a new one.
    #[tokio::test]
    async fn an_alert_is_raised_once_however_often_pressed() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 14).await;
        let tenant = crate::server::tenant::Tenant::of_viewer(&state, &seeded.iro);
        let entry = seeded.entry(&state).await;
        for _ in 0..3 {
            raise_alert(&state, &entry, "panel").await.expect("raise");
        }
        assert_eq!(count(&state, "SELECT COUNT(*) FROM alerts").await, 1);
        assert_eq!(count(&state, "SELECT COUNT(*) FROM outbox WHERE kind IN ('alert_iro', 'alert_duty')").await, 2);

        state.clock.advance(crate::features::safety::store::ALERT_REPEAT_SECONDS - 60);
        raise_alert(&state, &entry, "panel").await.expect("raise");
        assert_eq!(count(&state, "SELECT COUNT(*) FROM alerts").await, 1, "within the hour: the same alert");

        state.clock.advance(120);
        raise_alert(&state, &entry, "panel").await.expect("raise");
        assert_eq!(count(&state, "SELECT COUNT(*) FROM alerts").await, 2, "after the hour: a new alert");

        let newest: i64 = sqlx::query_scalar("SELECT MAX(id) FROM alerts").fetch_one(&state.db).await.expect("id");
        assert!(tenant.alerts().acknowledge_alert(seeded.iro.staff_id, newest, state.clock.now()).await.expect("acknowledge"));
        raise_alert(&state, &entry, "panel").await.expect("raise");
        assert_eq!(count(&state, "SELECT COUNT(*) FROM alerts").await, 3, "after acknowledgement: a new alert");
    }
}
