//! Secrets: the hash and its kind on the invitation, wrong tries counted, a reset by the IRO.

use crate::domain::forms::Band;
use crate::model::StaffId;
use crate::model::{InvitationId, ReviewId};
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// The child's secret as stored (read with their invitation: `Entry::secret`).
pub use crate::server::invitee::SecretHeld as Secret;

/// Invitees' secrets, as one authority's staff reset them: `tenant.secrets()`.
pub struct Secrets<'t>(&'t Tenant);

impl Tenant {
    pub fn secrets(&self) -> Secrets<'_> {
        Secrets(self)
    }
}

impl Secrets<'_> {
    /// The child's own IRO clears a forgotten or locked secret; the child makes a new one next time.
    pub async fn reset_secret(&self, iro_id: StaffId, invitation_id: InvitationId, at: i64) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let done = sqlx::query(
            "UPDATE invitations SET secret_kind = NULL, secret_hash = NULL, secret_failures = 0, secret_set_at = NULL, updated_at = $1
             WHERE id = $2 AND authority_id = $3 AND secret_hash IS NOT NULL
             AND review_id IN (SELECT r.id FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
                               WHERE r.authority_id = $4 AND c.iro_staff_id = $5)",
        )
        .bind(at)
        .bind(invitation_id)
        .bind(authority_id)
        .bind(authority_id)
        .bind(iro_id)
        .execute(db)
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    pub async fn secret(&self, invitation_id: InvitationId) -> Result<Option<Secret>, AppError> {
        let db = self.0.db();
        /// The secret's columns (both empty when none is made).
        #[derive(sqlx::FromRow)]
        struct Row {
            secret_kind: Option<String>,
            secret_hash: Option<String>,
            secret_failures: i64,
        }
        let row: Option<Row> =
            sqlx::query_as("SELECT secret_kind, secret_hash, secret_failures FROM invitations WHERE id = $1 AND authority_id = $2")
                .bind(invitation_id)
                .bind(self.0.authority())
                .fetch_optional(db)
                .await?;
        Ok(row.and_then(|r| Some(Secret { kind: r.secret_kind?, hash: r.secret_hash?, failures: r.secret_failures })))
    }

    /// Stores a first secret. False if one was set meanwhile (another tab): the first one stands.
    pub async fn set_secret(&self, invitation_id: InvitationId, kind: &str, hash: &str, at: i64) -> Result<bool, AppError> {
        let db = self.0.db();
        let done = sqlx::query(
            "UPDATE invitations SET secret_kind = $1, secret_hash = $2, secret_failures = 0, secret_set_at = $3, updated_at = $4
             WHERE id = $5 AND authority_id = $6 AND secret_hash IS NULL",
        )
        .bind(kind)
        .bind(hash)
        .bind(at)
        .bind(at)
        .bind(invitation_id)
        .bind(self.0.authority())
        .execute(db)
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    /// Takes one try before the secret is checked, so tries sent all at once still count one by one.
    /// False when none are left.
    pub async fn take_secret_try(&self, invitation_id: InvitationId, secret_hash: &str, tries: i64) -> Result<bool, AppError> {
        let db = self.0.db();
        let taken = sqlx::query(
            "UPDATE invitations SET secret_failures = secret_failures + 1 WHERE id = $1 AND authority_id = $2 AND secret_hash = $3 AND secret_failures < $4",
        )
        .bind(invitation_id)
        .bind(self.0.authority())
        .bind(secret_hash)
        .bind(tries)
        .execute(db)
        .await?
        .rows_affected();
        Ok(taken == 1)
    }

    pub async fn secret_worked(&self, invitation_id: InvitationId) -> Result<(), AppError> {
        let db = self.0.db();
        sqlx::query("UPDATE invitations SET secret_failures = 0 WHERE id = $1 AND authority_id = $2 AND secret_failures > 0")
            .bind(invitation_id)
            .bind(self.0.authority())
            .execute(db)
            .await?;
        Ok(())
    }

    /// The band a consultation was begun in, if it has been begun (it keeps that band to the end).
    pub async fn consultation_band(&self, invitation_id: InvitationId) -> Result<Option<Band>, AppError> {
        let db = self.0.db();
        let band: Option<String> = sqlx::query_scalar("SELECT band FROM consultations WHERE invitation_id = $1 AND authority_id = $2")
            .bind(invitation_id)
            .bind(self.0.authority())
            .fetch_optional(db)
            .await?;
        band.map(|b| Band::parse(&b).ok_or_else(|| AppError::Internal(format!("invitation {invitation_id}: stored band unreadable"))))
            .transpose()
    }

    /// The child's date of birth and the day of their review's meeting, which set their band.
    pub async fn born_and_meeting(&self, review_id: ReviewId) -> Result<Option<(time::Date, time::Date)>, AppError> {
        /// The two dates as stored.
        #[derive(sqlx::FromRow)]
        struct Row {
            date_of_birth: String,
            meeting_on: String,
        }
        let row: Option<Row> = sqlx::query_as(
            "SELECT c.date_of_birth, r.meeting_on FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
             WHERE r.id = $1 AND r.authority_id = $2",
        )
        .bind(review_id)
        .bind(self.0.authority())
        .fetch_optional(self.0.db())
        .await?;
        row.map(|r| Ok((crate::server::db::parse_date(&r.date_of_birth)?, crate::server::db::parse_date(&r.meeting_on)?))).transpose()
    }
}
