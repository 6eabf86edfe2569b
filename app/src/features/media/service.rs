//! Keeping and opening recordings and drawings: checked by their bytes, sealed to their row with
//! the configured key (off the async threads: sealing megabytes is CPU work), and sent back as
//! what they were found to be.

use crate::domain::media::{self, MediaKind, Refused};
use crate::features::media::store::{NewMedia, Sealed};
use crate::i18n::T;
use crate::server::tenant::Tenant;
use crate::server::{AppError, AppState};
use axum::response::{IntoResponse, Response};

/// A file as it arrived for an answer: its bytes (none once past the limit), or that it was more.
pub struct Upload {
    pub question_id: String,
    pub kind: MediaKind,
    pub bytes: Vec<u8>,
    pub too_big: bool,
}

/// What the seal binds the bytes to: a sealed recording copied onto another row opens nothing.
fn purpose(consultation_id: i64, question_id: &str, kind: MediaKind) -> String {
    format!("media:{consultation_id}:{question_id}:{}", kind.as_str())
}

/// What the bytes were found to be, or why they were not kept.
pub fn check(upload: &Upload) -> Result<&'static str, Refused> {
    if upload.too_big {
        return Err(Refused::TooBig);
    }
    media::check(upload.kind, &upload.bytes)
}

/// The words for a refusal, in the person's language when shown.
pub fn refusal(kind: MediaKind, refused: Refused) -> T {
    match (refused, kind) {
        (Refused::Empty, _) => T::ErrMediaEmpty,
        (Refused::WrongType, MediaKind::Voice) => T::ErrMediaWrongVoice,
        (Refused::WrongType, MediaKind::Drawing) => T::ErrMediaWrongDrawing,
        (Refused::TooBig, _) => T::ErrMediaTooBig,
        (Refused::Damaged, _) => T::ErrMediaDamaged,
        (Refused::Silent, _) => T::ErrMediaSilent,
    }
}

/// Seals and keeps a checked upload for an answer of this consultation (false once it was sent).
pub async fn keep(
    state: &AppState,
    tenant: &Tenant,
    consultation_id: i64,
    upload: Upload,
    content_type: &'static str,
) -> Result<bool, AppError> {
    let key = state.settings.seal_key.clone();
    let for_row = purpose(consultation_id, &upload.question_id, upload.kind);
    let size = upload.bytes.len();
    let sealed = tokio::task::spawn_blocking(move || key.seal_bytes(&for_row, &upload.bytes))
        .await
        .map_err(|_| AppError::Internal("sealing a recording or drawing stopped".into()))?;
    tenant
        .media()
        .put(NewMedia { consultation_id, question_id: &upload.question_id, kind: upload.kind, content_type, size, sealed: &sealed })
        .await
}

/// The bytes of a stored recording or drawing, opened with the configured key.
pub async fn open(state: &AppState, stored: Sealed) -> Result<(String, Vec<u8>), AppError> {
    let kind = MediaKind::parse(&stored.kind).ok_or_else(|| AppError::Internal(format!("media {}: kind", stored.id)))?;
    let key = state.settings.seal_key.clone();
    let for_row = purpose(stored.consultation_id, &stored.question_id, kind);
    let id = stored.id;
    let sealed = stored.sealed;
    let plain = tokio::task::spawn_blocking(move || key.open_bytes(&for_row, &sealed))
        .await
        .map_err(|_| AppError::Internal("opening a recording or drawing stopped".into()))?
        // Another key, another row's bytes, or changed in the database: never served as they are.
        .ok_or_else(|| AppError::Internal(format!("media {id} did not open with this key")))?;
    Ok((stored.content_type, plain))
}

/// A recording or drawing as a response: served as what its bytes were found to be, shown in
/// place (never saved under a name), kept by no cache.
pub fn response(content_type: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (http::header::CONTENT_TYPE, content_type.to_string()),
            (http::header::CONTENT_DISPOSITION, "inline".to_string()),
            (http::header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}
