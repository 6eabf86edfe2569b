//! `heard backup FILE`: a consistent copy of a running SQLite database. Copying `heard.db`
//! itself while the server runs gives a file without what is still in the write-ahead log;
//! `VACUUM INTO` copies one consistent snapshot, whatever is being written meanwhile.

use sqlx::{Connection, Executor};
use std::path::Path;

/// Writes the copy to `file` (which must not exist yet), then opens it and checks it.
/// PostgreSQL is backed up with its own tools (`pg_dump`): this says so.
pub async fn run(database_url: &str, file: &Path) -> Result<(), String> {
    let Some(source) = crate::database::sqlite_file(database_url) else {
        return Err("HEARD_DATABASE_URL is PostgreSQL: back it up with pg_dump (see the README), keeping the session key with it".into());
    };
    if !source.exists() {
        return Err(format!("HEARD_DATABASE_URL: {} does not exist", source.display()));
    }
    let target = file.to_str().ok_or("the backup file's name must be UTF-8")?;
    // Made empty first, readable by this user only (it holds children's words), and never over
    // an existing file; SQLite then writes the copy into it.
    {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(file).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => format!("{} already exists: choose a new file name", file.display()),
            _ => format!("{}: {e}", file.display()),
        })?;
    }
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=ro", source.display()))
        .await
        .map_err(|e| format!("HEARD_DATABASE_URL: {e}"))?;
    conn.execute("PRAGMA busy_timeout = 5000").await.map_err(|e| e.to_string())?;
    sqlx::query("VACUUM INTO $1").bind(target).execute(&mut conn).await.map_err(|e| format!("backup: {e}"))?;
    conn.close().await.map_err(|e| e.to_string())?;

    let mut copy = sqlx::SqliteConnection::connect(&format!("sqlite://{target}?mode=ro")).await.map_err(|e| format!("the copy: {e}"))?;
    let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&mut copy).await.map_err(|e| format!("the copy: {e}"))?;
    if check != "ok" {
        return Err(format!("the copy failed its integrity check: {check}"));
    }
    Ok(())
}
