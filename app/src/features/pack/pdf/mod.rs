//! The pre-review pack as a password-protected PDF: the same contents as the pack page, sealed
//! with AES-256 under a password the IRO types at download. The password goes into the file and
//! nowhere else (not the session, not the logs); every download is audited.

use crate::domain::forms::{HOUSES_SECTION, WISHES_SECTION};
use crate::domain::reviews::Audience;
use crate::features::media::MediaKind;
use crate::features::pack::{PackAnswer, PackData, PackVoice};
use crate::i18n::{long_date, Lang, T};
use crate::model::ReviewId;
use crate::model::{FieldError, Flash, Viewer};
use crate::present::{advocacy_status, message_kind};
use crate::server::auth::StaffRequest;
pub mod writer;

use crate::server::{AppError, AppState};
use axum::extract::{FromRequest, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;
use tower_sessions::Session;
use writer::{Block, Kind, Meta, PASSWORD_MAX, PASSWORD_MIN};

use crate::features::pack::PDF_FORM as FORM;

/// Why a password cannot be used, if it cannot.
pub fn check_password(password: &str, again: &str) -> Result<(), FieldError> {
    let length = password.chars().count();
    let error = |field: &str, key: T| FieldError { field: field.to_string(), msg: crate::model::Msg::new(key) };
    if length < PASSWORD_MIN {
        return Err(error("password", T::PdfPasswordShort));
    }
    if length > PASSWORD_MAX {
        return Err(error("password", T::PdfPasswordLong));
    }
    // PDF readers compare the password as typed, after the normalising PDF 2.0 asks for
    // (SASLprep): a password it would change or refuse could make a file nobody can open.
    if stringprep::saslprep(password).ok().as_deref() != Some(password) {
        return Err(error("password", T::PdfPasswordCharacters));
    }
    if password != again {
        return Err(error("password_again", T::PdfPasswordDiffer));
    }
    Ok(())
}

/// `POST /staff/reviews/{id}/pack.pdf`: the protected PDF, or back to the pack with what to fix.
pub async fn download_route(State(state): State<AppState>, Path(review_id): Path<i64>, session: Session, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Some(StaffRequest { viewer, ip, lang }) = StaffRequest::from_parts(&state, &parts) else {
        return Redirect::to("/sign-in").into_response();
    };
    let fields = match axum::Form::<HashMap<String, String>>::from_request(Request::from_parts(parts, body), &state).await {
        Ok(axum::Form(fields)) => fields,
        Err(_) => HashMap::new(),
    };
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or("");
    match download(&state, &viewer, &ip, crate::model::ReviewId::new(review_id), field("password"), field("password_again"), lang).await {
        Ok(bytes) => (
            [
                (http::header::CONTENT_TYPE, "application/pdf".to_string()),
                // The file is named by the review's number, never the child's name.
                (http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"pre-review-pack-{review_id}.pdf\"")),
            ],
            bytes,
        )
            .into_response(),
        Err(Refused::Fix(error)) => {
            // Typed passwords are never carried back: only what was wrong.
            let flash = Flash { form: FORM.into(), errors: vec![error], values: Vec::new(), notice: None };
            if let Err(error) = crate::server::flash::set(&session, flash).await {
                return error.download_response();
            }
            Redirect::to(&format!("/staff/reviews/{review_id}/pack#download")).into_response()
        }
        Err(Refused::App(error)) => error.download_response(),
    }
}

enum Refused {
    Fix(FieldError),
    App(AppError),
}

impl From<AppError> for Refused {
    fn from(error: AppError) -> Self {
        Refused::App(error)
    }
}

async fn download(
    state: &AppState,
    viewer: &Viewer,
    ip: &str,
    review_id: ReviewId,
    password: &str,
    again: &str,
    lang: Lang,
) -> Result<Vec<u8>, Refused> {
    // Who may have it is settled before anything about the password is said.
    let opened = crate::features::pack::service::open_review(state, viewer, review_id).await?;
    check_password(password, again).map_err(Refused::Fix)?;
    let pack = crate::features::pack::service::gather(state, viewer, ip, opened, None).await?;
    let made = crate::server::uk_time(crate::server::now());
    let (meta, blocks) = document(&pack, lang, made, &viewer.display_name);
    let bytes = make(meta, blocks, Some(password.to_string())).await?;
    // Recorded once the file exists: the trail never claims a download that did not happen.
    let detail = if pack.covering { "cover" } else { "" };
    crate::server::audit::by_staff_from(state, viewer, ip, "pack.downloaded", "review", Some(review_id.get()), detail).await?;
    Ok(bytes)
}

/// Writes the document off the async threads (layout is CPU work): sealed under `password`, or
/// plain for a case system's own keeping.
pub async fn make(meta: Meta, blocks: Vec<Block>, password: Option<String>) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(move || match password {
        Some(password) => writer::protected(&meta, &blocks, &password),
        None => writer::plain(&meta, &blocks),
    })
    .await
    // A panic's message could quote the text: only whether it panicked is kept.
    .map_err(|e| AppError::Internal(if e.is_panic() { "the PDF task panicked".into() } else { "the PDF task was cancelled".into() }))?
    .map_err(AppError::Internal)
}

/// The pack in blocks of text, in the reader's language; what people said stays in theirs.
pub fn document(pack: &PackData, lang: Lang, made: time::PrimitiveDateTime, made_by: &str) -> (Meta, Vec<Block>) {
    let r = &pack.review;
    let name = r.child_name.as_str();
    let when = crate::present::meeting_when(r.meeting_on, &r.meeting_at, lang);
    let mut b = vec![
        Block::new(Kind::Title, format!("{}: {name}", T::PackTitle.get(lang))),
        Block::new(
            Kind::Text,
            T::PackFor.fill(lang, &[("name", name), ("when", &when), ("deadline", &long_date(r.report_deadline, lang))]),
        ),
        Block::new(
            Kind::Hint,
            T::PdfMade.fill(
                lang,
                &[
                    ("date", &long_date(made.date(), lang)),
                    ("time", &format!("{:02}:{:02}", made.hour(), made.minute())),
                    ("name", made_by),
                ],
            ),
        ),
    ];
    if pack.covering {
        b.push(Block::new(Kind::Flag, T::PackCovering.get(lang)));
    }
    if !pack.alerts.is_empty() {
        b.push(Block::new(Kind::Heading, T::PackAlertsHeading.fill(lang, &[("name", name)])));
        b.push(Block::new(Kind::Hint, T::PackTimesUk.get(lang)));
        for a in &pack.alerts {
            let state = match (&a.acknowledged_by, a.acknowledged_on) {
                (Some(by), Some(on)) => T::PackAlertDealt.fill(lang, &[("name", by), ("date", &long_date(on, lang))]),
                _ => T::PackAlertOpen.get(lang).to_string(),
            };
            let line = T::PackAlertLine.fill(lang, &[("date", &long_date(a.raised_on, lang)), ("time", &a.raised_time)]);
            b.push(Block::new(Kind::Flag, format!("{line} – {state}")));
        }
    }
    b.push(Block::new(Kind::Heading, T::PackWishesHeading.fill(lang, &[("name", name)])));
    match pack.child.as_ref().and_then(|c| c.sections.iter().find(|s| s.id == WISHES_SECTION)) {
        Some(section) => answers(&mut b, &section.answers, lang),
        None => b.push(Block::new(Kind::Text, T::PackNoWishes.get(lang))),
    }
    b.push(Block::new(Kind::Heading, T::PackWaitingHeading.get(lang)));
    if !pack.anyone_invited {
        b.push(Block::new(Kind::Text, T::PackNobodyInvited.get(lang)));
    } else if pack.waiting.is_empty() {
        b.push(Block::new(Kind::Text, T::PackEveryoneReplied.get(lang)));
    }
    for w in &pack.waiting {
        let reminded = if w.reminder_sent { format!(" – {}", T::PackReminded.get(lang)) } else { String::new() };
        b.push(Block::new(
            Kind::Item,
            format!("{} ({}) – {}{reminded}", w.first_name, w.audience.label().get(lang), w.status.label().get(lang)),
        ));
    }
    b.push(Block::new(Kind::Heading, T::PackChildHeading.fill(lang, &[("name", name)])));
    match &pack.child {
        Some(voice) => self::voice(&mut b, voice, WISHES_SECTION, lang),
        None => b.push(Block::new(Kind::Text, T::PackNotStarted.fill(lang, &[("name", name)]))),
    }
    if !pack.messages.is_empty() {
        b.push(Block::new(Kind::Heading, T::PackMessagesHeading.fill(lang, &[("name", name)])));
        for m in &pack.messages {
            b.push(Block::new(Kind::Hint, T::MessageSentOn.fill(lang, &[("date", &long_date(m.sent_on, lang))])));
            let about = message_kind(m.kind, lang);
            b.push(Block::new(Kind::Text, format!("{} {about}", T::PackMessageAbout.get(lang))));
            if !m.words.is_empty() {
                b.push(Block::said(Kind::Quote, m.words.clone(), m.language.code()));
            }
        }
    }
    if !pack.advocacy.is_empty() {
        b.push(Block::new(Kind::Heading, T::PackAdvocacyHeading.get(lang)));
        for a in &pack.advocacy {
            let state = advocacy_status(&a.status);
            let request = T::PackAdvocacy.fill(lang, &[("reference", &a.reference), ("status", state.get(lang))]);
            b.push(Block::new(Kind::Item, format!("{} ({}) – {request}", a.first_name, a.audience.label().get(lang))));
        }
    }
    b.push(Block::new(Kind::Heading, T::PackAdultsHeading.get(lang)));
    if pack.adults.is_empty() {
        b.push(Block::new(Kind::Text, T::PackNoAdults.get(lang)));
    }
    for adult in &pack.adults {
        b.push(Block::new(Kind::Heading, format!("{} ({})", adult.first_name, adult.audience.label().get(lang))));
        voice(&mut b, adult, "", lang);
    }
    let meta = Meta {
        title: format!("{}: {name}", T::PackTitle.get(lang)),
        lang: lang.code().to_string(),
        running_head: T::PdfMarking.get(lang).to_string(),
        page_label: T::PdfPage.get(lang).to_string(),
    };
    (meta, b)
}

fn voice(b: &mut Vec<Block>, voice: &PackVoice, skip: &str, lang: Lang) {
    if let Some(on) = voice.sent_on {
        b.push(Block::new(Kind::Hint, T::PackSentOn.fill(lang, &[("date", &long_date(on, lang))])));
    }
    // Which languages they answered in, so the IRO can book an interpreter.
    if let Some((line, interpreter)) = voice.languages_line(lang) {
        b.push(Block::new(Kind::Text, if interpreter { format!("{line} {}", T::PackInterpreter.get(lang)) } else { line }));
    }
    for section in voice.sections.iter().filter(|s| s.id != skip) {
        let houses = section.id == HOUSES_SECTION && voice.audience == Audience::Child;
        b.push(Block::new(Kind::Subheading, section.title.get(lang).to_string()));
        if houses {
            b.push(Block::new(Kind::Hint, T::PdfHouses.get(lang)));
        }
        answers(b, &section.answers, lang);
    }
    if !voice.additions.is_empty() {
        b.push(Block::new(Kind::Subheading, T::PackAddedLater.get(lang)));
        for a in &voice.additions {
            b.push(Block::new(Kind::Hint, T::AddedOn.fill(lang, &[("date", &long_date(a.added_on, lang))])));
            b.push(Block::said(Kind::Quote, a.words.clone(), a.language.code()));
            if a.private {
                b.push(Block::new(Kind::Flag, T::PackPrivateTag.get(lang)));
            }
        }
    }
}

/// Each question in the reader's language; the choices and words as their author gave them.
fn answers(b: &mut Vec<Block>, answers: &[PackAnswer], lang: Lang) {
    for a in answers {
        b.push(Block::new(Kind::Text, a.question.get(lang).to_string()));
        let theirs = a.language;
        for choice in &a.choices {
            // As on the pack page: Heard's own answer as its author saw it; in a language staff
            // may not read, the reader's words first and theirs after.
            let seen = choice.text.get(theirs).to_string();
            b.push(if theirs.is_staff() {
                Block::said(Kind::Item, seen, theirs.code())
            } else {
                Block::new(Kind::Item, format!("{} ", choice.text.get(lang))).then(format!("({seen})"), Some(theirs.code()))
            });
        }
        if !a.words.is_empty() {
            b.push(Block::said(Kind::Quote, a.words.clone(), theirs.code()));
        }
        // A recording or drawing is opened in the pack online, where each opening is audited.
        for m in &a.media {
            let said = match m.kind {
                MediaKind::Voice => T::PackMediaVoiceInPdf,
                MediaKind::Drawing => T::PackMediaDrawingInPdf,
            };
            b.push(Block::new(Kind::Flag, said.get(lang)));
        }
        if a.private {
            b.push(Block::new(Kind::Flag, T::PackPrivateTag.get(lang)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_must_be_long_enough_typed_twice_and_readable_by_every_pdf_reader() {
        let field = |p: &str, again: &str| check_password(p, again).err().map(|e| (e.field, e.msg.key));
        assert_eq!(field("ŵyn bach yn y cae", "ŵyn bach yn y cae"), None, "Welsh letters are fine");
        assert_eq!(field("short", "short"), Some(("password".into(), T::PdfPasswordShort)));
        assert_eq!(field(&"a".repeat(129), &"a".repeat(129)), Some(("password".into(), T::PdfPasswordLong)));
        assert_eq!(field("teal kettle orchard", "teal kettle orchid"), Some(("password_again".into(), T::PdfPasswordDiffer)));
        // A no-break space would be changed by the readers' normalising, an emoji refused by it.
        assert_eq!(field("teal\u{a0}kettle orchard", "teal\u{a0}kettle orchard"), Some(("password".into(), T::PdfPasswordCharacters)));
        assert_eq!(field("teal kettle 🦉 orchard", "teal kettle 🦉 orchard"), Some(("password".into(), T::PdfPasswordCharacters)));
    }
}
