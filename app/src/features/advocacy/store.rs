//! Advocacy requests: the choice on the consultation, the referral, and the IRO's list.

use crate::model::StaffId;
use crate::model::{ChildId, InvitationId, ReviewId};
use crate::server::db::outbox::Kind;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// An open advocacy request on an IRO's home: whose, its reference, when, and who asked.
#[derive(sqlx::FromRow)]
pub struct OpenRequest {
    pub child_id: crate::model::ChildId,
    pub preferred_name: String,
    pub reference: String,
    pub created_at: i64,
    pub audience: String,
}

/// Advocacy requests of one authority: `tenant.advocacy()`.
pub struct Advocacy<'t>(&'t Tenant);

impl Tenant {
    pub fn advocacy(&self) -> Advocacy<'_> {
        Advocacy(self)
    }
}

impl Advocacy<'_> {
    /// "Yes please" to an advocate: one request per invitation, and a notice to the provider.
    /// Returns the request's reference (the existing one if asked before).
    pub async fn request_advocacy(
        &self,
        review_id: ReviewId,
        invitation_id: InvitationId,
        reference: &str,
        at: i64,
    ) -> Result<String, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let mut tx = crate::server::db::begin_write(db).await?;
        // A second press (or a double click racing the first) finds the request already made.
        let made: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO advocacy_requests (authority_id, review_id, invitation_id, reference, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (invitation_id) DO NOTHING RETURNING id",
        )
        .bind(authority_id)
        .bind(review_id)
        .bind(invitation_id)
        .bind(reference)
        .bind(at)
        .bind(at)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((id,)) = made else {
            drop(tx);
            return self
                .0
                .consultations()
                .advocacy_reference(invitation_id)
                .await?
                .ok_or_else(|| AppError::Internal("advocacy request vanished".into()));
        };
        self.0.outbox().enqueue(&mut tx, Kind::Advocacy, id, Some(review_id), at).await?;
        tx.commit().await?;
        Ok(reference.to_string())
    }

    /// Open advocacy requests from the children this IRO reviews and their parents.
    pub async fn advocacy_requests_for_iro(&self, iro_id: StaffId) -> Result<Vec<OpenRequest>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT c.id AS child_id, c.preferred_name, a.reference, a.created_at, i.audience FROM advocacy_requests a
             JOIN invitations i ON i.id = a.invitation_id AND i.authority_id = a.authority_id
             JOIN reviews r ON r.id = a.review_id AND r.authority_id = a.authority_id
             JOIN children c ON c.id = r.child_id AND c.authority_id = a.authority_id
             WHERE a.authority_id = $1 AND c.iro_staff_id = $2 AND a.status = 'requested' ORDER BY a.created_at",
        )
        .bind(authority_id)
        .bind(iro_id)
        .fetch_all(db)
        .await?)
    }

    /// Children of the authority for whom an advocate was asked (by them or a parent) and the
    /// request is still open.
    pub async fn children_asking(&self) -> Result<Vec<ChildId>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(ChildId,)> = sqlx::query_as(
            "SELECT DISTINCT r.child_id FROM advocacy_requests a
             JOIN reviews r ON r.id = a.review_id AND r.authority_id = a.authority_id
             WHERE a.authority_id = $1 AND a.status = 'requested'",
        )
        .bind(authority_id)
        .fetch_all(db)
        .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    pub async fn set_advocacy(&self, consultation_id: i64, choice: &str, at: i64) -> Result<(), AppError> {
        let db = self.0.db();
        sqlx::query("UPDATE consultations SET advocacy = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4")
            .bind(choice)
            .bind(at)
            .bind(consultation_id)
            .bind(self.0.authority())
            .execute(db)
            .await?;
        Ok(())
    }
}
