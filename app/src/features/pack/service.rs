//! The IRO's pre-review pack: urgent alerts first, then the child's own words as they gave them,
//! their wishes for the meeting, parents' and carers' views, advocacy, messages, and who has not
//! replied. Only the review's IRO opens it; every opening is audited and marks what was sent as
//! read, so each person is told their IRO has read it.

use crate::domain::forms::{library, MessageKind, Sharing};
use crate::domain::reviews::Audience;
use crate::features::form::store;
use crate::features::invitations::InvitationRow;
use crate::features::pack::{
    PackAddition, PackAdvocacy, PackAlert, PackAnswer, PackData, PackMedia, PackMessage, PackSection, PackVoice, PackWaiting,
};
use crate::features::reviews::ReviewDetail;
use crate::i18n::Lang;
use crate::model::Role;
use crate::model::Viewer;
use crate::model::{ChildId, ReviewId};
use crate::server::{audit, AppError, AppState};

use crate::server::uk_day_and_time as day_and_time;

pub async fn pack(state: &AppState, viewer: &Viewer, review_id: ReviewId) -> Result<PackData, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Iro])?;
    let ip = crate::server::auth::client_address(state);
    let opened = open_review(state, viewer, review_id).await?;
    gather(state, viewer, &ip, opened, Some("pack.viewed")).await
}

/// A review whose pack (and outcome letter) this IRO may open, and whether they do so covering
/// for the child's own IRO.
pub struct Opened {
    pub review: ReviewDetail,
    pub covering: bool,
}

/// The review, for its child's IRO or an IRO an admin asked to cover: to anyone else it does not
/// exist.
pub async fn open_review(state: &AppState, viewer: &Viewer, review_id: ReviewId) -> Result<Opened, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if viewer.role != Role::Iro {
        return Err(AppError::NotFound);
    }
    let review = tenant.reviews().get(review_id).await?.ok_or(AppError::NotFound)?;
    let covering = match access(state, viewer, review.child_id).await? {
        Access::None => return Err(AppError::NotFound),
        Access::Own => false,
        Access::Cover => true,
    };
    Ok(Opened { review, covering })
}

/// The pack of an opened review, the reading recorded as `action` (a view; a download records
/// itself once the file is made).
pub async fn gather(state: &AppState, viewer: &Viewer, ip: &str, opened: Opened, action: Option<&str>) -> Result<PackData, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let Opened { review, covering } = opened;
    if let Some(action) = action {
        audit::by_staff_from(state, viewer, ip, action, "review", Some(review.id.get()), if covering { "cover" } else { "" }).await?;
    }
    let (pack, shown) = contents(&tenant, review, covering).await?;
    // "Your IRO has read this" is true only when the child's own IRO read it.
    if !covering {
        tenant.pack().mark_read(viewer.staff_id, &shown.consultations, &shown.messages, state.clock.now()).await?;
    }
    Ok(pack)
}

/// What a pack shows that its reader can mark as read.
pub struct Shown {
    pub consultations: Vec<i64>,
    pub messages: Vec<i64>,
}

/// The pack of a review as it stands, read and changing nothing: the caller checks who may have
/// it, audits it and says whether it was read.
pub async fn contents(tenant: &crate::server::tenant::Tenant, review: ReviewDetail, covering: bool) -> Result<(PackData, Shown), AppError> {
    let review_id = review.id;
    let alerts = tenant
        .pack()
        .alerts(review_id)
        .await?
        .into_iter()
        .map(|a| {
            let (raised_on, raised_time) = day_and_time(a.raised_at);
            PackAlert {
                raised_on,
                raised_time,
                acknowledged_by: a.display_name,
                acknowledged_on: a.acknowledged_at.map(|at| day_and_time(at).0),
            }
        })
        .collect();
    let invitations = tenant.invitations().for_review(review_id).await?;
    let mut child_voice = None;
    let mut adults = Vec::new();
    let mut waiting = Vec::new();
    let mut advocacy = Vec::new();
    let mut shown = Vec::new();
    // People invited to the meeting only are not asked for views.
    let asked: Vec<_> = invitations.into_iter().filter(|i| !i.revoked && i.audience != Audience::Other).collect();
    for invitation in &asked {
        if let Some(request) = tenant.pack().advocacy(invitation.id).await? {
            advocacy.push(PackAdvocacy {
                first_name: invitation.first_name.clone(),
                audience: invitation.audience,
                reference: request.reference,
                status: request.status,
            });
        }
        // Only what they chose to send: words typed and not sent are still theirs.
        let sent = match tenant.consultations().for_invitation(invitation.id).await? {
            Some(c) if c.submitted_at.is_some() => c,
            _ => {
                waiting.push(PackWaiting {
                    first_name: invitation.first_name.clone(),
                    audience: invitation.audience,
                    status: invitation.status,
                    reminder_sent: invitation.reminder_sent,
                });
                continue;
            }
        };
        shown.push(sent.id);
        let voice = voice(tenant, invitation, sent).await?;
        match invitation.audience {
            Audience::Child => child_voice = Some(voice),
            _ => adults.push(voice),
        }
    }
    let messages: Vec<(i64, PackMessage)> = tenant
        .pack()
        .messages(review_id)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some((
                m.id,
                PackMessage {
                    kind: MessageKind::parse(&m.kind)?,
                    words: m.words,
                    language: Lang::parse(&m.language).unwrap_or_default(),
                    sent_on: day_and_time(m.sent_at).0,
                },
            ))
        })
        .collect();
    let shown = Shown { consultations: shown, messages: messages.iter().map(|(id, _)| *id).collect() };
    let pack = PackData {
        review,
        alerts,
        child: child_voice,
        adults,
        messages: messages.into_iter().map(|(_, m)| m).collect(),
        advocacy,
        anyone_invited: !asked.is_empty(),
        waiting,
        covering,
    };
    Ok((pack, shown))
}

/// How a member of staff may open a child's packs.
enum Access {
    None,
    /// The child's allocated IRO.
    Own,
    /// An IRO an admin asked to cover.
    Cover,
}

async fn access(state: &AppState, viewer: &Viewer, child_id: ChildId) -> Result<Access, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if viewer.role != Role::Iro {
        return Ok(Access::None);
    }
    let child = tenant.children().schedule_rows(None, Some(child_id)).await?;
    access_given(state, viewer, child_id, child.first().and_then(|c| c.iro_staff_id)).await
}

/// The same, when the child's allocated IRO is already known.
async fn access_given(state: &AppState, viewer: &Viewer, child_id: ChildId, allocated: Option<i64>) -> Result<Access, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if viewer.role != Role::Iro {
        return Ok(Access::None);
    }
    if allocated == Some(viewer.staff_id.get()) {
        return Ok(Access::Own);
    }
    if tenant.cover().covers(child_id, viewer.staff_id).await? {
        return Ok(Access::Cover);
    }
    Ok(Access::None)
}

/// Whether this member of staff may open the packs of this child (allocated to `allocated`).
pub async fn may_open(state: &AppState, viewer: &Viewer, child_id: ChildId, allocated: Option<i64>) -> Result<bool, AppError> {
    Ok(!matches!(access_given(state, viewer, child_id, allocated).await?, Access::None))
}

/// What one invitee sent.
async fn voice(tenant: &crate::server::tenant::Tenant, invitation: &InvitationRow, c: store::Consultation) -> Result<PackVoice, AppError> {
    let form = library::get()
        .form(&c.form_id, c.form_version, c.band)
        .ok_or_else(|| AppError::Internal(format!("form {} v{} missing", c.form_id, c.form_version)))?;
    let stored = tenant.consultations().answers(c.id).await?;
    let given = tenant.media().given(c.id).await?;
    let sections = form
        .sections
        .iter()
        .filter_map(|section| {
            let answers: Vec<PackAnswer> = section
                .questions
                .iter()
                .filter_map(|q| {
                    let found = stored.iter().find(|s| s.answer.question_id == q.id)?;
                    // Recordings and drawings only where the form offers them.
                    let media: Vec<_> = given
                        .iter()
                        .filter(|g| q.takes_media() && g.question_id == q.id)
                        .map(|g| PackMedia::new(c.review_id, g.id, g.kind))
                        .collect();
                    (!found.answer.is_empty() || !media.is_empty()).then(|| PackAnswer {
                        symbol: q.symbol.clone(),
                        question: q.text.clone(),
                        choices: found.answer.choices.iter().filter_map(|id| q.option(id).cloned()).collect(),
                        words: found.answer.words.clone(),
                        language: found.language,
                        private: q.shareable() && found.answer.sharing == Sharing::Private,
                        media,
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
    let additions = tenant
        .consultations()
        .additions(c.id)
        .await?
        .into_iter()
        .map(|a| PackAddition {
            added_on: day_and_time(a.added_at).0,
            words: a.words,
            language: a.language,
            private: invitation.audience == Audience::Child && a.sharing == Sharing::Private,
        })
        .collect();
    Ok(PackVoice {
        audience: invitation.audience,
        first_name: invitation.first_name.clone(),
        sent_on: c.submitted_at.map(|at| day_and_time(at).0),
        sections,
        additions,
    })
}

#[cfg(test)]
mod service_tests {
    use super::*;
    use crate::server::testing;

    async fn read_by(state: &AppState, message: i64) -> Option<i64> {
        sqlx::query_scalar("SELECT read_by FROM child_messages WHERE id = $1").bind(message).fetch_one(&state.db).await.expect("read_by")
    }

    /// Only the child's IRO, or an IRO an admin asked to cover, opens the pack; to any other IRO
    /// it does not exist. Opening it tells the child "your IRO has read this" only when it was
    /// their own IRO, and every opening is audited.
    #[tokio::test]
    async fn only_their_iro_or_cover_opens_the_pack_and_only_their_iro_marks_it_read() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 14).await;
        let tenant = crate::server::tenant::Tenant::of_viewer(&state, &seeded.iro);
        let message = tenant
            .messages()
            .send_message(seeded.review_id, seeded.invitation_id, MessageKind::Worried.as_str(), "I want to see my brother", Lang::En)
            .await
            .expect("message");

        assert!(matches!(open_review(&state, &seeded.other_iro, seeded.review_id).await, Err(AppError::NotFound)));

        let until = crate::domain::calendar::uk_time(state.clock.now()).date() + time::Duration::days(7);
        tenant
            .cover()
            .grant(seeded.child_id, seeded.other_iro.staff_id, until, seeded.iro.staff_id)
            .await
            .expect("grant")
            .expect("granted");
        let opened = open_review(&state, &seeded.other_iro, seeded.review_id).await.expect("cover opens it");
        assert!(opened.covering);
        let pack = gather(&state, &seeded.other_iro, "", opened, Some("pack.viewed")).await.expect("pack");
        assert_eq!(pack.messages.len(), 1);
        assert_eq!(read_by(&state, message).await, None, "a covering IRO's reading is not the child's IRO's");

        let opened = open_review(&state, &seeded.iro, seeded.review_id).await.expect("own IRO opens it");
        assert!(!opened.covering);
        gather(&state, &seeded.iro, "", opened, Some("pack.viewed")).await.expect("pack");
        assert_eq!(read_by(&state, message).await, Some(seeded.iro.staff_id.get()));

        let audited: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'pack.viewed'").fetch_one(&state.db).await.expect("audit");
        assert_eq!(audited, 2);
    }
}
