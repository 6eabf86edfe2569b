//! The IRO's pre-review pack: urgent alerts first, then the child's own words as they gave them,
//! their wishes for the meeting, parents' and carers' views, advocacy, messages, and who has not
//! replied. Only the review's IRO opens it; every opening is audited and marks what was sent as
//! read, so each person is told their IRO has read it.

use crate::api::pack::{PackAddition, PackAlert, PackAnswer, PackData, PackMessage, PackSection, PackVoice};
use crate::api::reviews::InvitationRow;
use crate::domain::forms::{library, MessageKind, Sharing};
use crate::domain::reviews::{Audience, InvitationStatus};
use crate::domain::staff::Role;
use crate::i18n::Lang;
use crate::server::auth::require_role;
use crate::server::db::consultations as store;
use crate::server::state::app_state;
use crate::server::{audit, db, AppError, AppState};

fn day_and_time(at: i64) -> (time::Date, String) {
    let t = time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    (t.date(), format!("{:02}:{:02}", t.hour(), t.minute()))
}

pub async fn pack(review_id: i64) -> Result<PackData, AppError> {
    let viewer = require_role(&[Role::Iro])?;
    let state = app_state()?;
    let review = db::reviews::get(&state.db, viewer.authority_id, review_id, crate::server::today()).await?.ok_or(AppError::NotFound)?;
    // The review's IRO, or an IRO an admin asked to cover: to anyone else the pack does not exist.
    if !may_open(&state, &viewer, review.child_id).await? {
        return Err(AppError::NotFound);
    }
    audit::by_staff(&state, &viewer, "pack.viewed", "review", Some(review_id), "").await?;

    let alerts = db::pack::alerts(&state.db, viewer.authority_id, review_id)
        .await?
        .into_iter()
        .map(|(raised, acknowledged, by)| {
            let (raised_on, raised_time) = day_and_time(raised);
            PackAlert { raised_on, raised_time, acknowledged_by: by, acknowledged_on: acknowledged.map(|a| day_and_time(a).0) }
        })
        .collect();
    let invitations = db::invitations::for_review(&state.db, viewer.authority_id, review_id).await?;
    let mut child_voice = None;
    let mut adults = Vec::new();
    let mut waiting = Vec::new();
    for invitation in invitations.into_iter().filter(|i| !i.revoked) {
        if invitation.status != InvitationStatus::Submitted {
            waiting.push(invitation.clone());
        }
        let Some(voice) = voice(&state, viewer.authority_id, &invitation).await? else { continue };
        match invitation.audience {
            Audience::Child => child_voice = Some(voice),
            _ => adults.push(voice),
        }
    }
    let messages = db::pack::messages(&state.db, viewer.authority_id, review_id)
        .await?
        .into_iter()
        .filter_map(|(kind, words, language, sent_at)| {
            Some(PackMessage {
                kind: MessageKind::parse(&kind)?,
                words,
                language: Lang::parse(&language).unwrap_or_default(),
                sent_on: day_and_time(sent_at).0,
            })
        })
        .collect();
    db::pack::mark_read(&state.db, viewer.authority_id, review_id, viewer.staff_id).await?;
    Ok(PackData { review, alerts, child: child_voice, adults, messages, waiting })
}

/// Whether this member of staff may open the packs of this child's reviews.
pub async fn may_open(state: &AppState, viewer: &crate::api::Viewer, child_id: i64) -> Result<bool, AppError> {
    if viewer.role != Role::Iro {
        return Ok(false);
    }
    let child = db::children::schedule_rows(&state.db, viewer.authority_id, None, Some(child_id)).await?;
    Ok(child.first().and_then(|c| c.iro_staff_id) == Some(viewer.staff_id)
        || db::cover::covers(&state.db, viewer.authority_id, child_id, viewer.staff_id, crate::server::today()).await?)
}

/// What one invitee said so far (None if they have not begun).
async fn voice(state: &AppState, authority_id: i64, invitation: &InvitationRow) -> Result<Option<PackVoice>, AppError> {
    let Some(c) = store::for_invitation(&state.db, invitation.id).await? else {
        return Ok(None);
    };
    let form = library::get()
        .form(&c.form_id, c.form_version, c.band)
        .ok_or_else(|| AppError::Internal(format!("form {} v{} missing", c.form_id, c.form_version)))?;
    let stored = store::answers(&state.db, c.id).await?;
    let sections = form
        .sections
        .iter()
        .filter_map(|section| {
            let answers: Vec<PackAnswer> = section
                .questions
                .iter()
                .filter_map(|q| {
                    let found = stored.iter().find(|s| s.answer.question_id == q.id)?;
                    (!found.answer.is_empty()).then(|| PackAnswer {
                        question_id: q.id.clone(),
                        symbol: q.symbol.clone(),
                        question: q.text.clone(),
                        choices: found.answer.choices.iter().filter_map(|id| q.option(id).cloned()).collect(),
                        words: found.answer.words.clone(),
                        language: found.language,
                        private: q.shareable() && found.answer.sharing == Sharing::Private,
                    })
                })
                .collect();
            (!answers.is_empty()).then(|| PackSection {
                id: section.id.clone(),
                symbol: section.symbol.clone(),
                title: section.title.clone(),
                answers,
            })
        })
        .collect();
    let additions = store::additions(&state.db, c.id)
        .await?
        .into_iter()
        .map(|a| PackAddition {
            added_on: day_and_time(a.added_at).0,
            words: a.words,
            language: a.language,
            private: invitation.audience == Audience::Child && a.sharing == Sharing::Private,
        })
        .collect();
    Ok(Some(PackVoice {
        invitation_id: invitation.id,
        audience: invitation.audience,
        first_name: invitation.first_name.clone(),
        status: invitation.status,
        band: c.band,
        sent_on: c.submitted_at.map(|at| day_and_time(at).0),
        sections,
        additions,
        advocacy: db::pack::advocacy(&state.db, authority_id, invitation.id).await?,
    }))
}
