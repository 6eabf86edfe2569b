//! Storage, one module per area. Plain SQL with `$n` placeholders that SQLite and PostgreSQL both read.

pub mod authorities;
pub mod outbox;
pub mod settings;
pub mod throttle;
pub mod webhooks;

/// Begins a transaction that will write. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`): a deferred transaction that reads first cannot wait for a writer that got in
/// between, and fails at once with "database is locked" whatever the busy timeout (seen when a
/// child pressed "I don't feel safe" while the mail job was writing). PostgreSQL needs nothing.
pub async fn begin_write(db: &sqlx::AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    if db.connect_options().database_url.scheme() == "sqlite" {
        db.begin_with("BEGIN IMMEDIATE").await
    } else {
        db.begin().await
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
