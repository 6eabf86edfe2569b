//! Failed sign-in tries, kept under hashed keys, for throttling.

use crate::server::tenant::Unscoped;
use crate::server::AppError;

/// How many failures since `since`, and when the oldest of them was.
pub async fn failures_since(unscoped: &Unscoped, key_hash: &str, since: i64) -> Result<(i64, Option<i64>), AppError> {
    let db = unscoped.db();
    let row: (i64, Option<i64>) = sqlx::query_as("SELECT COUNT(*), MIN(at) FROM sign_in_failures WHERE key_hash = $1 AND at > $2")
        .bind(key_hash)
        .bind(since)
        .fetch_one(db)
        .await?;
    Ok(row)
}

pub async fn record(unscoped: &Unscoped, key_hash: &str) -> Result<(), AppError> {
    let db = unscoped.db();
    sqlx::query("INSERT INTO sign_in_failures (key_hash, at) VALUES ($1, $2)").bind(key_hash).bind(unscoped.now()).execute(db).await?;
    Ok(())
}

pub async fn clear(unscoped: &Unscoped, key_hash: &str) -> Result<(), AppError> {
    let db = unscoped.db();
    sqlx::query("DELETE FROM sign_in_failures WHERE key_hash = $1").bind(key_hash).execute(db).await?;
    Ok(())
}

/// Drops failures older than a day; called by the housekeeping job.
pub async fn prune(unscoped: &Unscoped) -> Result<u64, AppError> {
    let db = unscoped.db();
    let done = sqlx::query("DELETE FROM sign_in_failures WHERE at < $1").bind(unscoped.now() - 86_400).execute(db).await?;
    Ok(done.rows_affected())
}
