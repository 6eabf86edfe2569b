//! Storage, one module per area. Plain SQL with `$n` placeholders that SQLite and PostgreSQL both read.

pub mod authorities;
pub mod outbox;
pub mod settings;
pub mod throttle;

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
