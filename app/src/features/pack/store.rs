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

/// An alert as the pack shows it: when it was raised, and when and by whom it was acknowledged.
#[derive(sqlx::FromRow)]
pub struct AlertSeen {
    pub raised_at: i64,
    pub acknowledged_at: Option<i64>,
    pub display_name: Option<String>,
}

/// An advocacy request: its reference and where it stands.
#[derive(sqlx::FromRow)]
pub struct Request {
    pub reference: String,
    pub status: String,
}

/// A child's message between reviews, as the pack shows it.
#[derive(sqlx::FromRow)]
pub struct Message {
    pub id: i64,
    pub kind: String,
    pub words: String,
    pub language: String,
    pub sent_at: i64,
}

impl PackParts<'_> {
    /// Alerts raised for this review, oldest first.
    pub async fn alerts(&self, review_id: ReviewId) -> Result<Vec<AlertSeen>, AppError> {
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

    /// The advocacy request made through one invitation.
    pub async fn advocacy(&self, invitation_id: InvitationId) -> Result<Option<Request>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as("SELECT reference, status FROM advocacy_requests WHERE authority_id = $1 AND invitation_id = $2")
            .bind(authority_id)
            .bind(invitation_id)
            .fetch_optional(db)
            .await?)
    }

    /// The child's messages sent through this review's invitations.
    pub async fn messages(&self, review_id: ReviewId) -> Result<Vec<Message>, AppError> {
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
