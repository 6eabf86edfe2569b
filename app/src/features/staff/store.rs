//! Staff accounts. Every query that lists or changes staff is scoped by authority.

use crate::domain::staff::{EmailAddress, PersonName};
use crate::features::staff::StaffMember;
use crate::model::Role;
use crate::model::StaffId;
use crate::server::tenant::Tenant;
use crate::server::tenant::Unscoped;
use crate::server::AppError;

/// An active account as sign-in reads it.
pub struct Credentials {
    pub id: StaffId,
    pub authority_id: crate::model::AuthorityId,
    pub role: Role,
    pub password_hash: String,
}

/// The stored hash of an active account, for sign-in.
pub async fn credentials(unscoped: &Unscoped, email: &EmailAddress) -> Result<Option<Credentials>, AppError> {
    let db = unscoped.db();
    /// The account's row.
    #[derive(sqlx::FromRow)]
    struct Row {
        id: StaffId,
        authority_id: crate::model::AuthorityId,
        role: String,
        password_hash: String,
    }
    let row: Option<Row> =
        sqlx::query_as("SELECT id, authority_id, role, password_hash FROM staff WHERE email = $1 AND active = 1 AND password_hash <> ''")
            .bind(email.as_str())
            .fetch_optional(db)
            .await?;
    // An unknown role cannot sign in (nor can it be stored: roles are checked on the way in).
    Ok(row.and_then(|r| {
        Some(Credentials { id: r.id, authority_id: r.authority_id, role: Role::parse(&r.role)?, password_hash: r.password_hash })
    }))
}

/// Any member (active or not) with this email, and their authority: for the command line.
pub async fn member_by_email(unscoped: &Unscoped, email: &EmailAddress) -> Result<Option<(StaffId, crate::model::AuthorityId)>, AppError> {
    Ok(sqlx::query_as("SELECT id, authority_id FROM staff WHERE email = $1").bind(email.as_str()).fetch_optional(unscoped.db()).await?)
}

pub async fn email_taken(unscoped: &Unscoped, email: &EmailAddress) -> Result<bool, AppError> {
    let db = unscoped.db();
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff WHERE email = $1").bind(email.as_str()).fetch_one(db).await?;
    Ok(count > 0)
}

/// Staff accounts of one authority: `tenant.staff()`.
pub struct StaffAccounts<'t>(&'t Tenant);

impl Tenant {
    pub fn staff(&self) -> StaffAccounts<'_> {
        StaffAccounts(self)
    }
}

impl StaffAccounts<'_> {
    pub async fn list(&self) -> Result<Vec<StaffMember>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// A member of staff as listed (`active` as a number).
        #[derive(sqlx::FromRow)]
        struct Row {
            id: i64,
            display_name: String,
            email: String,
            role: String,
            active: i64,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, display_name, email, role, active FROM staff WHERE authority_id = $1 ORDER BY active DESC, display_name",
        )
        .bind(authority_id)
        .fetch_all(db)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(StaffMember {
                    id: r.id,
                    display_name: r.display_name,
                    email: r.email,
                    role: Role::parse(&r.role)?,
                    active: r.active != 0,
                    two_step: false,
                })
            })
            .collect())
    }

    pub async fn insert(&self, name: &PersonName, email: &EmailAddress, role: Role, password_hash: &str) -> Result<i64, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO staff (authority_id, email, display_name, role, password_hash, active, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, 1, $6, $7) RETURNING id",
        )
        .bind(authority_id)
        .bind(email.as_str())
        .bind(name.as_str())
        .bind(role.as_str())
        .bind(password_hash)
        .bind(at)
        .bind(at)
        .fetch_one(db)
        .await
        // Two admins adding the same address at once: the loser is told, as if it were checked first.
        .map_err(crate::server::error::unique_as("email", crate::i18n::T::ErrEmailTaken))?;
        Ok(id)
    }

    /// Changes whether a member of this authority may sign in; `None` when no such member is there.
    pub async fn set_active(&self, staff_id: StaffId, active: bool) -> Result<Option<String>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let done = sqlx::query("UPDATE staff SET active = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4")
            .bind(i64::from(active))
            .bind(self.0.now())
            .bind(staff_id)
            .bind(authority_id)
            .execute(db)
            .await?;
        if done.rows_affected() == 0 {
            return Ok(None);
        }
        let (name,): (String,) = sqlx::query_as("SELECT display_name FROM staff WHERE id = $1 AND authority_id = $2")
            .bind(staff_id)
            .bind(authority_id)
            .fetch_one(db)
            .await?;
        Ok(Some(name))
    }

    /// Active IROs of the authority, by name: who a child may be allocated to.
    pub async fn iros(&self) -> Result<Vec<(i64, String)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, display_name FROM staff WHERE authority_id = $1 AND role = 'iro' AND active = 1 ORDER BY display_name",
        )
        .bind(authority_id)
        .fetch_all(db)
        .await?;
        Ok(rows)
    }

    /// Every IRO's name, active or not: a child may still be allocated to one who has left.
    pub async fn iro_names(&self) -> Result<Vec<(i64, String)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, display_name FROM staff WHERE authority_id = $1 AND role = 'iro' ORDER BY id")
                .bind(authority_id)
                .fetch_all(db)
                .await?;
        Ok(rows)
    }

    pub async fn password_hash(&self, staff_id: StaffId) -> Result<Option<String>, AppError> {
        let db = self.0.db();
        Ok(sqlx::query_scalar("SELECT password_hash FROM staff WHERE id = $1 AND authority_id = $2 AND active = 1")
            .bind(staff_id)
            .bind(self.0.authority())
            .fetch_optional(db)
            .await?)
    }

    pub async fn set_password_hash(&self, staff_id: StaffId, hash: &str) -> Result<(), AppError> {
        let db = self.0.db();
        sqlx::query("UPDATE staff SET password_hash = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4")
            .bind(hash)
            .bind(self.0.now())
            .bind(staff_id)
            .bind(self.0.authority())
            .execute(db)
            .await?;
        Ok(())
    }
}
