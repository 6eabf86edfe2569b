//! The form's rules: the consultation (begun on first use on the form current for the invitee),
//! its steps, saving as they go, checking, sending and adding more.

use crate::domain::forms::{self, library, read_answers, AnswerProblem, Form, Sharing};
use crate::domain::reviews::Audience;
use crate::features::form::store::{Consultation, NewConsultation, SavedBy};
use crate::features::form::{SaidAddition, SaidItem, SaidPage, StepPage};
use crate::features::safety::service::raise_alert;
use crate::features::secret::service::band_for;
use crate::features::secret::service::{invitee_in, words_for};
use crate::i18n::{Lang, T};
use crate::model::Go;
use crate::model::{FieldError, Msg};
use crate::server::forms::{Done, Failed};
use crate::server::invitee::Entry;
use crate::server::state::app_state;
use crate::server::{AppError, AppState};
use std::collections::HashMap;

/// The consultation of this invitation (begun on first use, on the form current now for the
/// invitee's audience) and the form it answers, as its band is asked it.
pub async fn consultation(state: &AppState, entry: &Entry) -> Result<(Consultation, &'static Form), AppError> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let found = match tenant.consultations().for_invitation(entry.id).await? {
        Some(c) => c,
        None => {
            let band = band_for(state, entry).await?;
            let file = library::get()
                .latest(entry.audience)
                .ok_or_else(|| AppError::Internal(format!("no form for {}", entry.audience.as_str())))?;
            tenant
                .consultations()
                .begin(NewConsultation {
                    review_id: entry.review_id,
                    invitation_id: entry.id,
                    form_id: &file.form,
                    form_version: file.version,
                    band,
                })
                .await?
        }
    };
    let form = library::get()
        .form(&found.form_id, found.form_version, found.band)
        .ok_or_else(|| AppError::Internal(format!("form {} v{} missing", found.form_id, found.form_version)))?;
    Ok((found, form))
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
pub async fn resume(state: &AppState, entry: &Entry) -> Result<String, AppError> {
    let (c, form) = consultation(state, entry).await?;
    if c.submitted_at.is_some() {
        return Ok("/form/done".into());
    }
    Ok(step_path(form, c.step.max(1)))
}

/// One screen of the form, with what the child has said so far.
pub async fn step_page(state: &AppState, entry: &Entry, step: i64) -> Result<Go<StepPage>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, form) = consultation(state, entry).await?;
    if c.submitted_at.is_some() {
        return Ok(Go::To("/form/done".into()));
    }
    let steps = form.steps();
    let Some(current) = usize::try_from(step - 1).ok().and_then(|i| steps.get(i)) else {
        return Ok(Go::To(step_path(form, c.step.max(1))));
    };
    let questions = form.step_questions(current).into_iter().cloned().collect::<Vec<_>>();
    let stored = tenant.consultations().answers(c.id).await?;
    let answers = questions.iter().filter_map(|q| stored.iter().find(|s| s.answer.question_id == q.id).map(|s| s.answer.clone())).collect();
    let media = tenant.media().given(c.id).await?.into_iter().filter(|g| questions.iter().any(|q| q.id == g.question_id)).collect();
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
        media,
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
pub async fn save_step(
    state: &AppState,
    entry: &Entry,
    step: i64,
    go: &str,
    fields: &HashMap<String, String>,
    lang: Lang,
    by: SavedBy,
) -> Result<Done, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, form) = consultation(state, entry).await?;
    if c.submitted_at.is_some() {
        return Ok(Done::to("/form/done").with_notice(Msg::new(words_for(entry, T::ConsultAlreadySent))));
    }
    let steps = form.steps();
    let Some(current) = usize::try_from(step - 1).ok().and_then(|i| steps.get(i)) else {
        return Err(Failed::App(AppError::NotFound));
    };
    let questions = form.step_questions(current);
    let answers = read_answers(&questions, fields).map_err(|p| problems_to_errors(p, entry))?;
    // "I don't feel safe" counts when it is chosen, not every time the screen is saved again.
    // Most saves say nothing of the kind, and need not read what was said before.
    let raising: Vec<_> = answers
        .iter()
        .filter_map(|a| questions.iter().find(|q| q.id == a.question_id).filter(|q| a.raises_alert(q)).map(|q| (a, *q)))
        .collect();
    let newly_unsafe = if raising.is_empty() {
        None
    } else {
        let before = tenant.consultations().answers(c.id).await?;
        raising
            .into_iter()
            .find(|(a, q)| !before.iter().any(|b| b.answer.question_id == a.question_id && b.answer.raises_alert(q)))
            .map(|(a, _)| a.question_id.clone())
    };
    let reached = if go == "next" { step + 1 } else { step };
    if !tenant.consultations().save_answers(&c, &answers, lang, reached, by).await? {
        return Ok(Done::to("/form/done").with_notice(Msg::new(words_for(entry, T::ConsultAlreadySent))));
    }
    let next = match go {
        "back" => step_path(form, step - 1),
        "later" => "/form/later".to_string(),
        "stay" => step_path(form, step),
        _ => step_path(form, step + 1),
    };
    if let Some(question_id) = newly_unsafe {
        raise_alert(state, entry, &question_id).await?;
        // `next` is one of the form's own plain paths, safe to put in the query as it is.
        return Ok(Done::to(format!("/safe?back={next}")));
    }
    Ok(Done::to(next))
}

/// What a save from the form keeper came to.
pub enum Autosaved {
    /// Kept: "" to stay on the screen, or where to go now (help, when they said they don't feel
    /// safe; their receipt, when it was sent meanwhile).
    Kept(String),
    /// Refused as it is, with the words saying what to change (the form keeper shows them).
    Refused(String),
}

/// A save from the form keeper: nothing moves on unless the child said they don't feel safe.
pub async fn autosave(
    state: &AppState,
    entry: &Entry,
    step: i64,
    fields: &HashMap<String, String>,
    lang: Lang,
) -> Result<Autosaved, AppError> {
    match save_step(state, entry, step, "stay", fields, lang, SavedBy::Script).await {
        Ok(done) if done.redirect_to.starts_with("/safe") || done.redirect_to == "/form/done" => Ok(Autosaved::Kept(done.redirect_to)),
        Ok(done) if done.redirect_to.starts_with("/form/screen/") => Ok(Autosaved::Kept(String::new())),
        Ok(_) => Err(AppError::Unauthenticated),
        Err(Failed::Invalid(errors)) => {
            Ok(Autosaved::Refused(errors.first().map(|e| e.msg.text(lang)).unwrap_or_else(|| T::ErrSomethingWrong.get(lang).to_string())))
        }
        Err(Failed::App(error)) => Err(error),
    }
}

/// Changes who may see each answer and, with `send`, sends the consultation.
pub async fn check(state: &AppState, entry: &Entry, fields: &HashMap<String, String>, send: bool) -> Result<Done, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, form) = consultation(state, entry).await?;
    let choices: Vec<(String, Sharing)> = form
        .questions()
        .filter(|q| q.shareable())
        .filter_map(|q| fields.get(&forms::sharing_field(&q.id)).and_then(|s| Sharing::parse(s)).map(|s| (q.id.clone(), s)))
        .collect();
    tenant.consultations().set_sharing(c.id, &choices).await?;
    if !choices.is_empty() {
        tenant.audit().by_invitee("consultation.sharing_changed", "consultation", c.id).await?;
    }
    if !send {
        return Ok(Done::to(if c.submitted_at.is_some() { "/form/done" } else { "/form/check" }).with_notice(Msg::new(T::CheckSaved)));
    }
    if tenant.consultations().submit(&c).await? {
        // The last reply may have made the pack ready for the council's webhook.
        state.wake_jobs.notify_one();
        tenant.audit().by_invitee("consultation.submitted", "consultation", c.id).await?;
    }
    Ok(Done::to("/form/done"))
}

/// After sending, the child can add more until the report deadline.
pub async fn add_more(state: &AppState, entry: &Entry, words: &str, sharing: &str, lang: Lang) -> Result<Done, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, _) = consultation(state, entry).await?;
    if c.submitted_at.is_none() {
        return Ok(Done::to("/form"));
    }
    let review = tenant.reviews().get(entry.review_id).await?.ok_or(AppError::NotFound)?;
    if crate::server::today() > review.report_deadline {
        return Err(Failed::field("more", words_for(entry, T::AddMoreClosed)));
    }
    let words = crate::domain::text::clean_multiline(words);
    if words.is_empty() {
        return Err(Failed::field("more", words_for(entry, T::AddMoreEmpty)));
    }
    if words.chars().count() > forms::MAX_WORDS {
        return Err(Failed::Invalid(vec![FieldError {
            field: "more".into(),
            msg: Msg::new(words_for(entry, T::ConsultTooLong)).with("limit", forms::MAX_WORDS.to_string()),
        }]));
    }
    // Only a child chooses who may see what; an adult's addition goes to the IRO like the rest.
    let sharing = if entry.audience == Audience::Child { Sharing::parse(sharing).unwrap_or_default() } else { Sharing::Private };
    tenant.consultations().add_more(c.id, &words, sharing, lang).await?;
    Ok(Done::to("/form/done").with_notice(Msg::new(words_for(entry, T::AddMoreSaved))))
}

/// Everything the child said, for the check before sending and the receipt after.
pub async fn said_page(state: &AppState, entry: &Entry) -> Result<Go<SaidPage>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, form) = consultation(state, entry).await?;
    let stored = tenant.consultations().answers(c.id).await?;
    let given = tenant.media().given(c.id).await?;
    let items = form
        .questions()
        .filter_map(|q| {
            let answer = &stored.iter().find(|s| s.answer.question_id == q.id)?.answer;
            let media: Vec<_> = given.iter().filter(|g| q.takes_media() && g.question_id == q.id).map(|g| g.kind).collect();
            (!answer.is_empty() || !media.is_empty()).then(|| SaidItem {
                media,
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
    let review = tenant.reviews().get(entry.review_id).await?.ok_or(AppError::NotFound)?;
    let additions = tenant
        .consultations()
        .additions(c.id)
        .await?
        .into_iter()
        .map(|a| SaidAddition { words: a.words, sharing: a.sharing, added_on: crate::server::uk_date(a.added_at) })
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
        advocacy_reference: tenant.consultations().advocacy_reference(entry.id).await?,
        // The screen before the check: the advocacy offer, or for carers the last screen.
        advocacy_path: step_path(form, check_step(form) - 1),
    }))
}

pub async fn read_aloud_used() -> Result<(), AppError> {
    let Some(child) = invitee_in().await? else {
        return Ok(());
    };
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_entry(&state, &child.entry);
    tenant.consultations().mark_read_aloud(child.entry.id).await
}
