//! Connecting to SQLite or PostgreSQL through sqlx's `Any` driver, and migrating at start-up.

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};
use std::time::Duration;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Opens the pool and brings the schema up to date.
pub async fn connect(database_url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let sqlite = database_url.starts_with("sqlite:");
    let pool = AnyPoolOptions::new()
        .max_connections(if sqlite { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if sqlite {
                    // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
                    conn.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;").await?;
                } else {
                    // As SQLite's busy timeout: a row or table held by someone else for 5 s makes a
                    // calm "try again" (lock_not_available), not a request that waits for ever.
                    conn.execute("SET lock_timeout = '5s'").await?;
                }
                Ok(())
            })
        })
        .connect(database_url)
        .await?;
    let migrator = if sqlite { &SQLITE_MIGRATIONS } else { &POSTGRES_MIGRATIONS };
    migrator.run(&pool).await?;
    Ok(pool)
}

/// True when the database answers.
pub async fn healthy(pool: &AnyPool) -> bool {
    sqlx::query("SELECT 1").execute(pool).await.is_ok()
}
