//! One error type for the server side: each kind maps to a status; internals are logged once, never shown.

use crate::i18n::T;
use leptos::prelude::ServerFnError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not signed in.
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in but not allowed, or the record belongs elsewhere. Shown as "not found" so that
    /// nobody learns whether another authority's record exists.
    #[error("not found")]
    NotFound,
    /// The request was understood but its input is not acceptable; the key says why.
    #[error("invalid input: {0:?}")]
    Invalid(T),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        AppError::Internal(format!("database: {error}"))
    }
}

impl From<tower_sessions::session::Error> for AppError {
    fn from(error: tower_sessions::session::Error) -> Self {
        AppError::Internal(format!("session: {error}"))
    }
}

impl AppError {
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::Unauthenticated => http::StatusCode::UNAUTHORIZED,
            AppError::NotFound => http::StatusCode::NOT_FOUND,
            AppError::Invalid(_) => http::StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Internal(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Logs internal errors (once, here) and turns the error into what a client may see.
    pub fn into_server_fn_error(self) -> ServerFnError {
        if let AppError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        if let Some(options) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            options.set_status(self.status());
        }
        let public = match self {
            AppError::Unauthenticated => "unauthenticated".to_string(),
            AppError::NotFound => "not found".to_string(),
            AppError::Invalid(key) => format!("invalid: {key:?}"),
            AppError::Internal(_) => "internal error".to_string(),
        };
        ServerFnError::ServerError(public)
    }
}

impl AppError {
    /// The answer to a file download that could not be made (a plain route, not a page): internal
    /// errors logged once, and nothing said of what exists.
    pub fn download_response(self) -> axum::response::Response {
        use axum::response::IntoResponse;
        if let AppError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        let words = match self {
            AppError::NotFound | AppError::Unauthenticated => "Not found.",
            _ => "Something went wrong. Nothing was downloaded.",
        };
        (self.status(), words).into_response()
    }
}

/// `?` inside server functions: every `AppError` becomes a safe `ServerFnError`.
pub trait OrServerFnError<V> {
    fn or_sfn(self) -> Result<V, ServerFnError>;
}

impl<V> OrServerFnError<V> for Result<V, AppError> {
    fn or_sfn(self) -> Result<V, ServerFnError> {
        self.map_err(AppError::into_server_fn_error)
    }
}
