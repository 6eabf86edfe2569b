//! What every feature shares on the server (compiled with `ssr` only): state, the one error
//! type, storage helpers and migrations, mail and the outbox, sessions, security, the audit trail.

pub mod audit;
pub mod auth;
pub mod db;
pub mod error;
pub mod flash;
pub mod forms;
pub mod invitee;
pub mod links;
pub mod mail;
pub mod outbox;
pub mod outward;
pub mod seal;
pub mod security;
pub mod state;
pub mod symbols;
pub mod tenant;
#[cfg(test)]
pub mod testing;
pub mod webhook;

pub use error::AppError;
pub use state::AppState;

/// Seconds since the Unix epoch: how every time is stored, the same on SQLite and PostgreSQL.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Today's date in the UK, for the schedule.
pub fn today() -> time::Date {
    uk_time(now()).date()
}

/// A stored moment as the UK's clocks showed it.
pub fn uk_time(at: i64) -> time::PrimitiveDateTime {
    crate::domain::calendar::uk_time(at)
}

/// A stored moment's date in the UK.
pub fn uk_date(at: i64) -> time::Date {
    uk_time(at).date()
}

/// A stored moment's UK date and its time as "HH:MM".
pub fn uk_day_and_time(at: i64) -> (time::Date, String) {
    let t = uk_time(at);
    (t.date(), format!("{:02}:{:02}", t.hour(), t.minute()))
}
