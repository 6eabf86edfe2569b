//! API keys. Keys are found by the hash of the whole key; every other query names the authority.

use crate::features::council_api::ApiKeyRow;
use crate::model::AuthorityId;
use crate::server::tenant::{Tenant, Unscoped};
use crate::server::AppError;

/// A live key as a call presents it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LiveKey {
    pub id: i64,
    pub authority_id: AuthorityId,
    pub scopes: String,
    /// What its admin called it: named as the maker of a pack it fetched.
    pub name: String,
}

/// The live (not revoked) key with this hash, whichever council's: the call's own way in.
pub async fn live_key(unscoped: &Unscoped, key_hash: &str) -> Result<Option<LiveKey>, AppError> {
    let found: Option<LiveKey> =
        sqlx::query_as("SELECT id, authority_id, scopes, name FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL")
            .bind(key_hash)
            .fetch_optional(unscoped.db())
            .await?;
    Ok(found)
}

/// Notes when a key was last used (to the minute: a busy key does not write on every call).
pub async fn mark_used(unscoped: &Unscoped, id: i64) -> Result<(), AppError> {
    let now = unscoped.now();
    sqlx::query("UPDATE api_keys SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)")
        .bind(now)
        .bind(id)
        .bind(now - 60)
        .execute(unscoped.db())
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct StoredKey {
    id: i64,
    name: String,
    hint: String,
    scopes: String,
    created_at: i64,
    last_used_at: Option<i64>,
    revoked_at: Option<i64>,
}

/// A new key's details, as stored.
pub struct NewKey<'a> {
    pub name: &'a str,
    pub hint: &'a str,
    pub key_hash: &'a str,
    pub scopes: &'a str,
    pub created_by: i64,
}

/// One authority's keys: `tenant.api_keys()`.
pub struct ApiKeys<'t>(&'t Tenant);

impl Tenant {
    pub fn api_keys(&self) -> ApiKeys<'_> {
        ApiKeys(self)
    }
}

impl ApiKeys<'_> {
    pub async fn list(&self) -> Result<Vec<ApiKeyRow>, AppError> {
        let stored: Vec<StoredKey> = sqlx::query_as(
            "SELECT id, name, hint, scopes, created_at, last_used_at, revoked_at FROM api_keys WHERE authority_id = $1
             ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC",
        )
        .bind(self.0.authority())
        .fetch_all(self.0.db())
        .await?;
        Ok(stored
            .into_iter()
            .map(|k| ApiKeyRow {
                id: k.id,
                name: k.name,
                hint: k.hint,
                scopes: k.scopes.split_whitespace().map(String::from).collect(),
                created_on: crate::server::uk_time(k.created_at).date(),
                last_used_on: k.last_used_at.map(|at| crate::server::uk_time(at).date()),
                revoked: k.revoked_at.is_some(),
            })
            .collect())
    }

    pub async fn insert(&self, key: &NewKey<'_>) -> Result<i64, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let id = self.insert_in(&mut tx, key).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn insert_in(&self, tx: &mut sqlx::AnyConnection, key: &NewKey<'_>) -> Result<i64, AppError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO api_keys (authority_id, name, hint, key_hash, scopes, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(self.0.authority())
        .bind(key.name)
        .bind(key.hint)
        .bind(key.key_hash)
        .bind(key.scopes)
        .bind(key.created_by)
        .bind(self.0.now())
        .fetch_one(tx)
        .await?;
        Ok(id)
    }

    /// The name and scopes of one of this authority's live keys.
    pub async fn live(&self, id: i64) -> Result<Option<(String, String)>, AppError> {
        let found: Option<(String, String)> =
            sqlx::query_as("SELECT name, scopes FROM api_keys WHERE id = $1 AND authority_id = $2 AND revoked_at IS NULL")
                .bind(id)
                .bind(self.0.authority())
                .fetch_optional(self.0.db())
                .await?;
        Ok(found)
    }

    /// Revokes one of this authority's live keys and stores its replacement, in one step: the
    /// new key's id, or `None` when the old one is not theirs or already revoked.
    pub async fn replace(&self, id: i64, key: &NewKey<'_>) -> Result<Option<i64>, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let revoked = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND authority_id = $3 AND revoked_at IS NULL")
            .bind(self.0.now())
            .bind(id)
            .bind(self.0.authority())
            .execute(&mut *tx)
            .await?;
        if revoked.rows_affected() != 1 {
            return Ok(None);
        }
        let new_id = self.insert_in(&mut tx, key).await?;
        tx.commit().await?;
        Ok(Some(new_id))
    }

    /// Revokes one of this authority's keys; false when it is not theirs or already revoked.
    pub async fn revoke(&self, id: i64) -> Result<bool, AppError> {
        let done = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND authority_id = $3 AND revoked_at IS NULL")
            .bind(self.0.now())
            .bind(id)
            .bind(self.0.authority())
            .execute(self.0.db())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
