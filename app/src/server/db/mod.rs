//! Storage, one module per area. Plain SQL with `$n` placeholders that SQLite and PostgreSQL both read.

pub mod authorities;
pub mod outbox;
pub mod settings;
pub mod throttle;
pub mod webhooks;

/// A transaction that will write, with its turn at the writer's lock. Used as the transaction
/// itself: `&mut *tx` is the connection to run queries on; `commit` or `rollback` ends it and
/// gives the turn to the next writer. Dropping it (an early return on error) rolls back too, but
/// the turn passes before that rollback has run, so the next writer may wait in SQLite's busy
/// handler for a moment: correct, only slower, and only on error paths.
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    /// SQLite's turn (none on PostgreSQL), held until the transaction ends.
    _turn: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

/// How long a writer waits for its turn before the request is answered "busy, try again": as
/// long as SQLite's own busy timeout.
const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The one writer's turn of each SQLite database this process has open, by address (two
/// spellings of one file would get two turns, and SQLite's lock still keeps them apart; the
/// in-memory databases of unit tests share one turn, which only makes them take turns).
fn sqlite_turns(url: &str) -> std::sync::Arc<tokio::sync::Semaphore> {
    static TURNS: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<tokio::sync::Semaphore>>>> =
        std::sync::OnceLock::new();
    let turns = TURNS.get_or_init(Default::default);
    let mut turns = turns.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    turns.entry(url.to_string()).or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(1))).clone()
}

/// Begins a transaction that will write. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`): a deferred transaction that reads first cannot wait for a writer that got in
/// between, and fails at once with "database is locked" whatever the busy timeout (seen when a
/// child pressed "I don't feel safe" while the mail job was writing). And writers of this process
/// take turns first, in the order they came: SQLite's busy handler waits by sleeping (1, 2, 5, 10
/// ms and more), so under many saves at once the lock sat free while the writers slept, capping
/// autosave and stretching its slowest answers. PostgreSQL needs neither.
pub async fn begin_write(db: &sqlx::AnyPool) -> Result<WriteTx, sqlx::Error> {
    let url = &db.connect_options().database_url;
    if url.scheme() == "sqlite" {
        let turn = tokio::time::timeout(TURN_WAIT, sqlite_turns(url.as_str()).acquire_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        Ok(WriteTx { tx: db.begin_with("BEGIN IMMEDIATE").await?, _turn: Some(turn) })
    } else {
        Ok(WriteTx { tx: db.begin().await?, _turn: None })
    }
}

/// The schema's migrations, one tree per engine, embedded at build time and run by the server at
/// start-up (`heard_server::database`). They live here, beside the SQL the stores run against
/// them, so a change to a table and to the queries on it is made (and reviewed) in one place;
/// `tests/tests/integration/migrations.rs` checks that the two trees make the same schema. sqlx
/// records each by its file name's version and a checksum of its text: never rename, reformat or
/// edit one already released; add a new file to both trees instead.
pub static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("src/server/db/migrations/sqlite");
/// See `SQLITE_MIGRATIONS`.
pub static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("src/server/db/migrations/postgres");

/// Dates are stored as ISO text ("2027-01-04"), the same on both engines.
const DATE: &[time::format_description::FormatItem<'static>] = time::macros::format_description!("[year]-[month]-[day]");

pub fn parse_date(text: &str) -> Result<time::Date, crate::server::AppError> {
    time::Date::parse(text, DATE).map_err(|e| crate::server::AppError::Internal(format!("stored date {text:?}: {e}")))
}

pub fn format_date(date: time::Date) -> String {
    date.format(DATE).unwrap_or_default()
}
