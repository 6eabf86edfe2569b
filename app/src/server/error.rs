//! One error type for the server side: each kind maps to a status; internals are logged once, never shown.
//!
//! Server functions return `model::Failure`, which holds only what a person may know; `?` turns an
//! `AppError` into one through `From`, logging it once and setting the response's status.
//! `AppError` deliberately does not implement `std::error::Error`, so it cannot be turned into
//! text for the browser any other way.

use crate::i18n::T;
use crate::model::Failure;

#[derive(Debug)]
pub enum AppError {
    /// Not signed in.
    Unauthenticated,
    /// Signed in but not allowed, or the record belongs elsewhere. Shown as "not found" so that
    /// nobody learns whether another authority's record exists.
    NotFound,
    /// The request was understood but its input is not acceptable; the key says why.
    Invalid(T),
    /// A write broke a unique rule (two people adding the same email at once): shown beside
    /// the field as the key says, like any other correction.
    Taken {
        field: &'static str,
        key: T,
    },
    /// The database is busy or out of reach, or too many requests are being worked on: nothing
    /// was done, and trying again shortly will work (503, a calm "try again" page).
    Busy(String),
    Internal(String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::Unauthenticated => f.write_str("not signed in"),
            AppError::NotFound => f.write_str("not found"),
            AppError::Invalid(key) => write!(f, "invalid input: {key:?}"),
            AppError::Taken { field, .. } => write!(f, "{field} already taken"),
            AppError::Busy(detail) => write!(f, "busy: {detail}"),
            AppError::Internal(detail) => write!(f, "internal error: {detail}"),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        if is_busy(&error) {
            AppError::Busy(format!("database: {error}"))
        } else {
            AppError::Internal(format!("database: {error}"))
        }
    }
}

/// For a write that may break a unique rule: that case becomes a field error with `key`
/// (`AppError::Taken`), anything else maps as usual, keeping the database's own words for the log.
pub fn unique_as(field: &'static str, key: T) -> impl FnOnce(sqlx::Error) -> AppError {
    move |error| match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => AppError::Taken { field, key },
        _ => AppError::from(error),
    }
}

/// For a write whose unique rule means the whole request cannot be done (a second booking for
/// one child): that case becomes the refusal `key`, anything else maps as usual.
pub fn unique_refuses(key: T) -> impl FnOnce(sqlx::Error) -> AppError {
    move |error| match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => AppError::Invalid(key),
        _ => AppError::from(error),
    }
}

/// A database that is locked, restarting, out of connections or unreachable: the request can be
/// tried again as it is.
pub fn is_busy(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(db) => {
            let code = db.code().unwrap_or_default();
            // SQLite: SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
            // PostgreSQL: serialization failure, deadlock, lock not available, too many
            // connections, shutting down, cannot connect now.
            let sqlite_busy = code.parse::<i64>().is_ok_and(|n| n & 0xff == 5 || n & 0xff == 6);
            let postgres_busy = ["40001", "40P01", "55P03", "53300", "57P01", "57P02", "57P03"].contains(&code.as_ref());
            sqlite_busy || postgres_busy || db.message().contains("database is locked")
        }
        _ => false,
    }
}

/// How the session store marks an error that `is_busy` found (the session layer's errors reach
/// the app only as text).
pub const SESSION_STORE_BUSY: &str = "database busy: ";

impl From<tower_sessions::session::Error> for AppError {
    fn from(error: tower_sessions::session::Error) -> Self {
        // The session store is the database: a busy database shows here first, marked by the
        // store (`is_busy` knows SQLite's lock and a pool timed out as well as a dropped line).
        let text = error.to_string();
        if text.contains(SESSION_STORE_BUSY) {
            AppError::Busy(format!("session: {text}"))
        } else {
            AppError::Internal(format!("session: {text}"))
        }
    }
}

impl AppError {
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::Unauthenticated => http::StatusCode::UNAUTHORIZED,
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::Invalid(_) | AppError::Taken { .. } => http::StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Busy(_) => http::StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Logs the error once at the level it deserves: internals as errors, a busy moment as a
    /// warning, refusals (which are the system working) at debug.
    pub fn log(&self) {
        match self {
            AppError::Internal(detail) => tracing::error!(%detail, "internal error"),
            AppError::Busy(detail) => tracing::warn!(%detail, "busy; asked to try again"),
            refused => tracing::debug!(error = %refused, "refused"),
        }
    }
}

/// What a browser is told: the error is logged (once, here), the response takes its status, and
/// only what a person may know goes on. This is how `?` leaves every server function.
impl From<AppError> for Failure {
    fn from(error: AppError) -> Failure {
        error.log();
        if let Some(options) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            options.set_status(error.status());
        }
        match error {
            AppError::Unauthenticated => Failure::SignedOut,
            AppError::NotFound => Failure::NotFound,
            AppError::Invalid(key) | AppError::Taken { key, .. } => Failure::Invalid(key),
            AppError::Busy(_) => Failure::Busy,
            AppError::Internal(_) => Failure::Broken,
        }
    }
}

impl AppError {
    /// The answer to a file download that could not be made (a plain route, not a page): internal
    /// errors logged once, and nothing said of what exists.
    pub fn download_response(self) -> axum::response::Response {
        use axum::response::IntoResponse;
        self.log();
        let words = match self {
            AppError::NotFound | AppError::Unauthenticated => "Not found.",
            AppError::Busy(_) => "Heard is busy. Nothing was downloaded. Please try again in a moment.",
            _ => "Something went wrong. Nothing was downloaded.",
        };
        (self.status(), words).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_learns_the_kind_and_never_the_detail() {
        let shown = |error: AppError| Failure::from(error);
        assert_eq!(shown(AppError::Internal("database: no such table".into())), Failure::Broken);
        assert_eq!(shown(AppError::Busy("database is locked".into())), Failure::Busy);
        assert_eq!(shown(AppError::Unauthenticated), Failure::SignedOut);
        assert_eq!(shown(AppError::Taken { field: "email", key: T::ErrEmailTaken }), Failure::Invalid(T::ErrEmailTaken));
        let wire =
            String::from_utf8(leptos::server_fn::error::FromServerFnError::ser(&shown(AppError::Internal("sqlx: secret".into()))).to_vec());
        assert!(!wire.expect("utf-8").contains("sqlx"));
    }
}
