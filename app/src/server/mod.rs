//! Server-only services and storage (compiled with `ssr` only).

pub mod audit;
pub mod auth;
pub mod children;
pub mod consultations;
pub mod cover;
pub mod db;
pub mod entry;
pub mod error;
pub mod flash;
pub mod forms;
pub mod invitations;
pub mod jobs;
pub mod links;
pub mod mail;
pub mod pack;
pub mod reviews;
pub mod security;
pub mod settings;
pub mod staff;
pub mod state;
pub mod symbols;

pub use error::AppError;
pub use state::AppState;

/// Seconds since the Unix epoch: how every time is stored, the same on SQLite and PostgreSQL.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Today's date (UTC), for the schedule.
pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}
