//! Council sign-in's storage: each authority's OpenID provider (its client secret sealed), the
//! authority an email domain belongs to, and the member an address names within it.

use crate::model::{AuthorityId, Role, StaffId};
use crate::server::tenant::{Tenant, Unscoped};
use crate::server::AppError;

/// An authority's provider as stored.
#[derive(Clone, sqlx::FromRow)]
pub struct Provider {
    pub issuer: String,
    pub client_id: String,
    pub sealed_secret: String,
    pub email_domain: String,
}

/// A member of the authority, found by the address their council vouched for.
#[derive(sqlx::FromRow)]
pub struct Member {
    pub id: StaffId,
    pub role: String,
    pub active: i64,
}

impl Member {
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }
}

/// One authority's council sign-in: `tenant.council_sign_in()`.
pub struct CouncilSignIn<'t>(&'t Tenant);

impl Tenant {
    pub fn council_sign_in(&self) -> CouncilSignIn<'_> {
        CouncilSignIn(self)
    }
}

/// Why a provider could not be saved.
pub enum NotSaved {
    /// Another authority signs in addresses at this domain.
    DomainTaken,
    Failed(AppError),
}

impl From<sqlx::Error> for NotSaved {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => NotSaved::DomainTaken,
            _ => NotSaved::Failed(error.into()),
        }
    }
}

impl CouncilSignIn<'_> {
    pub async fn get(&self) -> Result<Option<Provider>, AppError> {
        Ok(sqlx::query_as("SELECT issuer, client_id, sealed_secret, email_domain FROM council_sign_in WHERE authority_id = $1")
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// Sets the authority's provider (replacing any before it).
    pub async fn set(&self, provider: &Provider) -> Result<(), NotSaved> {
        sqlx::query(
            "INSERT INTO council_sign_in (authority_id, issuer, client_id, sealed_secret, email_domain, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (authority_id) DO UPDATE SET issuer = $2, client_id = $3, sealed_secret = $4, email_domain = $5, updated_at = $6",
        )
        .bind(self.0.authority())
        .bind(&provider.issuer)
        .bind(&provider.client_id)
        .bind(&provider.sealed_secret)
        .bind(&provider.email_domain)
        .bind(self.0.now())
        .execute(self.0.db())
        .await?;
        Ok(())
    }

    /// Turns council sign-in off, and forgets which subject each member was bound to (so an
    /// account recreated at the provider can be bound again). False when it was not on.
    pub async fn remove(&self) -> Result<bool, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        sqlx::query("DELETE FROM staff_council_subjects WHERE authority_id = $1").bind(self.0.authority()).execute(&mut *tx).await?;
        let removed = sqlx::query("DELETE FROM council_sign_in WHERE authority_id = $1").bind(self.0.authority()).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(removed.rows_affected() > 0)
    }

    /// The issuer and subject a member is bound to, if they have signed in this way before.
    pub async fn subject_of(&self, staff_id: StaffId) -> Result<Option<(String, String)>, AppError> {
        Ok(sqlx::query_as("SELECT issuer, subject FROM staff_council_subjects WHERE staff_id = $1 AND authority_id = $2")
            .bind(staff_id)
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// Binds a member to the provider's subject (replacing a binding to another issuer). False
    /// when that subject is another member's already.
    pub async fn bind(&self, staff_id: StaffId, issuer: &str, subject: &str) -> Result<bool, AppError> {
        let bound = sqlx::query(
            "INSERT INTO staff_council_subjects (staff_id, authority_id, issuer, subject, bound_at)
             SELECT id, authority_id, $3, $4, $5 FROM staff WHERE id = $1 AND authority_id = $2
             ON CONFLICT (staff_id) DO UPDATE SET issuer = $3, subject = $4, bound_at = $5",
        )
        .bind(staff_id)
        .bind(self.0.authority())
        .bind(issuer)
        .bind(subject)
        .bind(self.0.now())
        .execute(self.0.db())
        .await;
        match bound {
            Ok(done) => Ok(done.rows_affected() == 1),
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => Ok(false),
            Err(error) => Err(error.into()),
        }
    }

    /// The member of this authority with `email` (lower case), active or not.
    pub async fn member(&self, email: &str) -> Result<Option<Member>, AppError> {
        Ok(sqlx::query_as("SELECT id, role, active FROM staff WHERE email = $1 AND authority_id = $2")
            .bind(email)
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// The authority's name in English and Welsh, for the page that leads to its sign-in.
    pub async fn authority_names(&self) -> Result<(String, String), AppError> {
        Ok(sqlx::query_as("SELECT name_en, name_cy FROM authorities WHERE id = $1").bind(self.0.authority()).fetch_one(self.0.db()).await?)
    }
}

/// The authority whose council signs in addresses at `domain` (lower case), if any: sign-in
/// comes before anyone is known, so this one lookup is unscoped.
pub async fn authority_for_domain(unscoped: &Unscoped, domain: &str) -> Result<Option<AuthorityId>, AppError> {
    Ok(sqlx::query_scalar("SELECT authority_id FROM council_sign_in WHERE email_domain = $1")
        .bind(domain)
        .fetch_optional(unscoped.db())
        .await?)
}
