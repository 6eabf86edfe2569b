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

/// A call for one review (`GET /api/v1/reviews/{id}/…`): its key checked for `scope` (and
/// counted), and the review's id, or the answer that refuses it. An id that is not a number is
/// no review: the same answer as one that does not exist.
async fn keyed_review(
    state: &AppState,
    parts: &http::request::Parts,
    id: &str,
    scope: &str,
) -> Result<(crate::server::tenant::Tenant, crate::features::council_api::store::LiveKey, String, i64), Response> {
    let ip = crate::server::security::client_address(parts, state.settings.proxy_hops);
    let (tenant, key) = authenticate(state, &parts.headers, &ip, scope).await.map_err(refusal)?;
    let review_id = id.parse::<i64>().map_err(|_| refusal(Refused::App(AppError::NotFound)))?;
    Ok((tenant, key, ip, review_id))
}

/// What a review call found, on its council's trail as `done` (or `api.review_not_found`: a
/// key trying other councils' ids shows there); any other failure is answered as it is.
async fn audited<T>(
    tenant: &crate::server::tenant::Tenant,
    key: &crate::features::council_api::store::LiveKey,
    ip: &str,
    review_id: i64,
    found: Result<T, AppError>,
    done: &str,
) -> Result<T, Response> {
    let action = match &found {
        Ok(_) => done,
        Err(AppError::NotFound) => "api.review_not_found",
        Err(_) => return found.map_err(|error| refusal(Refused::App(error))),
    };
    tenant.audit().by_api_key(key.id, action, "review", review_id, ip).await.map_err(|error| refusal(Refused::App(error)))?;
    found.map_err(|error| refusal(Refused::App(error)))
}

/// `GET /api/v1/reviews/{id}/export`: one review's export (scope `export`), audited as read by
/// the key. Another council's review is simply not found.
pub async fn export_route(State(state): State<AppState>, Path(id): Path<String>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let (tenant, key, ip, review_id) = match keyed_review(&state, &parts, &id, "export").await {
        Ok(call) => call,
        Err(answer) => return answer,
    };
    let found = crate::features::export::service::review_export(&tenant, &state.settings.base_url, ReviewId::new(review_id)).await;
    match audited(&tenant, &key, &ip, review_id, found, "api.review_exported").await {
        Ok(export) => ([(http::header::CACHE_CONTROL, "no-store")], Json(export)).into_response(),
        Err(answer) => answer,
    }
}

/// `GET /api/v1/reviews/{id}/pack.pdf`: the review's pre-review pack as a PDF (scope
/// `pack`), as the IRO would print it but unsealed: the case system keeps it in the case
/// record. `?lang=cy` gives Welsh headings (what people said stays in their words). Nothing is
/// marked as read by the IRO; audited as made by the key, once the file exists.
pub async fn pack_pdf_route(
    State(state): State<AppState>,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let (tenant, key, ip, review_id) = match keyed_review(&state, &parts, &id, "pack").await {
        Ok(call) => call,
        Err(answer) => return answer,
    };
    // The pack is a staff document: its headings are in Welsh or English.
    let lang = query.get("lang").and_then(|code| crate::i18n::Lang::parse(code)).unwrap_or_default().for_staff();
    let made = pack_pdf(&tenant, &key, ReviewId::new(review_id), lang).await;
    match audited(&tenant, &key, &ip, review_id, made, "api.pack_exported").await {
        Ok(bytes) => (
            [
                (http::header::CONTENT_TYPE, "application/pdf".to_string()),
                (http::header::CACHE_CONTROL, "no-store".to_string()),
                // Named by the review's number, never the child's name.
                (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"pre-review-pack-{review_id}.pdf\"")),
            ],
            bytes,
        )
            .into_response(),
        Err(answer) => answer,
    }
}

async fn pack_pdf(
    tenant: &crate::server::tenant::Tenant,
    key: &crate::features::council_api::store::LiveKey,
    review_id: ReviewId,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>, AppError> {
    use crate::features::pack::pdf::{document, make};
    let review = tenant.reviews().get(review_id).await?.ok_or(AppError::NotFound)?;
    let (pack, _) = crate::features::pack::service::contents(tenant, review, false).await?;
    let made = crate::server::uk_time(tenant.now());
    let by = crate::i18n::T::PdfMadeByKey.fill(lang, &[("name", &key.name)]);
    let (meta, blocks) = document(&pack, lang, made, &by);
    make(meta, blocks, None).await
}

/// The largest body a child's call may have: one row of the children file is far smaller.
const MAX_CHILD_BODY: usize = 64 * 1024;

/// A refusal of what was sent, with each problem named against its column (in English: the
/// caller is a system, and its logs are read by its support team).
fn invalid(status: StatusCode, code: &str, words: &str, problems: Vec<(String, String)>) -> Response {
    let problems: Vec<serde_json::Value> = problems
        .into_iter()
        .map(|(field, message)| serde_json::json!({ "field": (!field.is_empty()).then_some(field), "message": message }))
        .collect();
    (status, Json(serde_json::json!({ "error": code, "message": words, "problems": problems }))).into_response()
}

/// The row a call sends: one JSON object, its keys the children file's column names, each value
/// text (a number is taken as its text, null as empty), with the problems found reading it. The
/// case reference is the address's; a different one in the body is a problem, not a rename.
type Cells = (std::collections::HashMap<String, String>, Vec<crate::domain::import::Problem>);

/// `None` when the body is not one JSON object.
fn cells_of(bytes: &[u8], reference: &str) -> Option<Cells> {
    use crate::domain::import::Problem;
    use crate::model::Msg;
    let Ok(serde_json::Value::Object(object)) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return None;
    };
    let mut cells = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for (key, value) in object {
        let text = match value {
            serde_json::Value::String(text) => text,
            serde_json::Value::Null => String::new(),
            serde_json::Value::Number(number) => number.to_string(),
            _ => {
                problems.push(Problem { line: 1, column: key, msg: Msg::new(crate::i18n::T::ErrApiCellText) });
                continue;
            }
        };
        cells.insert(key, text);
    }
    if cells.get("case_reference").is_some_and(|given| given.trim() != reference.trim()) {
        problems.push(Problem { line: 1, column: "case_reference".into(), msg: Msg::new(crate::i18n::T::ErrApiReferenceDiffers) });
    }
    cells.insert("case_reference".into(), reference.to_string());
    Some((cells, problems))
}

/// A call that sends a body: its key checked for `scope` (and counted), the caller's address,
/// and the body read up to 64 KB; or the answer that refuses it (`too_large` says what to send).
async fn keyed_body(
    state: &AppState,
    request: axum::extract::Request,
    scope: &str,
    too_large: &str,
) -> Result<(crate::server::tenant::Tenant, crate::features::council_api::store::LiveKey, String, axum::body::Bytes), Response> {
    let (parts, body) = request.into_parts();
    let ip = crate::server::security::client_address(&parts, state.settings.proxy_hops);
    let (tenant, key) = authenticate(state, &parts.headers, &ip, scope).await.map_err(refusal)?;
    let bytes = axum::body::to_bytes(body, MAX_CHILD_BODY)
        .await
        .map_err(|_| invalid(StatusCode::PAYLOAD_TOO_LARGE, "too_large", too_large, Vec::new()))?;
    Ok((tenant, key, ip, bytes))
}

/// `PUT /api/v1/children/{case_reference}`: adds the child with this case reference, or updates
/// them (scope `children`), by the rules of the children file's rows. 201 when added, 200 when
/// updated; 422 with every problem, and nothing saved. Audited as done by the key.
pub async fn put_child_route(State(state): State<AppState>, Path(reference): Path<String>, request: axum::extract::Request) -> Response {
    let (tenant, key, ip, bytes) =
        match keyed_body(&state, request, "children", "The body is larger than 64 KB: send one child at a time.").await {
            Ok(call) => call,
            Err(answer) => return answer,
        };
    let Some((cells, found)) = cells_of(&bytes, &reference) else {
        let words = "Send one JSON object whose keys are the children file's column names.";
        return invalid(StatusCode::BAD_REQUEST, "bad_json", words, Vec::new());
    };
    let (child_id, added) = match crate::features::import::service::save_one(&tenant, cells, found).await {
        Ok(Ok(saved)) => saved,
        Ok(Err(problems)) => {
            let problems = problems.into_iter().map(|p| (p.column, p.msg.text(crate::i18n::Lang::En))).collect();
            return invalid(StatusCode::UNPROCESSABLE_ENTITY, "invalid", "Nothing was saved: correct these and send it again.", problems);
        }
        Err(error) => return refusal(Refused::App(error)),
    };
    let action = if added { "api.child_added" } else { "api.child_updated" };
    if let Err(error) = tenant.audit().by_api_key(key.id, action, "child", child_id, &ip).await {
        return refusal(Refused::App(error));
    }
    let status = if added { StatusCode::CREATED } else { StatusCode::OK };
    (status, Json(serde_json::json!({ "id": child_id, "case_reference": reference.trim(), "added": added }))).into_response()
}

/// A booking as a call sends it: the booking form's fields.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BookingBody {
    meeting_on: String,
    meeting_at: String,
    arrangement: String,
    arrangement_details: String,
    #[serde(default)]
    delay_reason: String,
    /// The meeting's date again, when it is on a weekend or bank holiday on purpose.
    #[serde(default)]
    non_working_day: String,
}

/// `PUT /api/v1/children/{case_reference}/next-review`: books the child's next review, or
/// changes it when it is booked (scope `reviews`), by the booking form's rules; everyone invited
/// is told of a change as when staff make it. 201 booked, 200 changed; 422 with every problem
/// and nothing saved; 404 for a child this council does not have (or whose reviews have ended);
/// 409 when the review is being closed or was booked by another call at once. Audited as done
/// by the key.
pub async fn put_next_review_route(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    request: axum::extract::Request,
) -> Response {
    use crate::features::reviews::service::{book_next, Booked};
    let (tenant, key, ip, bytes) = match keyed_body(&state, request, "reviews", "The body is larger than 64 KB.").await {
        Ok(call) => call,
        Err(answer) => return answer,
    };
    let Ok(body) = serde_json::from_slice::<BookingBody>(&bytes) else {
        let words = "Send one JSON object with meeting_on, meeting_at, arrangement and arrangement_details (and delay_reason, non_working_day if needed).";
        return invalid(StatusCode::BAD_REQUEST, "bad_json", words, Vec::new());
    };
    let child = match tenant.children().by_reference(&reference).await {
        Ok(Some(child)) => child,
        Ok(None) => return refusal(Refused::App(AppError::NotFound)),
        Err(error) => return refusal(Refused::App(error)),
    };
    let input = crate::domain::reviews::BookingInput {
        meeting_on: body.meeting_on,
        meeting_at: body.meeting_at,
        arrangement: body.arrangement,
        arrangement_details: body.arrangement_details,
        delay_reason: body.delay_reason,
        non_working_day: body.non_working_day,
    };
    let (review, action, status, told) = match book_next(&state, &tenant, child, &input).await {
        Ok(Ok(Booked::Added(review))) => (review, "api.review_booked", StatusCode::CREATED, 0),
        Ok(Ok(Booked::Updated(review, changed))) => (review, "api.review_changed", StatusCode::OK, changed.told),
        Ok(Err(errors)) => {
            let problems = errors.into_iter().map(|e| (e.field, e.msg.text(crate::i18n::Lang::En))).collect();
            return invalid(StatusCode::UNPROCESSABLE_ENTITY, "invalid", "Nothing was saved: correct these and send it again.", problems);
        }
        Err(AppError::Invalid(crate::i18n::T::ErrReviewClosed)) => {
            return invalid(
                StatusCode::CONFLICT,
                "review_closed",
                "The child's review is being closed: it cannot be changed now.",
                Vec::new(),
            )
        }
        Err(AppError::Invalid(key)) => {
            // Booked by another call a moment ago, for one: said in the form's words.
            return invalid(StatusCode::CONFLICT, "conflict", key.get(crate::i18n::Lang::En), Vec::new());
        }
        Err(error) => return refusal(Refused::App(error)),
    };
    if let Err(error) = tenant.audit().by_api_key(key.id, action, "review", review.get(), &ip).await {
        return refusal(Refused::App(error));
    }
    let answer = serde_json::json!({ "review_id": review.get(), "case_reference": reference.trim(), "booked": status == StatusCode::CREATED, "invitees_told": told });
    (status, Json(answer)).into_response()
}

/// `GET /api/v1/openapi.json`: the API's description. Public: it holds nobody's data.
pub async fn openapi_route() -> Response {
    ([(http::header::CONTENT_TYPE, "application/json")], include_str!("openapi-v1.json")).into_response()
}
