//! Say it or draw it: a recording or a drawing given for an answer, in place of typed words or
//! beside them. Kept sealed, checked by its bytes, played back to its author and to the IRO.
//! The form saves them (`form::route`) and the pack plays them (`pack::route`); this folder holds
//! what both share and depends on neither.

#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

pub use crate::domain::media::MediaKind;
use serde::{Deserialize, Serialize};

/// A recording or drawing given for one answer (its bytes are fetched on their own).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Given {
    pub id: i64,
    pub question_id: String,
    pub kind: MediaKind,
}

/// The error key and element id of a question's file field of this kind (`q:voice`).
pub fn field_id(question_id: &str, kind: MediaKind) -> String {
    format!("{question_id}:{}", kind.as_str())
}

/// Where the author plays back their own recording or sees their drawing.
pub fn own_path(question_id: &str, kind: MediaKind) -> String {
    format!("/form/media/{question_id}/{}", kind.as_str())
}
