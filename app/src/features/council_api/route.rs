//! The API's HTTP routes. Answers are JSON; a refusal says why in a short code and sentence
//! (never internal text), with the status a client can act on.

use crate::features::council_api::service::{authenticate, Refused};
use crate::model::ReviewId;
use crate::server::{AppError, AppState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use http::StatusCode;

fn refusal(refused: Refused) -> Response {
    let retry_after = match &refused {
        Refused::TooMany(wait) => Some(wait.to_string()),
        Refused::App(AppError::Busy(_)) => Some("5".to_string()),
        _ => None,
    };
    let (status, code, words) = match refused {
        Refused::NoKey => (StatusCode::UNAUTHORIZED, "unauthorized", "Give a live API key as: Authorization: Bearer <key>."),
        Refused::Scope => (StatusCode::FORBIDDEN, "forbidden", "This key may not do this."),
        Refused::TooMany(_) => (StatusCode::TOO_MANY_REQUESTS, "too_many_requests", "Too many calls with this key. Wait, then try again."),
        Refused::App(AppError::NotFound) => (StatusCode::NOT_FOUND, "not_found", "Not found."),
        Refused::App(error @ AppError::Busy(_)) => {
            error.log();
            (StatusCode::SERVICE_UNAVAILABLE, "busy", "Heard is busy. Try again in a moment.")
        }
        Refused::App(error) => {
            error.log();
            (StatusCode::INTERNAL_SERVER_ERROR, "internal", "Something went wrong.")
        }
    };
    let mut response = (status, Json(serde_json::json!({ "error": code, "message": words }))).into_response();
    if let Some(value) = retry_after.and_then(|v| http::HeaderValue::from_str(&v).ok()) {
        response.headers_mut().insert(http::header::RETRY_AFTER, value);
    }
    response
}

/// `GET /api/v1/reviews/{id}/export`: one review's export (scope `export`), audited as read by
/// the key. Another council's review is simply not found.
pub async fn export_route(State(state): State<AppState>, Path(id): Path<String>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let ip = crate::server::security::client_address(&parts, state.settings.proxy_hops);
    let (tenant, key) = match authenticate(&state, &parts.headers, &ip, "export").await {
        Ok(found) => found,
        Err(refused) => return refusal(refused),
    };
    // An id that is not a number is no review: the same answer as one that does not exist.
    let Ok(review_id) = id.parse::<i64>() else {
        return refusal(Refused::App(AppError::NotFound));
    };
    let found = crate::features::export::service::review_export(&tenant, &state.settings.base_url, ReviewId::new(review_id)).await;
    // Every answer to a live key is on its council's trail, a review not found too (a key
    // trying other councils' ids shows there).
    let action = match &found {
        Ok(_) => Some("api.review_exported"),
        Err(AppError::NotFound) => Some("api.review_not_found"),
        Err(_) => None,
    };
    if let Some(action) = action {
        if let Err(error) = tenant.audit().by_api_key(key.id, action, "review", review_id, &ip).await {
            return refusal(Refused::App(error));
        }
    }
    match found {
        Ok(export) => ([(http::header::CACHE_CONTROL, "no-store")], Json(export)).into_response(),
        Err(error) => refusal(Refused::App(error)),
    }
}

/// `GET /api/v1/openapi.json`: the API's description. Public: it holds nobody's data.
pub async fn openapi_route() -> Response {
    ([(http::header::CONTENT_TYPE, "application/json")], include_str!("openapi-v1.json")).into_response()
}
