//! Connecting to SQLite or PostgreSQL through sqlx's `Any` driver, and migrating at start-up.

use app::server::db::{POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS};
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Connection, Executor};
use std::time::Duration;

/// How long start-up waits for the database before saying it cannot be reached.
pub const CONNECT_SECONDS: u64 = 2;

/// Opens the pool and brings the schema up to date. A database that does not answer within
/// `CONNECT_SECONDS` is an error at once, not a start-up that hangs.
pub async fn connect(database_url: &str) -> Result<AnyPool, sqlx::Error> {
    let pool = open(database_url)?;
    match tokio::time::timeout(Duration::from_secs(CONNECT_SECONDS), pool.acquire()).await {
        Ok(first) => drop(first?),
        Err(_) => return Err(sqlx::Error::PoolTimedOut),
    }
    let migrator = if is_sqlite(database_url) { &SQLITE_MIGRATIONS } else { &POSTGRES_MIGRATIONS };
    migrator.run(&pool).await?;
    Ok(pool)
}

fn is_sqlite(database_url: &str) -> bool {
    database_url.starts_with("sqlite:")
}

/// How long a pooled connection may sit unused before it is checked again when taken.
const CHECK_IDLE_AFTER: Duration = Duration::from_secs(10);

/// The pool, not yet connected.
fn open(database_url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let sqlite = is_sqlite(database_url);
    let pool = AnyPoolOptions::new()
        .max_connections(if sqlite { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(10))
        // sqlx's default pings every connection as it is taken from the pool: a second round
        // trip for every acquire (on SQLite, two more thread hand-offs; the form screen spent a
        // quarter of its time in hand-offs). sqlx also pings each connection as it is returned
        // and closes one that fails, so one taken soon after is known to have answered then.
        // Only a connection idle for a while is checked first, and one that fails the check is
        // replaced. The cost: a database restart within that while fails the next use of each
        // connection once, which the person sees as the calm "try again" (the error is busy).
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for > CHECK_IDLE_AFTER {
                    conn.ping().await?;
                }
                Ok(true)
            })
        })
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if sqlite {
                    // WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
                    // synchronous = NORMAL (SQLite's advice for WAL): a commit is written to the log
                    // before it is acknowledged, so it survives the process being killed, and the
                    // log is flushed to disk at each checkpoint rather than at every commit. FULL
                    // held every save to one disk flush (about 1,000 saves a second here, whatever
                    // the CPU); a power cut may now lose the last moments' saves, never the
                    // database. Deployments that need more run on PostgreSQL.
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                    )
                    .await?;
                } else {
                    // As SQLite's busy timeout: a row or table held by someone else for 5 s makes a
                    // calm "try again" (lock_not_available), not a request that waits for ever.
                    conn.execute("SET lock_timeout = '5s'").await?;
                }
                Ok(())
            })
        })
        .connect_lazy(database_url)?;
    Ok(pool)
}

/// What `/health` found wrong with the database, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unhealthy {
    /// It does not answer.
    Unreachable,
    /// Its schema is not the one this binary's migrations make (an empty or older database).
    NotMigrated,
    /// It does not take writes (read-only, full, or a SQLite file deleted under the server).
    NotWritable,
}

impl Unhealthy {
    pub fn as_str(self) -> &'static str {
        match self {
            Unhealthy::Unreachable => "unreachable",
            Unhealthy::NotMigrated => "not migrated",
            Unhealthy::NotWritable => "not writable",
        }
    }
}

/// Checks that the database answers, is migrated to exactly this binary's version, and takes a
/// write, and (SQLite) that its file is still where the URL says.
pub async fn health(pool: &AnyPool, database_url: &str, now: i64) -> Result<(), Unhealthy> {
    let migrator = if is_sqlite(database_url) { &SQLITE_MIGRATIONS } else { &POSTGRES_MIGRATIONS };
    // The URL is only read here: its scheme and (SQLite) file path, never logged.
    let expected = migrator.iter().map(|m| m.version).max().unwrap_or_default();
    sqlx::query("SELECT 1").execute(pool).await.map_err(|_| Unhealthy::Unreachable)?;
    let applied: Option<(Option<i64>,)> = sqlx::query_as("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
        .fetch_optional(pool)
        .await
        .map_err(|_| Unhealthy::NotMigrated)?;
    if applied.and_then(|(v,)| v) != Some(expected) {
        return Err(Unhealthy::NotMigrated);
    }
    if let Some(path) = sqlite_file(database_url) {
        if !path.exists() {
            return Err(Unhealthy::NotWritable);
        }
    }
    let wrote =
        sqlx::query("UPDATE heartbeat SET at = $1 WHERE id = 1").bind(now).execute(pool).await.map_err(|_| Unhealthy::NotWritable)?;
    if wrote.rows_affected() != 1 {
        return Err(Unhealthy::NotWritable);
    }
    Ok(())
}

/// The file a `sqlite://` URL names (None for in-memory databases and other engines).
pub fn sqlite_file(database_url: &str) -> Option<std::path::PathBuf> {
    let rest = database_url.strip_prefix("sqlite://").or_else(|| database_url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:")).then(|| std::path::PathBuf::from(path))
}
