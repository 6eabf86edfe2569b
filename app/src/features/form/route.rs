//! The form's plain routes: saving a screen that carries recordings and drawings (a multipart
//! form, which server functions cannot read with limits), and playing back one's own.

use crate::domain::media::MediaKind;
use crate::features::form::store::SavedBy;
use crate::features::media::field_id;
use crate::features::media::service::{self as media, Upload};
use crate::model::{FieldError, Msg, T};
use crate::server::forms::{as_form_post, in_request_context, Done, Failed};
use crate::server::invitee::Entry;
use crate::server::{AppError, AppState};
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use std::time::Duration;
use tokio::sync::Semaphore;

/// The most a screen's post may carry (set on the route in startup). A file past its own limit
/// (12 MB) but within this still arrives, so the person is told it is too big, not cut off.
pub const SAVE_REQUEST_LIMIT: usize = 64 * 1024 * 1024;

/// Words and choices: as much as the plain form posts may carry.
const TEXT_LIMIT: usize = 1024 * 1024;

/// Files kept in memory from one post, all told (two per answer on a screen of several).
const FILES_LIMIT: usize = 48 * 1024 * 1024;

/// Screens with files saved at once: each may hold up to `FILES_LIMIT`, so a burst of uploads
/// waits here rather than filling the server's memory.
static UPLOADS: Semaphore = Semaphore::const_new(3);

/// How long an upload waits for its turn before the person is asked to try again.
const UPLOAD_WAIT: Duration = Duration::from_secs(20);

/// How long a post with files may take to arrive: 12 MB on a slow mobile connection (about
/// 50 KB/s) takes four minutes.
const UPLOAD_DEADLINE: Duration = Duration::from_secs(300);

/// What a screen's post held.
#[derive(Default)]
struct Posted {
    step: i64,
    go: String,
    scripted: bool,
    answers: HashMap<String, String>,
    uploads: Vec<Upload>,
    /// The post stopped before its end (the connection broke) or broke its own format.
    broken: bool,
    /// More words than any form post carries: not a person typing.
    too_much_text: bool,
}

/// Reads the post field by field, keeping at most each file's limit in memory; a file past it is
/// read on (and dropped) so the person gets an answer rather than a reset.
async fn read_posted(mut multipart: Multipart) -> Posted {
    let mut posted = Posted::default();
    let (mut text, mut files) = (0usize, 0usize);
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                posted.broken = true;
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        let file = MediaKind::from_field(&name).map(|(kind, question)| (kind, question.to_string()));
        let mut bytes = Vec::new();
        let mut too_big = false;
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    let limit = match &file {
                        Some((kind, _)) => kind.max_bytes().min(FILES_LIMIT - files),
                        None => TEXT_LIMIT - text,
                    };
                    if too_big || bytes.len() + chunk.len() > limit {
                        too_big = true;
                        bytes = Vec::new();
                    } else {
                        bytes.extend_from_slice(&chunk);
                    }
                }
                Ok(None) => break,
                Err(_) => {
                    posted.broken = true;
                    return posted;
                }
            }
        }
        match file {
            // A file field left empty sends an empty part: nothing was chosen.
            Some((kind, question_id)) => {
                if !bytes.is_empty() || too_big || field_had_file(&field) {
                    files += bytes.len();
                    posted.uploads.push(Upload { question_id, kind, bytes, too_big });
                }
            }
            None if too_big => posted.too_much_text = true,
            None => {
                text += bytes.len();
                let value = String::from_utf8_lossy(&bytes).into_owned();
                match name.as_str() {
                    "step" => posted.step = value.trim().parse().unwrap_or(0),
                    // Enter pressed in the form: its hidden first button, meaning "Next".
                    "go" if value == "enter" => posted.go = "next".into(),
                    "go" => posted.go = value,
                    "scripted" => posted.scripted = value == "1",
                    _ => {
                        if let Some(key) = name.strip_prefix("a[").and_then(|k| k.strip_suffix(']')) {
                            posted.answers.insert(key.to_string(), value);
                        }
                    }
                }
            }
        }
    }
    posted
}

/// A part that named a file (a chosen file with nothing in it is "empty", not "nothing chosen").
fn field_had_file(field: &axum::extract::multipart::Field<'_>) -> bool {
    field.file_name().is_some_and(|name| !name.is_empty())
}

/// `POST /form/save`: saves a screen's words and choices as `save_step` does, keeps the
/// recordings and drawings that came with it, takes one away when asked, and says beside each
/// file why it was not kept. Words already given stay saved whatever happens to a file.
pub async fn save_route(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    // Only a signed-in, unlocked invitee's post is read at all: nobody else can hold a turn.
    let (ready, _) = in_request_context(&state, parts.clone(), async { crate::features::secret::service::invitee_call().await }).await;
    let entry = match ready {
        Ok(Ok((_, entry))) => entry,
        Ok(Err(path)) => return Redirect::to(&path).into_response(),
        Err(error) => return error.status().into_response(),
    };
    let Ok(Ok(_turn)) = tokio::time::timeout(UPLOAD_WAIT, UPLOADS.acquire()).await else {
        // The calm "busy, try again" page; the browser keeps what was typed and chosen.
        return AppError::Busy("uploads waiting".into()).status().into_response();
    };
    let posted = match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
        // A post that trickles in past the deadline gives its turn up, as one cut off does.
        Ok(multipart) => tokio::time::timeout(UPLOAD_DEADLINE, read_posted(multipart))
            .await
            .unwrap_or_else(|_| Posted { broken: true, ..Posted::default() }),
        // Not a multipart form at all: not a page of Heard's.
        Err(_) => return http::StatusCode::BAD_REQUEST.into_response(),
    };
    if posted.too_much_text || (posted.step < 1 && !posted.broken) {
        return http::StatusCode::BAD_REQUEST.into_response();
    }
    as_form_post(&state, parts, save(state.clone(), entry, posted)).await
}

/// Saves the screen for the invitee found before the post was read, and says how it went.
async fn save(state: AppState, entry: Entry, posted: Posted) -> Result<(), crate::model::Failure> {
    // A post cut off before its screen number goes back to where they left off.
    let back = if posted.step >= 1 { format!("/form/screen/{}", posted.step) } else { "/form".to_string() };
    let values = crate::features::form::api::fields_as_values(&posted.answers);
    let result = save_screen(&state, &entry, posted).await;
    crate::server::forms::finish("consult", &back, values, result).await
}

async fn save_screen(state: &AppState, entry: &Entry, posted: Posted) -> Result<Done, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let lang = crate::server::security::request_lang();
    if posted.broken {
        // Nothing whole arrived, so nothing is saved: what was typed comes back, and the screen
        // says to send it again.
        let field = posted.uploads.first().map(|u| field_id(&u.question_id, u.kind)).unwrap_or_default();
        return Err(Failed::Invalid(vec![FieldError { field, msg: Msg::new(T::ErrMediaDamaged) }]));
    }
    let removing = posted
        .go
        .strip_prefix("remove:")
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(kind, q)| Some((MediaKind::parse(kind)?, q.to_string())));
    let mut refused = Vec::new();
    let mut checked = Vec::new();
    for upload in posted.uploads {
        match media::check(&upload) {
            Ok(content_type) => checked.push((upload, content_type)),
            Err(why) => refused
                .push(FieldError { field: field_id(&upload.question_id, upload.kind), msg: Msg::new(media::refusal(upload.kind, why)) }),
        }
    }
    // A refused file, or one taken away, keeps the person on this screen to see what happened.
    let go = if !refused.is_empty() || removing.is_some() { "stay" } else { posted.go.as_str() };
    let by = if posted.scripted { SavedBy::Script } else { SavedBy::Form };
    // Words refused (too long) do not lose the files: both are told about, and good files kept.
    let saved = crate::features::form::service::save_step(state, entry, posted.step, go, &posted.answers, lang, by).await;
    let done = match saved {
        Ok(done) => Some(done),
        Err(Failed::Invalid(words)) => {
            refused.extend(words);
            None
        }
        Err(other) => return Err(other),
    };
    let (c, form) = crate::features::form::service::consultation(state, entry).await?;
    if c.submitted_at.is_some() {
        return done.ok_or(Failed::Invalid(refused));
    }
    // Files only for this screen's own answers that take them; anything else posted is ignored.
    let steps = form.steps();
    if let Some(current) = usize::try_from(posted.step - 1).ok().and_then(|i| steps.get(i)) {
        let takes = |question_id: &str| form.step_questions(current).iter().any(|q| q.id == question_id && q.takes_media());
        for (upload, content_type) in checked {
            if takes(&upload.question_id) {
                media::keep(state, &tenant, c.id, upload, content_type).await?;
            }
        }
        if let Some((kind, question_id)) = removing.filter(|(_, q)| takes(q)) {
            tenant.media().remove(c.id, &question_id, kind).await?;
        }
    }
    match done {
        // Help first: a child who said they don't feel safe goes there, whatever a file did.
        Some(done) if refused.is_empty() || done.redirect_to.starts_with("/safe") => Ok(done),
        _ => Err(Failed::Invalid(refused)),
    }
}

/// `GET /form/media/{question}/{kind}`: the signed-in invitee's own recording or drawing, played
/// or shown back on their screen. Anyone else's does not exist.
pub async fn own_route(State(state): State<AppState>, Path((question_id, kind)): Path<(String, String)>, request: Request) -> Response {
    let Some(kind) = MediaKind::parse(&kind) else {
        return http::StatusCode::NOT_FOUND.into_response();
    };
    let (parts, _) = request.into_parts();
    let range = parts.headers.get(http::header::RANGE).cloned();
    let (found, _) = in_request_context(&state, parts, async move {
        let Ok((state, entry)) = crate::features::secret::service::invitee_call().await? else {
            return Err(AppError::NotFound);
        };
        let (c, _) = crate::features::form::service::consultation(&state, &entry).await?;
        let tenant = crate::server::tenant::Tenant::of_entry(&state, &entry);
        let stored = tenant.media().for_answer(c.id, &question_id, kind).await?.ok_or(AppError::NotFound)?;
        media::open(&state, stored).await
    })
    .await;
    match found {
        Ok((content_type, bytes)) => media::response(&content_type, bytes, range.as_ref()),
        Err(error) => error.download_response(),
    }
}
