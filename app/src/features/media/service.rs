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
/// place (never saved under a name), kept by no cache. A player's `Range` request (Safari's
/// player asks for one before it plays anything) gets just those bytes.
pub fn response(content_type: &str, bytes: Vec<u8>, range: Option<&http::HeaderValue>) -> Response {
    use http::header;
    let len = bytes.len();
    let asked = range.and_then(|r| r.to_str().ok());
    let (status, content_range, body) = match asked.map(|r| byte_range(r, len)) {
        None => (http::StatusCode::OK, None, bytes),
        Some(Some((start, end))) => {
            (http::StatusCode::PARTIAL_CONTENT, Some(format!("bytes {start}-{end}/{len}")), bytes[start..=end].to_vec())
        }
        Some(None) => (http::StatusCode::RANGE_NOT_SATISFIABLE, Some(format!("bytes */{len}")), Vec::new()),
    };
    let mut response = (
        status,
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, "inline".to_string()),
            (header::CACHE_CONTROL, "no-store".to_string()),
            (header::ACCEPT_RANGES, "bytes".to_string()),
        ],
        body,
    )
        .into_response();
    if let Some(value) = content_range.and_then(|v| http::HeaderValue::from_str(&v).ok()) {
        response.headers_mut().insert(header::CONTENT_RANGE, value);
    }
    response
}

/// Whether a request starts playing (or showing) from the beginning: no range, or one from the
/// first byte that is more than a player's two-byte probe. Seeking within a play is not a new one.
pub fn opens_anew(range: Option<&http::HeaderValue>) -> bool {
    match range.and_then(|r| r.to_str().ok()).and_then(|r| r.trim().strip_prefix("bytes=")) {
        None => true,
        Some(spec) => match spec.split_once('-') {
            Some(("0", "")) => true,
            Some(("0", end)) => end.trim().parse::<u64>().map_or(true, |end| end > 1),
            _ => false,
        },
    }
}

/// The one byte range (`bytes=a-b`, `bytes=a-`, `bytes=-n`) asked for, inclusive, within `len`
/// bytes; `None` when it cannot be met (or asks for several ranges at once).
fn byte_range(header: &str, len: usize) -> Option<(usize, usize)> {
    let spec = header.trim().strip_prefix("bytes=")?;
    if spec.contains(',') || len == 0 {
        return None;
    }
    let (start, end) = spec.split_once('-')?;
    let (start, end) = match (start.trim(), end.trim()) {
        ("", last) => {
            let last: usize = last.parse().ok()?;
            (len.checked_sub(last.min(len))?, len - 1)
        }
        (start, "") => (start.parse().ok()?, len - 1),
        (start, end) => (start.parse().ok()?, end.parse::<usize>().ok()?.min(len - 1)),
    };
    (start <= end && start < len).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_players_range_is_served_and_only_a_play_from_the_start_counts_as_an_opening() {
        assert_eq!(byte_range("bytes=0-1", 10), Some((0, 1)));
        assert_eq!(byte_range("bytes=4-", 10), Some((4, 9)));
        assert_eq!(byte_range("bytes=-3", 10), Some((7, 9)));
        assert_eq!(byte_range("bytes=2-99", 10), Some((2, 9)));
        assert_eq!(byte_range("bytes=10-", 10), None, "past the end");
        assert_eq!(byte_range("bytes=5-2", 10), None);
        assert_eq!(byte_range("bytes=0-1,4-5", 10), None, "several at once");
        assert_eq!(byte_range("items=0-1", 10), None);
        let header = |v: &str| http::HeaderValue::from_str(v).expect("header");
        assert!(opens_anew(None));
        assert!(opens_anew(Some(&header("bytes=0-"))), "Chrome's first request");
        assert!(!opens_anew(Some(&header("bytes=0-1"))), "Safari's probe");
        assert!(opens_anew(Some(&header("bytes=0-5000"))), "Safari's play");
        assert!(!opens_anew(Some(&header("bytes=4096-"))), "a seek");
    }
}
