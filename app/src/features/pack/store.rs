//! Queries for the IRO's pre-review pack. Every one names the authority and the review.

use crate::model::StaffId;
use crate::model::{InvitationId, ReviewId};
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// What the pack gathers for one authority: `tenant.pack()`.
pub struct PackParts<'t>(&'t Tenant);

impl Tenant {
    pub fn pack(&self) -> PackParts<'_> {
        PackParts(self)
    }
}

impl PackParts<'_> {
    /// Alerts raised for this review, oldest first: (raised at, acknowledged at, by whom).
    pub async fn alerts(&self, review_id: ReviewId) -> Result<Vec<(i64, Option<i64>, Option<String>)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT a.raised_at, a.acknowledged_at, s.display_name FROM alerts a
             LEFT JOIN staff s ON s.id = a.acknowledged_by AND s.authority_id = a.authority_id
             WHERE a.authority_id = $1 AND a.review_id = $2 ORDER BY a.raised_at",
        )
        .bind(authority_id)
        .bind(review_id)
        .fetch_all(db)
        .await?)
    }

    /// The advocacy request made through one invitation: (reference, status).
    pub async fn advocacy(&self, invitation_id: InvitationId) -> Result<Option<(String, String)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as("SELECT reference, status FROM advocacy_requests WHERE authority_id = $1 AND invitation_id = $2")
            .bind(authority_id)
            .bind(invitation_id)
            .fetch_optional(db)
            .await?)
    }

    /// The child's messages sent through this review's invitations: (id, kind, words, language, sent at).
    pub async fn messages(&self, review_id: ReviewId) -> Result<Vec<(i64, String, String, String, i64)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT m.id, m.kind, m.words, m.language, m.sent_at FROM child_messages m
             JOIN invitations i ON i.id = m.invitation_id AND i.authority_id = m.authority_id
             WHERE m.authority_id = $1 AND i.review_id = $2 ORDER BY m.sent_at, m.id",
        )
        .bind(authority_id)
        .bind(review_id)
        .fetch_all(db)
        .await?)
    }

    /// Marks the consultations and messages the IRO was just shown as read by them (only those: one
    /// sent a moment later, or behind a revoked invitation, was not shown).
    pub async fn mark_read(&self, staff_id: StaffId, consultations: &[i64], messages: &[i64], at: i64) -> Result<(), AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let mut tx = crate::server::db::begin_write(db).await?;
        for (table, ids) in [("consultations", consultations), ("child_messages", messages)] {
            for id in ids {
                sqlx::query(&format!(
                    "UPDATE {table} SET read_at = $1, read_by = $2 WHERE id = $3 AND authority_id = $4 AND read_at IS NULL"
                ))
                .bind(at)
                .bind(staff_id)
                .bind(id)
                .bind(authority_id)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }
}
