//! Storage for recordings and drawings: one of each kind per answer, sealed bytes only. Every
//! query names the authority; the bytes are read one at a time, never listed.

use crate::features::media::{Given, MediaKind};
use crate::model::ReviewId;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// Recordings and drawings in one authority: `tenant.media()`.
pub struct Media<'t>(&'t Tenant);

impl Tenant {
    pub fn media(&self) -> Media<'_> {
        Media(self)
    }
}

/// One recording or drawing as stored: what it was found to be, and its sealed bytes.
#[derive(sqlx::FromRow)]
pub struct Sealed {
    pub id: i64,
    pub consultation_id: i64,
    pub question_id: String,
    pub kind: String,
    pub content_type: String,
    pub sealed: Vec<u8>,
}

/// A new recording or drawing for an answer (its bytes already sealed).
pub struct NewMedia<'a> {
    pub consultation_id: i64,
    pub question_id: &'a str,
    pub kind: MediaKind,
    pub content_type: &'a str,
    pub size: usize,
    pub sealed: &'a [u8],
}

#[derive(sqlx::FromRow)]
struct GivenRow {
    id: i64,
    question_id: String,
    kind: String,
}

const SEALED: &str = "SELECT m.id, m.consultation_id, m.question_id, m.kind, m.content_type, m.sealed FROM answer_media m";

impl Media<'_> {
    /// Keeps a recording or drawing for an answer, in place of one of the same kind. Refused
    /// (false) once the consultation has been sent: after that nothing of it changes.
    pub async fn put(&self, new: NewMedia<'_>) -> Result<bool, AppError> {
        let size = i64::try_from(new.size).map_err(|_| AppError::Internal("media size".into()))?;
        let kept = sqlx::query(
            "INSERT INTO answer_media (authority_id, consultation_id, question_id, kind, content_type, size_bytes, sealed, saved_at)
             SELECT authority_id, id, $1, $2, $3, $4, $5, $6 FROM consultations
             WHERE id = $7 AND authority_id = $8 AND submitted_at IS NULL
             ON CONFLICT (consultation_id, question_id, kind) DO UPDATE SET
               content_type = excluded.content_type, size_bytes = excluded.size_bytes, sealed = excluded.sealed,
               saved_at = excluded.saved_at",
        )
        .bind(new.question_id)
        .bind(new.kind.as_str())
        .bind(new.content_type)
        .bind(size)
        .bind(new.sealed)
        .bind(self.0.now())
        .bind(new.consultation_id)
        .bind(self.0.authority())
        .execute(self.0.db())
        .await?
        .rows_affected();
        Ok(kept > 0)
    }

    /// Takes a recording or drawing away, before the consultation is sent.
    pub async fn remove(&self, consultation_id: i64, question_id: &str, kind: MediaKind) -> Result<(), AppError> {
        sqlx::query(
            "DELETE FROM answer_media WHERE consultation_id = $1 AND question_id = $2 AND kind = $3 AND authority_id = $4
             AND EXISTS (SELECT 1 FROM consultations c WHERE c.id = $1 AND c.authority_id = $4 AND c.submitted_at IS NULL)",
        )
        .bind(consultation_id)
        .bind(question_id)
        .bind(kind.as_str())
        .bind(self.0.authority())
        .execute(self.0.db())
        .await?;
        Ok(())
    }

    /// What was given in one consultation (no bytes), question by question.
    pub async fn given(&self, consultation_id: i64) -> Result<Vec<Given>, AppError> {
        let rows: Vec<GivenRow> = sqlx::query_as(
            "SELECT id, question_id, kind FROM answer_media WHERE consultation_id = $1 AND authority_id = $2 ORDER BY question_id, kind",
        )
        .bind(consultation_id)
        .bind(self.0.authority())
        .fetch_all(self.0.db())
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| Some(Given { id: r.id, question_id: r.question_id, kind: MediaKind::parse(&r.kind)? }))
            .collect())
    }

    /// One answer's recording or drawing, for its author.
    pub async fn for_answer(&self, consultation_id: i64, question_id: &str, kind: MediaKind) -> Result<Option<Sealed>, AppError> {
        Ok(sqlx::query_as(&format!("{SEALED} WHERE m.consultation_id = $1 AND m.question_id = $2 AND m.kind = $3 AND m.authority_id = $4"))
            .bind(consultation_id)
            .bind(question_id)
            .bind(kind.as_str())
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// One recording or drawing sent for this review (never one still being written).
    pub async fn sent_for_review(&self, review_id: ReviewId, id: i64) -> Result<Option<Sealed>, AppError> {
        Ok(sqlx::query_as(&format!(
            "{SEALED} JOIN consultations c ON c.id = m.consultation_id AND c.authority_id = m.authority_id
             JOIN invitations i ON i.id = c.invitation_id AND i.authority_id = c.authority_id
             WHERE m.id = $1 AND m.authority_id = $2 AND c.review_id = $3 AND c.submitted_at IS NOT NULL
               AND i.revoked_at IS NULL"
        ))
        .bind(id)
        .bind(self.0.authority())
        .bind(review_id)
        .fetch_optional(self.0.db())
        .await?)
    }
}
