//! Safeguarding alerts: raised once an hour at most, listed for the IRO, acknowledged.

use crate::model::StaffId;
use crate::model::{ChildId, InvitationId, ReviewId};
use crate::server::db::outbox::Kind;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// An alert not yet acknowledged, raised by this invitee within this many seconds, is not raised
/// again: a child pressing twice, or choosing it in two questions, makes one alert, not a storm.
pub const ALERT_REPEAT_SECONDS: i64 = 60 * 60;

/// An alert as the IRO's home lists it: no words, just who and when.
#[derive(Clone, Debug)]
pub struct OpenAlert {
    pub id: i64,
    pub child_id: ChildId,
    pub child_name: String,
    pub raised_at: i64,
}

/// "I don't feel safe" alerts of one authority: `tenant.alerts()`.
pub struct Alerts<'t>(&'t Tenant);

impl Tenant {
    pub fn alerts(&self) -> Alerts<'_> {
        Alerts(self)
    }
}

impl Alerts<'_> {
    /// Raises "I don't feel safe": the alert, and notices to the IRO and the duty team. Returns the
    /// alert's id, or None when the same child's alert is already waiting.
    pub async fn raise_alert(
        &self,
        review_id: ReviewId,
        invitation_id: InvitationId,
        source: &str,
        at: i64,
    ) -> Result<Option<i64>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let mut tx = crate::server::db::begin_write(db).await?;
        let waiting: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM alerts WHERE invitation_id = $1 AND authority_id = $2 AND acknowledged_at IS NULL AND raised_at > $3
             ORDER BY id DESC LIMIT 1",
        )
        .bind(invitation_id)
        .bind(authority_id)
        .bind(at - ALERT_REPEAT_SECONDS)
        .fetch_optional(&mut *tx)
        .await?;
        if waiting.is_some() {
            return Ok(None);
        }
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO alerts (authority_id, review_id, child_id, invitation_id, source, raised_at)
             SELECT r.authority_id, r.id, r.child_id, $1, $2, $3 FROM reviews r WHERE r.id = $4 AND r.authority_id = $5
             RETURNING id",
        )
        .bind(invitation_id)
        .bind(source)
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .fetch_one(&mut *tx)
        .await?;
        self.0.outbox().enqueue(&mut tx, Kind::AlertIro, id, Some(review_id), at).await?;
        self.0.outbox().enqueue(&mut tx, Kind::AlertDuty, id, Some(review_id), at).await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    /// Alerts not yet acknowledged for the children this IRO reviews.
    pub async fn open_alerts_for_iro(&self, iro_id: StaffId) -> Result<Vec<OpenAlert>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// An open alert, with the child's preferred name.
        #[derive(sqlx::FromRow)]
        struct Row {
            id: i64,
            child_id: crate::model::ChildId,
            preferred_name: String,
            raised_at: i64,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.id, a.child_id, c.preferred_name, a.raised_at FROM alerts a
             JOIN children c ON c.id = a.child_id AND c.authority_id = a.authority_id
             WHERE a.authority_id = $1 AND c.iro_staff_id = $2 AND a.acknowledged_at IS NULL ORDER BY a.raised_at",
        )
        .bind(authority_id)
        .bind(iro_id)
        .fetch_all(db)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| OpenAlert { id: r.id, child_id: r.child_id, child_name: r.preferred_name, raised_at: r.raised_at })
            .collect())
    }

    /// Children of the authority with an alert nobody has acknowledged yet.
    pub async fn children_with_open_alerts(&self) -> Result<Vec<ChildId>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(ChildId,)> =
            sqlx::query_as("SELECT DISTINCT child_id FROM alerts WHERE authority_id = $1 AND acknowledged_at IS NULL")
                .bind(authority_id)
                .fetch_all(db)
                .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// The IRO says they have seen the alert and are acting on it.
    pub async fn acknowledge_alert(&self, iro_id: StaffId, alert_id: i64, at: i64) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let done = sqlx::query(
            "UPDATE alerts SET acknowledged_at = $1, acknowledged_by = $2
             WHERE id = $3 AND authority_id = $4 AND acknowledged_at IS NULL
             AND child_id IN (SELECT id FROM children WHERE authority_id = $5 AND iro_staff_id = $6)",
        )
        .bind(at)
        .bind(iro_id)
        .bind(alert_id)
        .bind(authority_id)
        .bind(authority_id)
        .bind(iro_id)
        .execute(db)
        .await?
        .rows_affected();
        Ok(done == 1)
    }
}
