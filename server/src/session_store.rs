//! Sessions kept in the database (SQLite or PostgreSQL), so they survive restarts and are shared
//! by every server. Only a SHA-256 hash of each session id is stored.

use app::server::security::sha256_hex;
use async_trait::async_trait;
use sqlx::AnyPool;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: AnyPool,
}

impl DbSessionStore {
    pub fn new(db: AnyPool) -> DbSessionStore {
        DbSessionStore { db }
    }

    /// Removes expired sessions; the housekeeping job calls it.
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1").bind(now).execute(&self.db).await?;
        Ok(done.rows_affected())
    }
}

/// A database error as the session layer carries it: as text, marked when the database was only
/// busy or away for a moment (a connection dropped by a restart, say), so the person is asked to
/// try again rather than shown a fault.
fn backend(error: sqlx::Error) -> session_store::Error {
    if app::server::error::is_busy(&error) {
        session_store::Error::Backend(format!("{}{error}", app::server::error::SESSION_STORE_BUSY))
    } else {
        session_store::Error::Backend(error.to_string())
    }
}

fn key(id: &Id) -> String {
    sha256_hex(&id.to_string())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Insert-if-absent; on the (astronomically unlikely) collision, draw a new id.
        loop {
            let data = serde_json::to_string(record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
            let done = sqlx::query("INSERT INTO sessions (id_hash, data, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id_hash) DO NOTHING")
                .bind(key(&record.id))
                .bind(data)
                .bind(record.expiry_date.unix_timestamp())
                .execute(&self.db)
                .await
                .map_err(backend)?;
            if done.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = serde_json::to_string(record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
        sqlx::query(
            "INSERT INTO sessions (id_hash, data, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (id_hash) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
        )
        .bind(key(&record.id))
        .bind(data)
        .bind(record.expiry_date.unix_timestamp())
        .execute(&self.db)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let row: Option<(String,)> = sqlx::query_as("SELECT data FROM sessions WHERE id_hash = $1 AND expires_at > $2")
            .bind(key(id))
            .bind(now)
            .fetch_optional(&self.db)
            .await
            .map_err(backend)?;
        match row {
            Some((data,)) => {
                let record: Record = serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
                Ok(Some(record))
            }
            None => Ok(None),
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(key(id)).execute(&self.db).await.map_err(backend)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::backend;
    use app::server::AppError;

    #[test]
    fn a_dropped_connection_asks_to_try_again_and_a_fault_stays_a_fault() {
        let dropped = sqlx::Error::Io(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "connection reset by peer"));
        let busy = AppError::from(tower_sessions::session::Error::Store(backend(dropped)));
        assert!(matches!(busy, AppError::Busy(_)), "{busy:?}");
        let fault = AppError::from(tower_sessions::session::Error::Store(backend(sqlx::Error::RowNotFound)));
        assert!(matches!(fault, AppError::Internal(_)), "{fault:?}");
    }
}
