//! The two plain routes of the import: the upload (a file, so a multipart form, not a server
//! function) and the sample file.

use crate::domain::import::{sample_csv, MAX_FILE_BYTES};
use crate::features::import::service;
use crate::model::{FieldError, Flash, T};
use crate::server::auth::StaffRequest;
use crate::server::forms::Failed;
use crate::server::{AppError, AppState};
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

/// The most an upload request may carry (set on the route in startup): a file well past the
/// 10 MB limit still arrives whole, so the admin is told it is too big rather than cut off.
pub const UPLOAD_REQUEST_LIMIT: usize = 64 * 1024 * 1024;

/// The form the import page's errors belong to.
pub const FORM: &str = "import_upload";

/// What an upload held: the file's name and bytes (at most the limit), or that it was more.
struct Upload {
    name: String,
    bytes: Vec<u8>,
    too_big: bool,
}

/// Reads the `file` field chunk by chunk, keeping at most the limit in memory.
async fn read_upload(mut multipart: Multipart) -> Upload {
    let mut upload = Upload { name: String::new(), bytes: Vec::new(), too_big: false };
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // The request stopped early or broke its own format: past the route's limit, or
            // a client that gave up. Either way nothing whole arrived.
            Err(_) => {
                upload.too_big = !upload.bytes.is_empty() || upload.too_big;
                break;
            }
        };
        // The first file only: a second field of the same name is not added onto it.
        if field.name() != Some("file") || !upload.name.is_empty() || !upload.bytes.is_empty() {
            continue;
        }
        upload.name = field.file_name().unwrap_or_default().to_string();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) if upload.bytes.len() + chunk.len() <= MAX_FILE_BYTES && !upload.too_big => {
                    upload.bytes.extend_from_slice(&chunk)
                }
                // Past the limit: read on (and drop) so the admin gets an answer, not a reset.
                Ok(Some(_)) => {
                    upload.too_big = true;
                    upload.bytes = Vec::new();
                }
                Ok(None) => break,
                Err(_) => {
                    upload.too_big = true;
                    upload.bytes = Vec::new();
                    break;
                }
            }
        }
    }
    upload
}

/// `POST /staff/admin/import/check`: keeps the file and shows its preview, or goes back to the
/// import page saying what is wrong with it.
pub async fn upload_route(State(state): State<AppState>, session: Session, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Some(StaffRequest { viewer, .. }) = StaffRequest::from_parts(&state, &parts) else {
        return Redirect::to("/sign-in").into_response();
    };
    if !service::IMPORTERS.contains(&viewer.role) {
        return AppError::NotFound.download_response();
    }
    let upload = match Multipart::from_request(Request::from_parts(parts, body), &state).await {
        Ok(multipart) => read_upload(multipart).await,
        Err(_) => Upload { name: String::new(), bytes: Vec::new(), too_big: false },
    };
    let result = if upload.too_big {
        Err(Failed::field("file", T::ErrImportTooBig))
    } else {
        service::upload(&state, &viewer, &upload.name, &upload.bytes).await
    };
    let errors = match result {
        Ok(id) => return Redirect::to(&format!("/staff/admin/import/{id}")).into_response(),
        Err(Failed::Invalid(errors)) => errors,
        Err(Failed::App(AppError::Invalid(key))) => vec![FieldError::general(key)],
        // A busy database or a fault: the calm page, and nothing was kept.
        Err(Failed::App(error)) => {
            error.log();
            return error.status().into_response();
        }
    };
    let flash = Flash { form: FORM.into(), errors, values: Vec::new(), notice: None };
    if let Err(error) = crate::server::flash::set(&session, flash).await {
        error.log();
        return error.status().into_response();
    }
    Redirect::to("/staff/admin/import#file").into_response()
}

/// `GET /staff/admin/import-staff-sample.csv`: the staff file's columns and one invented member.
pub async fn staff_sample_route() -> Response {
    (
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (http::header::CONTENT_DISPOSITION, "attachment; filename=\"heard-staff-sample.csv\""),
        ],
        crate::domain::import_staff::sample_staff_csv(),
    )
        .into_response()
}

/// `GET /staff/admin/import-sample.csv`: the columns and one invented child, to start from.
pub async fn sample_route() -> Response {
    (
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (http::header::CONTENT_DISPOSITION, "attachment; filename=\"heard-children-sample.csv\""),
        ],
        sample_csv(),
    )
        .into_response()
}
