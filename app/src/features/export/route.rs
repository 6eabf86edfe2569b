//! The published schema of the review export, for anyone building against it.

use axum::response::{IntoResponse, Response};

/// `GET /schema/review-export-v1.json`: the JSON Schema the export follows. Public: it holds
/// nobody's data, only the shape of the document.
pub async fn schema_route() -> Response {
    ([(http::header::CONTENT_TYPE, "application/schema+json")], super::SCHEMA).into_response()
}
