//! How a plain HTML form post ends: a 303 redirect, with errors and typed values carried in the
//! session so nothing typed is lost (passwords excepted). Works the same with or without WebAssembly.

use crate::i18n::T;
use crate::model::Failure;
use crate::model::{FieldError, Flash, Msg};
use crate::server::{flash, AppError};
use leptos::prelude::use_context;
use tower_sessions::Session;

/// Where to go after a form succeeded, and what to say there.
pub struct Done {
    pub redirect_to: String,
    pub notice: Option<Msg>,
}

impl Done {
    pub fn to(path: impl Into<String>) -> Done {
        Done { redirect_to: path.into(), notice: None }
    }

    pub fn with_notice(mut self, msg: Msg) -> Done {
        self.notice = Some(msg);
        self
    }
}

/// Why a form did not succeed.
pub enum Failed {
    /// The input needs correcting; shown beside the fields.
    Invalid(Vec<FieldError>),
    App(AppError),
}

impl From<AppError> for Failed {
    fn from(error: AppError) -> Self {
        Failed::App(error)
    }
}

impl Failed {
    pub fn field(field: &str, key: T) -> Failed {
        Failed::Invalid(vec![FieldError { field: field.to_string(), msg: Msg::new(key) }])
    }
}

/// Sends the browser on with a 303 See Other.
pub fn see_other(path: &str) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SEE_OTHER);
        if let Ok(value) = http::HeaderValue::from_str(path) {
            response.insert_header(http::header::LOCATION, value);
        }
    }
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| AppError::Internal(format!("no session: {e}")))
}

/// Finishes a form post: redirect on success; on failure go back to `back` with the errors and the
/// values typed (`values` must never include passwords).
pub async fn finish(form: &str, back: &str, values: Vec<(String, String)>, result: Result<Done, Failed>) -> Result<(), Failure> {
    let session = session().await?;
    let (target, flash) = match result {
        // Nothing was done, and the session (in the same database) may not take a flash either:
        // a 503, which the server answers with a calm "try again" page. Going back keeps what
        // was typed in the browser.
        Err(Failed::App(busy @ AppError::Busy(_))) => return Err(busy.into()),
        Ok(done) => (done.redirect_to, done.notice.map(|notice| Flash { form: String::new(), notice: Some(notice), ..Flash::default() })),
        Err(Failed::Invalid(errors)) => (back.to_string(), Some(Flash { form: form.to_string(), errors, values, notice: None })),
        Err(Failed::App(AppError::Unauthenticated)) => {
            let notice = Msg::new(T::SessionEnded);
            ("/sign-in".to_string(), Some(Flash { form: "sign_in".into(), notice: Some(notice), ..Flash::default() }))
        }
        Err(Failed::App(AppError::Taken { field, key })) => (
            back.to_string(),
            Some(Flash {
                form: form.to_string(),
                errors: vec![FieldError { field: field.into(), msg: Msg::new(key) }],
                values,
                notice: None,
            }),
        ),
        Err(Failed::App(AppError::Invalid(key))) => {
            (back.to_string(), Some(Flash { form: form.to_string(), errors: vec![FieldError::general(key)], values, notice: None }))
        }
        Err(Failed::App(AppError::NotFound)) => (
            back.to_string(),
            Some(Flash { form: form.to_string(), errors: vec![FieldError::general(T::ErrNotFound)], values, notice: None }),
        ),
        Err(Failed::App(internal @ AppError::Internal(_))) => {
            internal.log();
            (
                back.to_string(),
                Some(Flash { form: form.to_string(), errors: vec![FieldError::general(T::ErrSomethingWrong)], values, notice: None }),
            )
        }
    };
    if let Some(flash) = flash {
        flash::set(&session, flash).await?;
    }
    see_other(&target);
    Ok(())
}

/// Runs `work` as a server function runs: with the request, the state and the response's options
/// in context, so a plain route (a multipart form with files, a recording played back) uses the
/// same session, services and `finish` as the server functions do.
pub async fn in_request_context<F, R>(
    state: &crate::server::AppState,
    parts: http::request::Parts,
    work: F,
) -> (R, leptos_axum::ResponseOptions)
where
    F: std::future::Future<Output = R> + Send + 'static,
    R: Send + 'static,
{
    use leptos::prelude::provide_context;
    use leptos::reactive::computed::ScopedFuture;
    use leptos::reactive::owner::Owner;
    let options = leptos_axum::ResponseOptions::default();
    let (state, given) = (state.clone(), options.clone());
    let owner = Owner::new();
    let result = owner
        .with(|| {
            ScopedFuture::new(async move {
                provide_context(parts);
                provide_context(given);
                provide_context(state);
                work.await
            })
        })
        .await;
    (result, options)
}

/// A plain route's form post handled as a server function's: the answer is the redirect (or
/// refusal) that `work` set with `finish`.
pub async fn as_form_post<F>(state: &crate::server::AppState, parts: http::request::Parts, work: F) -> axum::response::Response
where
    F: std::future::Future<Output = Result<(), Failure>> + Send + 'static,
{
    use axum::response::IntoResponse;
    let (result, options) = in_request_context(state, parts, work).await;
    let Ok((status, headers)) = options.0.read().map(|set| (set.status, set.headers.clone())) else {
        return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let status = match (result, status) {
        (_, Some(status)) => status,
        (Ok(()), None) => http::StatusCode::NO_CONTENT,
        (Err(_), None) => http::StatusCode::INTERNAL_SERVER_ERROR,
    };
    let mut response = status.into_response();
    response.headers_mut().extend(headers);
    response
}
