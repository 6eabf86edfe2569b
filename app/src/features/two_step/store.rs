//! Two-step sign-in's storage: each member's sealed authenticator secret and last used step,
//! their recovery codes' hashes, and the authority's rule. Every query is bound to the
//! authority through the staff table.

use crate::model::StaffId;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// A member's authenticator as stored.
#[derive(sqlx::FromRow)]
pub struct Stored {
    pub sealed_secret: String,
    pub last_step: i64,
}

/// One authority's two-step sign-in: `tenant.two_step()`.
pub struct TwoStep<'t>(&'t Tenant);

impl Tenant {
    pub fn two_step(&self) -> TwoStep<'_> {
        TwoStep(self)
    }
}

/// Only members of the tenant's authority: every query below names the member through this.
const MEMBER: &str = "staff_id IN (SELECT id FROM staff WHERE id = $1 AND authority_id = $2)";

impl TwoStep<'_> {
    /// The member's authenticator, when they have set one up.
    pub async fn get(&self, staff_id: StaffId) -> Result<Option<Stored>, AppError> {
        Ok(sqlx::query_as(&format!("SELECT sealed_secret, last_step FROM staff_two_step WHERE {MEMBER}"))
            .bind(staff_id)
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// The member's email: what their authenticator app lists the account as.
    pub async fn email(&self, staff_id: StaffId) -> Result<Option<String>, AppError> {
        Ok(sqlx::query_scalar("SELECT email FROM staff WHERE id = $1 AND authority_id = $2")
            .bind(staff_id)
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// Sets up the member's authenticator and their recovery codes, in one step. False when
    /// they have one already (it is never replaced: turned off first, or reset by an admin).
    pub async fn enable(&self, staff_id: StaffId, sealed_secret: &str, step: i64, code_hashes: &[String]) -> Result<bool, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let added = sqlx::query(
            "INSERT INTO staff_two_step (staff_id, sealed_secret, last_step, enabled_at)
             SELECT id, $3, $4, $5 FROM staff WHERE id = $1 AND authority_id = $2
             ON CONFLICT (staff_id) DO NOTHING",
        )
        .bind(staff_id)
        .bind(self.0.authority())
        .bind(sealed_secret)
        .bind(step)
        .bind(self.0.now())
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() != 1 {
            return Ok(false);
        }
        Self::replace_codes_in(&mut tx, self.0, staff_id, code_hashes).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn replace_codes_in(
        tx: &mut crate::server::db::WriteTx,
        tenant: &Tenant,
        staff_id: StaffId,
        code_hashes: &[String],
    ) -> Result<(), AppError> {
        sqlx::query(&format!("DELETE FROM staff_recovery_codes WHERE {MEMBER}"))
            .bind(staff_id)
            .bind(tenant.authority())
            .execute(&mut **tx)
            .await?;
        for hash in code_hashes {
            sqlx::query("INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES ($1, $2)")
                .bind(staff_id)
                .bind(hash)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// New recovery codes in place of the old ones; false when the member has no authenticator.
    pub async fn replace_codes(&self, staff_id: StaffId, code_hashes: &[String]) -> Result<bool, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let (has,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM staff_two_step WHERE {MEMBER}"))
            .bind(staff_id)
            .bind(self.0.authority())
            .fetch_one(&mut *tx)
            .await?;
        if has == 0 {
            return Ok(false);
        }
        Self::replace_codes_in(&mut tx, self.0, staff_id, code_hashes).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Uses up `step`: true only if it is later than every step used before, so one code
    /// (even two requests racing with it) is accepted once.
    pub async fn use_step(&self, staff_id: StaffId, step: i64) -> Result<bool, AppError> {
        let done = sqlx::query(&format!("UPDATE staff_two_step SET last_step = $3 WHERE last_step < $3 AND {MEMBER}"))
            .bind(staff_id)
            .bind(self.0.authority())
            .bind(step)
            .execute(self.0.db())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Uses up a recovery code: true only the first time.
    pub async fn use_recovery_code(&self, staff_id: StaffId, code_hash: &str) -> Result<bool, AppError> {
        let done =
            sqlx::query(&format!("UPDATE staff_recovery_codes SET used_at = $4 WHERE code_hash = $3 AND used_at IS NULL AND {MEMBER}"))
                .bind(staff_id)
                .bind(self.0.authority())
                .bind(code_hash)
                .bind(self.0.now())
                .execute(self.0.db())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Recovery codes not yet used.
    pub async fn codes_left(&self, staff_id: StaffId) -> Result<i64, AppError> {
        let (left,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM staff_recovery_codes WHERE used_at IS NULL AND {MEMBER}"))
            .bind(staff_id)
            .bind(self.0.authority())
            .fetch_one(self.0.db())
            .await?;
        Ok(left)
    }

    /// Turns the member's two-step sign-in off (their codes go with it); false when it was off.
    pub async fn remove(&self, staff_id: StaffId) -> Result<bool, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let done = sqlx::query(&format!("DELETE FROM staff_two_step WHERE {MEMBER}"))
            .bind(staff_id)
            .bind(self.0.authority())
            .execute(&mut *tx)
            .await?;
        Self::replace_codes_in(&mut tx, self.0, staff_id, &[]).await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Which of the authority's staff have two-step sign-in on.
    pub async fn members_with_it(&self) -> Result<Vec<i64>, AppError> {
        let ids: Vec<(i64,)> =
            sqlx::query_as("SELECT t.staff_id FROM staff_two_step t JOIN staff s ON s.id = t.staff_id WHERE s.authority_id = $1")
                .bind(self.0.authority())
                .fetch_all(self.0.db())
                .await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    /// Whether the authority asks two-step sign-in of everyone (admins need it regardless).
    pub async fn for_everyone(&self) -> Result<bool, AppError> {
        let (everyone,): (i64,) = sqlx::query_as("SELECT two_step_for_everyone FROM authorities WHERE id = $1")
            .bind(self.0.authority())
            .fetch_one(self.0.db())
            .await?;
        Ok(everyone != 0)
    }

    pub async fn set_for_everyone(&self, everyone: bool) -> Result<(), AppError> {
        sqlx::query("UPDATE authorities SET two_step_for_everyone = $1 WHERE id = $2")
            .bind(i64::from(everyone))
            .bind(self.0.authority())
            .execute(self.0.db())
            .await?;
        Ok(())
    }
}
