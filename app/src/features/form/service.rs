//! Consultations: a child, parent or carer gives their views on the form for them (a child's for
//! their age), with a secret of their own, saved screen by screen; a child chooses who may see
//! each answer; children and parents get an active offer of advocacy; then sending, additions,
//! and for children "I don't feel safe" and "tell my IRO".

use crate::features::form::{AdvocacyLine, AdvocacyPage, AlertLine, ChildStatus, IroAttention, IroMessage, IroMessageLine, MessagePage, SafePage, SaidAddition, SaidItem, SaidPage, SentMessageView, StepPage};
use crate::domain::forms::{self, library, read_answers, AnswerProblem, Band, Form, MessageKind, Sharing};
use crate::domain::reviews::Audience;
use crate::i18n::{Lang, T};
use crate::model::Go;
use crate::model::{FieldError, Msg};
use crate::features::form::store::{self as store, Consultation, NewConsultation, SavedBy};
use crate::features::invitations::store::Entry;
use crate::server::forms::{session, Done, Failed};
use crate::server::state::app_state;
use crate::server::{audit, db, AppError, AppState};
use std::collections::HashMap;

/// The session key set once the invitee has made or given their secret in this session.
pub const SESSION_UNLOCKED: &str = "unlocked_invitation";

/// Wrong tries before a secret locks until the IRO resets it.
pub const SECRET_TRIES: i64 = 5;

pub use crate::domain::forms::{PICTURES, PICTURES_TO_PICK};
pub const PHRASE_MIN: usize = 8;
pub const PHRASE_MAX: usize = 200;

/// Where a signed-in child, parent or carer stands.
pub struct Invitee {
    pub entry: Entry,
    pub unlocked: bool,
    pub secret_kind: Option<String>,
    pub locked: bool,
}

/// The child, parent or carer who came in with a link or code in this session (None for nobody,
/// or someone invited to the meeting only).
pub async fn invitee_in() -> Result<Option<Invitee>, AppError> {
    let Some(entry) = crate::features::entry::service::current().await? else {
        return Ok(None);
    };
    if entry.audience == Audience::Other {
        return Ok(None);
    }
    let state = app_state()?;
    let session = session().await?;
    let secret = store::secret(&state.db, entry.id).await?;
    // Unlocked means: this session gave this invitation's current secret (a reset one unlocks nothing).
    let unlocked = match &secret {
        Some(secret) => session.get::<(i64, String)>(SESSION_UNLOCKED).await? == Some((entry.id, secret_tag(&secret.hash))),
        None => false,
    };
    Ok(Some(Invitee {
        unlocked,
        locked: secret.as_ref().is_some_and(|s| s.failures >= SECRET_TRIES),
        secret_kind: secret.map(|s| s.kind),
        entry,
    }))
}

/// The child who came in with a link or code in this session (None for nobody, or an adult).
pub async fn child_in() -> Result<Option<Invitee>, AppError> {
    Ok(invitee_in().await?.filter(|i| i.entry.audience == Audience::Child))
}

/// The words for this invitee: a parent's or carer's where they differ from a child's.
fn words_for(entry: &Entry, key: T) -> T {
    key.for_adults(entry.audience != Audience::Child)
}

/// Names one secret (its hash has a random salt, so a new secret has a new tag) without putting
/// the hash itself in the session.
fn secret_tag(hash: &str) -> String {
    crate::server::security::sha256_hex(hash)[..16].to_string()
}

/// Where a page that needs the invitee's secret sends someone who is not ready for it.
pub fn not_ready(child: &Option<Invitee>) -> Option<String> {
    match child {
        None => Some("/start".into()),
        Some(c) if c.unlocked => None,
        Some(c) if c.secret_kind.is_some() => Some("/unlock".into()),
        Some(_) => Some("/secret".into()),
    }
}

/// The signed-in, unlocked child, parent or carer, or where to send them instead.
pub async fn ready_invitee() -> Result<Result<Entry, String>, AppError> {
    let invitee = invitee_in().await?;
    Ok(match not_ready(&invitee) {
        Some(path) => Err(path),
        // After the review only the letter is open: the form and messages are closed.
        None => match invitee.map(|c| c.entry).ok_or(AppError::Unauthenticated)? {
            entry if entry.usable => Ok(entry),
            _ => Err("/letter".into()),
        },
    })
}

/// The signed-in, unlocked child (for what only children have, such as "tell my IRO").
pub async fn ready_child() -> Result<Result<Entry, String>, AppError> {
    Ok(match ready_invitee().await? {
        Ok(entry) if entry.audience != Audience::Child => Err("/my-review".into()),
        other => other,
    })
}

/// The consultation of this invitation (begun on first use, on the form current now for the
/// invitee's audience) and the form it answers, as its band is asked it.
pub async fn consultation(state: &AppState, entry: &Entry) -> Result<(Consultation, &'static Form), AppError> {
    let found = match store::for_invitation(&state.db, entry.id).await? {
        Some(c) => c,
        None => {
            let band = band_for(state, entry).await?;
            let file = library::get()
                .latest(entry.audience)
                .ok_or_else(|| AppError::Internal(format!("no form for {}", entry.audience.as_str())))?;
            store::begin(
                &state.db,
                NewConsultation {
                    authority_id: entry.authority_id,
                    review_id: entry.review_id,
                    invitation_id: entry.id,
                    form_id: &file.form,
                    form_version: file.version,
                    band,
                },
            )
            .await?
        }
    };
    let form = library::get()
        .form(&found.form_id, found.form_version, found.band)
        .ok_or_else(|| AppError::Internal(format!("form {} v{} missing", found.form_id, found.form_version)))?;
    Ok((found, form))
}

/// The band for the child's age on the day of the meeting; parents and carers have one.
pub(crate) async fn band_for(state: &AppState, entry: &Entry) -> Result<Band, AppError> {
    if entry.audience != Audience::Child {
        return Ok(Band::Adult);
    }
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT c.date_of_birth, r.meeting_on FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
         WHERE r.id = $1 AND r.authority_id = $2",
    )
    .bind(entry.review_id)
    .bind(entry.authority_id)
    .fetch_optional(&state.db)
    .await?;
    let (born, meeting) = row.ok_or(AppError::NotFound)?;
    let born = crate::features::children::store::parse_date(&born)?;
    let meeting = crate::features::children::store::parse_date(&meeting)?;
    Ok(Band::for_age(forms::age_on(born, meeting)))
}

/// Step numbers: 1..=n are the form's screens, then the advocacy offer (children and parents),
/// then the check.
pub fn advocacy_step(form: &Form) -> i64 {
    form.steps().len() as i64 + 1
}

pub fn check_step(form: &Form) -> i64 {
    advocacy_step(form) + i64::from(form.offers_advocacy())
}

pub fn step_path(form: &Form, step: i64) -> String {
    let advocacy = advocacy_step(form);
    match step {
        // Before the first screen: a child's "what is this", an adult's review page.
        s if s < 1 && form.audience == Audience::Child => "/about".into(),
        s if s < 1 => "/my-review".into(),
        s if s < advocacy => format!("/form/screen/{s}"),
        s if s == advocacy && form.offers_advocacy() => "/form/advocate".into(),
        _ => "/form/check".into(),
    }
}

/// Where "carry on" takes the child: the furthest screen they reached, or their receipt.
pub async fn resume() -> Result<String, AppError> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(path),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    if c.submitted_at.is_some() {
        return Ok("/form/done".into());
    }
    Ok(step_path(form, c.step.max(1)))
}

/// One screen of the form, with what the child has said so far.
pub async fn step_page(step: i64) -> Result<Go<StepPage>, AppError> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Go::To(path)),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    if c.submitted_at.is_some() {
        return Ok(Go::To("/form/done".into()));
    }
    let steps = form.steps();
    let Some(current) = usize::try_from(step - 1).ok().and_then(|i| steps.get(i)) else {
        return Ok(Go::To(step_path(form, c.step.max(1))));
    };
    let questions = form.step_questions(current).into_iter().cloned().collect::<Vec<_>>();
    let stored = store::answers(&state.db, c.id).await?;
    let answers = questions.iter().filter_map(|q| stored.iter().find(|s| s.answer.question_id == q.id).map(|s| s.answer.clone())).collect();
    Ok(Go::Show(StepPage {
        step,
        draft_key: format!("heard-draft-{}-{step}", c.id),
        steps: steps.len() as i64,
        band: form.band,
        audience: form.audience,
        section: current.section,
        sections: form.sections.iter().map(|s| (s.symbol.clone(), s.title.clone())).collect(),
        questions,
        answers,
    }))
}

fn problems_to_errors(problems: Vec<AnswerProblem>, entry: &Entry) -> Failed {
    Failed::Invalid(
        problems
            .into_iter()
            .map(|p| match p {
                AnswerProblem::TooLong { question_id } => FieldError {
                    field: forms::words_field(&question_id),
                    msg: Msg::new(words_for(entry, T::ConsultTooLong)).with("limit", forms::MAX_WORDS.to_string()),
                },
                AnswerProblem::NotAChoice { question_id } => {
                    FieldError { field: format!("q-{question_id}"), msg: Msg::new(words_for(entry, T::ConsultNotAChoice)) }
                }
            })
            .collect(),
    )
}

/// Saves one screen and moves on: `go` is "next", "back" or "later".
pub async fn save_step(step: i64, go: &str, fields: &HashMap<String, String>, lang: Lang, by: SavedBy) -> Result<Done, Failed> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Done::to(path)),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    if c.submitted_at.is_some() {
        return Ok(Done::to("/form/done").with_notice(Msg::new(words_for(&entry, T::ConsultAlreadySent))));
    }
    let steps = form.steps();
    let Some(current) = usize::try_from(step - 1).ok().and_then(|i| steps.get(i)) else {
        return Err(Failed::App(AppError::NotFound));
    };
    let questions = form.step_questions(current);
    let answers = read_answers(&questions, fields).map_err(|p| problems_to_errors(p, &entry))?;
    // "I don't feel safe" counts when it is chosen, not every time the screen is saved again.
    let before = store::answers(&state.db, c.id).await?;
    let newly_unsafe = answers
        .iter()
        .find(|a| {
            let Some(q) = questions.iter().find(|q| q.id == a.question_id) else { return false };
            let was = before.iter().any(|b| b.answer.question_id == a.question_id && b.answer.raises_alert(q));
            a.raises_alert(q) && !was
        })
        .map(|a| a.question_id.clone());
    let reached = if go == "next" { step + 1 } else { step };
    if !store::save_answers(&state.db, &c, &answers, lang, reached, by).await? {
        return Ok(Done::to("/form/done").with_notice(Msg::new(words_for(&entry, T::ConsultAlreadySent))));
    }
    let next = match go {
        "back" => step_path(form, step - 1),
        "later" => "/form/later".to_string(),
        "stay" => step_path(form, step),
        _ => step_path(form, step + 1),
    };
    if let Some(question_id) = newly_unsafe {
        raise_alert(&state, &entry, &question_id).await?;
        // `next` is one of the form's own plain paths, safe to put in the query as it is.
        return Ok(Done::to(format!("/safe?back={next}")));
    }
    Ok(Done::to(next))
}

/// A save from the form keeper: nothing moves on unless the child said they don't feel safe.
pub async fn autosave(step: i64, fields: &HashMap<String, String>, lang: Lang) -> Result<String, AppError> {
    match save_step(step, "stay", fields, lang, SavedBy::Script).await {
        Ok(done) if done.redirect_to.starts_with("/safe") || done.redirect_to == "/form/done" => Ok(done.redirect_to),
        Ok(done) if done.redirect_to.starts_with("/form/screen/") => Ok(String::new()),
        // Not signed in, or the secret not given: the words stay on the device.
        Ok(_) => Err(AppError::Unauthenticated),
        // Refused as it is: 422, and the answer says what to change (the form keeper shows it).
        Err(Failed::Invalid(errors)) => {
            if let Some(options) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                options.set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
            }
            Ok(errors.first().map(|e| e.msg.text(lang)).unwrap_or_else(|| T::ErrSomethingWrong.get(lang).to_string()))
        }
        Err(Failed::App(error)) => Err(error),
    }
}

async fn raise_alert(state: &AppState, entry: &Entry, source: &str) -> Result<(), AppError> {
    if let Some(alert_id) = store::raise_alert(&state.db, entry.authority_id, entry.review_id, entry.id, source).await? {
        audit::by_invitee(&state.db, entry.authority_id, "alert.raised", "alert", alert_id).await?;
        tracing::warn!(alert = alert_id, "urgent alert raised");
        state.wake_jobs.notify_one();
    }
    Ok(())
}

/// "I don't feel safe" from the help panel: needs only the link or code, never the secret, so a
/// child who has forgotten it can still be heard.
pub async fn not_safe(back: &str) -> Result<Done, Failed> {
    let Some(child) = child_in().await? else {
        return Ok(Done::to("/help-now"));
    };
    let state = app_state()?;
    raise_alert(&state, &child.entry, "panel").await?;
    Ok(Done::to(format!("/safe?back={}", crate::domain::text::back_path(back, "/my-review"))))
}

fn picture_code(fields: &HashMap<String, String>) -> Vec<&'static str> {
    PICTURES.iter().copied().filter(|p| fields.get(&format!("pic_{p}")).is_some_and(|v| !v.is_empty())).collect()
}

/// A phrase as compared: case and spacing forgiven, because a child retyping on a phone should
/// not be locked out by a capital letter.
fn normalise_phrase(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The child makes their secret on their first visit.
pub async fn set_secret(kind: &str, fields: &HashMap<String, String>) -> Result<Done, Failed> {
    let Some(child) = invitee_in().await? else {
        return Ok(Done::to("/start"));
    };
    if child.secret_kind.is_some() {
        return Ok(Done::to(if child.unlocked { "/form" } else { "/unlock" }));
    }
    // Picture codes are for children; adults make a passphrase.
    let kind = if child.entry.audience == Audience::Child { kind } else { "phrase" };
    let secret = match kind {
        "pictures" => {
            let chosen = picture_code(fields);
            if chosen.len() != PICTURES_TO_PICK {
                return Err(Failed::field("pictures", T::SecretPickThree));
            }
            chosen.join(" ")
        }
        _ => {
            let phrase = fields.get("phrase").map(|p| normalise_phrase(p)).unwrap_or_default();
            let again = fields.get("phrase_again").map(|p| normalise_phrase(p)).unwrap_or_default();
            if phrase.chars().count() < PHRASE_MIN {
                return Err(Failed::field("phrase", words_for(&child.entry, T::SecretPhraseShort)));
            }
            if phrase.chars().count() > PHRASE_MAX {
                return Err(Failed::field("phrase", words_for(&child.entry, T::SecretPhraseLong)));
            }
            if phrase != again {
                return Err(Failed::field("phrase_again", words_for(&child.entry, T::SecretPhraseDiffer)));
            }
            phrase
        }
    };
    let kind = if kind == "pictures" { "pictures" } else { "phrase" };
    let hash = crate::server::auth::hash_password(secret).await?;
    let state = app_state()?;
    if store::set_secret(&state.db, child.entry.id, kind, &hash).await? {
        let made = store::secret(&state.db, child.entry.id).await?.ok_or_else(|| AppError::Internal("secret not stored".into()))?;
        let session = session().await?;
        session.insert(SESSION_UNLOCKED, (child.entry.id, secret_tag(&made.hash))).await.map_err(AppError::from)?;
        Ok(Done::to("/form"))
    } else {
        // Another tab made one first: that one stands.
        Ok(Done::to("/unlock"))
    }
}

/// A returning child, parent or carer gives their secret.
pub async fn unlock(fields: &HashMap<String, String>) -> Result<Done, Failed> {
    let Some(child) = invitee_in().await? else {
        return Ok(Done::to("/start"));
    };
    let state = app_state()?;
    let Some(secret) = store::secret(&state.db, child.entry.id).await? else {
        return Ok(Done::to("/secret"));
    };
    let field = if secret.kind == "pictures" { "pictures" } else { "phrase" };
    let given = if secret.kind == "pictures" {
        picture_code(fields).join(" ")
    } else {
        normalise_phrase(fields.get("phrase").map(String::as_str).unwrap_or(""))
    };
    if given.is_empty() && secret.failures < SECRET_TRIES {
        return Err(Failed::field(field, words_for(&child.entry, T::UnlockWrong)));
    }
    // Already locked: said at once, without waiting for a core to check on.
    if secret.failures >= SECRET_TRIES {
        return Err(Failed::field("", words_for(&child.entry, T::UnlockLocked)));
    }
    // A core to check on comes first: a busy server answers "try again" without using a try.
    let slot = crate::server::auth::HashSlot::acquire().await?;
    // The try is counted before the check, so many tries sent at once cannot slip past the
    // limit; only against the secret read above (reset meanwhile, there is nothing to try).
    if !store::take_secret_try(&state.db, child.entry.id, &secret.hash, SECRET_TRIES).await? {
        return Err(Failed::field("", words_for(&child.entry, T::UnlockLocked)));
    }
    let checked = slot.verify_password(given, Some(secret.hash.clone())).await?;
    if checked {
        store::secret_worked(&state.db, child.entry.id).await?;
        let session = session().await?;
        session.cycle_id().await.map_err(AppError::from)?;
        session.insert(SESSION_UNLOCKED, (child.entry.id, secret_tag(&secret.hash))).await.map_err(AppError::from)?;
        return Ok(Done::to("/form"));
    }
    if secret.failures + 1 >= SECRET_TRIES {
        audit::by_invitee(&state.db, child.entry.authority_id, "secret.locked", "invitation", child.entry.id).await?;
        return Err(Failed::field("", words_for(&child.entry, T::UnlockLocked)));
    }
    Err(Failed::field(field, words_for(&child.entry, T::UnlockWrong)))
}

/// The advocacy offer: "yes", "more" or "no".
pub async fn advocacy(choice: &str) -> Result<Done, Failed> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Done::to(path)),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    // Reached in order, the offer leads on to the check; opened from the help panel half way
    // through, it leads back to where they were, and skips nothing.
    let in_order = c.step >= advocacy_step(form);
    let after = match (c.submitted_at.is_some(), in_order) {
        (true, _) => "/form/done".to_string(),
        (false, true) => "/form/check".to_string(),
        (false, false) => step_path(form, c.step.max(1)),
    };
    if !form.offers_advocacy() {
        return Ok(Done::to(after));
    }
    match choice {
        "yes" => {
            store::set_advocacy(&state.db, c.id, "yes").await?;
            store::request_advocacy(&state.db, entry.authority_id, entry.review_id, entry.id, &new_reference()).await?;
            state.wake_jobs.notify_one();
            if in_order {
                store::reach_step(&state.db, c.id, check_step(form)).await?;
            }
            Ok(Done::to(after).with_notice(Msg::new(words_for(&entry, T::AdvocacyAsked))))
        }
        "more" => {
            store::set_advocacy(&state.db, c.id, "more").await?;
            Ok(Done::to("/form/advocate?more=1"))
        }
        "no" => {
            store::set_advocacy(&state.db, c.id, "no").await?;
            if in_order {
                store::reach_step(&state.db, c.id, check_step(form)).await?;
            }
            Ok(Done::to(after))
        }
        _ => Err(Failed::field("advocacy", words_for(&entry, T::ConsultNotAChoice))),
    }
}

/// A reference the advocacy provider quotes to the review team: random, meaningless, short.
fn new_reference() -> String {
    use rand::Rng;
    let alphabet = crate::domain::reviews::CODE_ALPHABET;
    let mut rng = rand::rng();
    let code: String = (0..8).map(|_| alphabet[rng.random_range(0..alphabet.len())] as char).collect();
    format!("ADV-{code}")
}

/// Changes who may see each answer and, with `send`, sends the consultation.
pub async fn check(fields: &HashMap<String, String>, send: bool) -> Result<Done, Failed> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Done::to(path)),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    let choices: Vec<(String, Sharing)> = form
        .questions()
        .filter(|q| q.shareable())
        .filter_map(|q| fields.get(&forms::sharing_field(&q.id)).and_then(|s| Sharing::parse(s)).map(|s| (q.id.clone(), s)))
        .collect();
    store::set_sharing(&state.db, c.id, &choices).await?;
    if !choices.is_empty() {
        audit::by_invitee(&state.db, entry.authority_id, "consultation.sharing_changed", "consultation", c.id).await?;
    }
    if !send {
        return Ok(Done::to(if c.submitted_at.is_some() { "/form/done" } else { "/form/check" }).with_notice(Msg::new(T::CheckSaved)));
    }
    if store::submit(&state.db, &c).await? {
        audit::by_invitee(&state.db, entry.authority_id, "consultation.submitted", "consultation", c.id).await?;
    }
    Ok(Done::to("/form/done"))
}

/// After sending, the child can add more until the report deadline.
pub async fn add_more(words: &str, sharing: &str, lang: Lang) -> Result<Done, Failed> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Done::to(path)),
    };
    let state = app_state()?;
    let (c, _) = consultation(&state, &entry).await?;
    if c.submitted_at.is_none() {
        return Ok(Done::to("/form"));
    }
    let review =
        crate::features::reviews::store::get(&state.db, entry.authority_id, entry.review_id, crate::server::today()).await?.ok_or(AppError::NotFound)?;
    if crate::server::today() > review.report_deadline {
        return Err(Failed::field("more", words_for(&entry, T::AddMoreClosed)));
    }
    let words = crate::domain::text::clean_multiline(words);
    if words.is_empty() {
        return Err(Failed::field("more", words_for(&entry, T::AddMoreEmpty)));
    }
    if words.chars().count() > forms::MAX_WORDS {
        return Err(Failed::Invalid(vec![FieldError {
            field: "more".into(),
            msg: Msg::new(words_for(&entry, T::ConsultTooLong)).with("limit", forms::MAX_WORDS.to_string()),
        }]));
    }
    // Only a child chooses who may see what; an adult's addition goes to the IRO like the rest.
    let sharing = if entry.audience == Audience::Child { Sharing::parse(sharing).unwrap_or_default() } else { Sharing::Private };
    store::add_more(&state.db, c.id, &words, sharing, lang).await?;
    Ok(Done::to("/form/done").with_notice(Msg::new(words_for(&entry, T::AddMoreSaved))))
}

/// Where the invitee stands, for the screens before the form (None: nobody signed in with a
/// link or code for views).
pub async fn status() -> Result<Option<ChildStatus>, AppError> {
    let Some(child) = invitee_in().await? else {
        return Ok(None);
    };
    let state = app_state()?;
    let band = match store::for_invitation(&state.db, child.entry.id).await? {
        Some(c) => c.band,
        None => band_for(&state, &child.entry).await?,
    };
    Ok(Some(ChildStatus {
        audience: child.entry.audience,
        first_name: child.entry.first_name.clone(),
        has_secret: child.secret_kind.is_some(),
        picture_secret: child.secret_kind.as_deref() == Some("pictures"),
        unlocked: child.unlocked,
        locked: child.locked,
        band,
    }))
}

pub async fn advocacy_page() -> Result<Go<AdvocacyPage>, AppError> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Go::To(path)),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    if !form.offers_advocacy() {
        return Ok(Go::To(step_path(form, c.step.max(1))));
    }
    let settings = db::settings::get(&state.db, entry.authority_id).await?;
    let (provider, provider_phone, _) = settings.advocacy_for(entry.audience);
    Ok(Go::Show(AdvocacyPage {
        band: c.band,
        audience: entry.audience,
        provider: provider.to_string(),
        provider_phone: provider_phone.to_string(),
        choice: c.advocacy.clone(),
        reference: store::advocacy_reference(&state.db, entry.id).await?,
        // Opened from the help panel half way through, "back" returns to their screen.
        back: step_path(form, (advocacy_step(form) - 1).min(c.step.max(1))),
        next: match (c.submitted_at.is_some(), c.step >= advocacy_step(form)) {
            (true, _) => "/form/done".into(),
            (false, true) => "/form/check".into(),
            (false, false) => step_path(form, c.step.max(1)),
        },
    }))
}

/// Everything the child said, for the check before sending and the receipt after.
pub async fn said_page() -> Result<Go<SaidPage>, AppError> {
    let entry = match ready_invitee().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Go::To(path)),
    };
    let state = app_state()?;
    let (c, form) = consultation(&state, &entry).await?;
    let stored = store::answers(&state.db, c.id).await?;
    let items = form
        .questions()
        .filter_map(|q| {
            let answer = &stored.iter().find(|s| s.answer.question_id == q.id)?.answer;
            (!answer.is_empty()).then(|| SaidItem {
                question_id: q.id.clone(),
                section_id: q.section.clone(),
                symbol: q.symbol.clone(),
                question: q.text.clone(),
                choices: answer.choices.iter().filter_map(|id| q.option(id).cloned()).collect(),
                words: answer.words.clone(),
                sharing: answer.sharing,
                shareable: q.shareable(),
            })
        })
        .collect();
    let review =
        crate::features::reviews::store::get(&state.db, entry.authority_id, entry.review_id, crate::server::today()).await?.ok_or(AppError::NotFound)?;
    let additions = store::additions(&state.db, c.id)
        .await?
        .into_iter()
        .map(|a| SaidAddition { words: a.words, sharing: a.sharing, added_on: day_of(a.added_at) })
        .collect();
    Ok(Go::Show(SaidPage {
        band: c.band,
        audience: entry.audience,
        items,
        additions,
        submitted: c.submitted_at.is_some(),
        meeting_on: review.confirmed.then_some(review.meeting_on),
        read: c.read_at.is_some(),
        report_deadline: review.report_deadline,
        can_add: crate::server::today() <= review.report_deadline,
        advocacy_reference: store::advocacy_reference(&state.db, entry.id).await?,
        // The screen before the check: the advocacy offer, or for carers the last screen.
        advocacy_path: step_path(form, check_step(form) - 1),
    }))
}

/// The duty team's name and number for the "not safe" page (the child's own council, when known).
pub async fn safe_page() -> Result<SafePage, AppError> {
    let Some(child) = child_in().await? else {
        return Ok(SafePage::default());
    };
    let state = app_state()?;
    let settings = db::settings::get(&state.db, child.entry.authority_id).await?;
    Ok(SafePage { signed_in: true, duty_name: settings.duty_name, duty_phone: settings.duty_phone })
}

pub async fn read_aloud_used() -> Result<(), AppError> {
    let Some(child) = invitee_in().await? else {
        return Ok(());
    };
    let state = app_state()?;
    store::mark_read_aloud(&state.db, child.entry.id).await
}

/// What needs this IRO's attention: alerts (oldest first), unread messages, advocacy requests.
pub async fn iro_attention() -> Result<IroAttention, AppError> {
    let viewer = crate::server::auth::require_role(&[crate::model::Role::Iro])?;
    let state = app_state()?;
    Ok(IroAttention {
        alerts: iro_alerts(&state, &viewer).await?,
        messages: iro_messages(&state, &viewer).await?,
        advocacy: iro_advocacy(&state, &viewer).await?,
        undelivered: crate::server::outbox::for_iro(&state, viewer.authority_id, viewer.staff_id).await?,
    })
}

async fn iro_alerts(state: &AppState, viewer: &crate::model::Viewer) -> Result<Vec<AlertLine>, AppError> {
    Ok(store::open_alerts_for_iro(&state.db, viewer.authority_id, viewer.staff_id)
        .await?
        .into_iter()
        .map(|a| {
            let (raised_on, raised_time) = crate::server::uk_day_and_time(a.raised_at);
            AlertLine { id: a.id, child_id: a.child_id, child_name: a.child_name, raised_on, raised_time }
        })
        .collect())
}

/// The IRO says they are dealing with an alert.
pub async fn acknowledge(alert_id: i64) -> Result<Done, Failed> {
    let viewer = crate::server::auth::require_role(&[crate::model::Role::Iro])?;
    let state = app_state()?;
    if !store::acknowledge_alert(&state.db, viewer.authority_id, viewer.staff_id, alert_id).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(&state, &viewer, "alert.acknowledged", "alert", Some(alert_id), "").await?;
    Ok(Done::to("/staff").with_notice(Msg::new(T::IroAcknowledged)))
}

fn day_of(at: i64) -> time::Date {
    crate::server::uk_time(at).date()
}

/// "Tell my IRO": the form, and what the child has sent before with whether it was read.
pub async fn message_page() -> Result<Go<MessagePage>, AppError> {
    let entry = match ready_child().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Go::To(path)),
    };
    let state = app_state()?;
    let (c, _) = consultation(&state, &entry).await?;
    let sent = store::messages_sent(&state.db, entry.id)
        .await?
        .into_iter()
        .filter_map(|(_, kind, words, sent_at, read_at)| {
            Some(SentMessageView { kind: MessageKind::parse(&kind)?, words, sent_on: day_of(sent_at), read: read_at.is_some() })
        })
        .collect();
    Ok(Go::Show(MessagePage { band: c.band, sent }))
}

pub async fn send_message(kind: &str, words: &str, lang: Lang) -> Result<Done, Failed> {
    let entry = match ready_child().await? {
        Ok(entry) => entry,
        Err(path) => return Ok(Done::to(path)),
    };
    let Some(kind) = MessageKind::parse(kind) else {
        return Err(Failed::field("kind", T::MessagePickKind));
    };
    let words = crate::domain::text::clean_multiline(words);
    if words.chars().count() > forms::MAX_WORDS {
        return Err(Failed::Invalid(vec![FieldError {
            field: "words".into(),
            msg: Msg::new(T::ConsultTooLong).with("limit", forms::MAX_WORDS.to_string()),
        }]));
    }
    let state = app_state()?;
    let id = store::send_message(&state.db, entry.authority_id, entry.review_id, entry.id, kind.as_str(), &words, lang).await?;
    audit::by_invitee(&state.db, entry.authority_id, "message.sent", "message", id).await?;
    state.wake_jobs.notify_one();
    Ok(Done::to("/message").with_notice(Msg::new(T::MessageSent)))
}

/// Unread messages for the children this IRO reviews.
async fn iro_messages(state: &AppState, viewer: &crate::model::Viewer) -> Result<Vec<IroMessageLine>, AppError> {
    Ok(store::unread_messages_for_iro(&state.db, viewer.authority_id, viewer.staff_id)
        .await?
        .into_iter()
        .filter_map(|(id, child_id, child_name, kind, sent_at)| {
            Some(IroMessageLine { id, child_id, child_name, kind: MessageKind::parse(&kind)?, sent_on: day_of(sent_at) })
        })
        .collect())
}

/// The child's IRO reads a message: every read is audited; the first marks it read.
pub async fn read_message(id: i64) -> Result<IroMessage, AppError> {
    let viewer = crate::server::auth::require_role(&[crate::model::Role::Iro])?;
    let state = app_state()?;
    let (child_id, child_name, kind, words, language, sent_at) =
        store::message_for_iro(&state.db, viewer.authority_id, viewer.staff_id, id).await?.ok_or(AppError::NotFound)?;
    audit::by_staff(&state, &viewer, "message.read", "message", Some(id), "").await?;
    store::mark_message_read(&state.db, viewer.authority_id, id, viewer.staff_id).await?;
    Ok(IroMessage {
        child_id,
        child_name,
        kind: MessageKind::parse(&kind).ok_or_else(|| AppError::Internal(format!("message {id}: kind")))?,
        words,
        language: Lang::parse(&language).unwrap_or_default(),
        sent_on: day_of(sent_at),
    })
}

/// Children of this IRO who asked for an advocate.
async fn iro_advocacy(state: &AppState, viewer: &crate::model::Viewer) -> Result<Vec<AdvocacyLine>, AppError> {
    Ok(store::advocacy_requests_for_iro(&state.db, viewer.authority_id, viewer.staff_id)
        .await?
        .into_iter()
        .map(|(child_id, child_name, reference, at, audience)| AdvocacyLine {
            child_id,
            child_name,
            reference,
            asked_on: day_of(at),
            audience: Audience::parse(&audience).unwrap_or(Audience::Child),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_forgive_case_and_spacing() {
        assert_eq!(normalise_phrase("  Purple  Elephant\tDance "), "purple elephant dance");
    }

    #[test]
    fn picture_codes_ignore_unknown_fields_and_keep_a_fixed_order() {
        let fields: HashMap<String, String> = [("pic_tree", "on"), ("pic_cat", "on"), ("pic_unicorn", "on"), ("pic_sun", "")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(picture_code(&fields), ["cat", "tree"]);
    }

    #[test]
    fn references_look_alike_and_differ() {
        let a = new_reference();
        assert!(a.starts_with("ADV-") && a.len() == 12, "{a}");
        assert_ne!(a, new_reference());
    }
}
