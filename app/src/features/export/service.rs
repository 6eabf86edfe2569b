//! Builds a review's export from the authority's records. It reads as the case system would
//! (nothing is marked as read by the IRO); the caller checks who may have it and audits it.

use crate::domain::forms::{library, Sharing};
use crate::domain::reviews::Audience;
use crate::features::export::*;
use crate::model::ReviewId;
use crate::server::db::format_date;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// A moment as RFC 3339 in UTC.
fn instant(at: i64) -> Result<String, AppError> {
    let t = time::OffsetDateTime::from_unix_timestamp(at).map_err(|e| AppError::Internal(format!("time {at}: {e}")))?;
    t.format(&time::format_description::well_known::Rfc3339).map_err(|e| AppError::Internal(format!("time {at}: {e}")))
}

fn both(text: &crate::domain::forms::Text) -> BothLanguages {
    BothLanguages { en: text.en.clone(), cy: text.cy.clone() }
}

/// One review of this authority as its export document; `base_url` makes the schema's address.
pub async fn review_export(tenant: &Tenant, base_url: &str, review_id: ReviewId) -> Result<ReviewExport, AppError> {
    let review = tenant.reviews().get(review_id).await?.ok_or(AppError::NotFound)?;
    let child = tenant.children().get(review.child_id).await?.ok_or(AppError::NotFound)?;
    let mut participants = Vec::new();
    let mut requests = Vec::new();
    let mut answers = Vec::new();
    let mut additions = Vec::new();
    let mut child_participation = ChildParticipation { invited: false, views_sent: false, advocate_requested: false, attended: None };
    // People invited to the meeting only were not asked for views.
    let asked = tenant.invitations().for_review(review_id).await?.into_iter().filter(|i| !i.revoked && i.audience != Audience::Other);
    for invitation in asked {
        let role = invitation.audience.as_str().to_string();
        let request = tenant.pack().advocacy(invitation.id).await?;
        if let Some(request) = &request {
            requests.push(AdvocacyRequest { role: role.clone(), reference: request.reference.clone(), status: request.status.clone() });
        }
        let sent = tenant.consultations().for_invitation(invitation.id).await?.filter(|c| c.submitted_at.is_some());
        let views_sent_on = sent.as_ref().map(|c| format_date(crate::server::uk_day_and_time(c.submitted_at.unwrap_or_default()).0));
        if invitation.audience == Audience::Child {
            child_participation =
                ChildParticipation { invited: true, views_sent: sent.is_some(), advocate_requested: request.is_some(), attended: None };
        }
        participants.push(Participant {
            role: role.clone(),
            delivery: invitation.delivery.as_str().to_string(),
            language: invitation.language.code().to_string(),
            status: invitation.status.as_str().to_string(),
            views_sent_on,
            advocate_requested: request.is_some(),
        });
        let Some(sent) = sent else { continue };
        let form = library::get()
            .form(&sent.form_id, sent.form_version, sent.band)
            .ok_or_else(|| AppError::Internal(format!("form {} v{} missing", sent.form_id, sent.form_version)))?;
        let stored = tenant.consultations().answers(sent.id).await?;
        for section in &form.sections {
            for question in &section.questions {
                let Some(found) = stored.iter().find(|s| s.answer.question_id == question.id && !s.answer.is_empty()) else { continue };
                // As the pack shows it: only a question that can be shared can be kept private.
                let private = question.shareable() && found.answer.sharing == Sharing::Private;
                answers.push(ExportAnswer {
                    role: role.clone(),
                    section_id: section.id.clone(),
                    question_id: question.id.clone(),
                    question_text: both(&question.text),
                    choices: found
                        .answer
                        .choices
                        .iter()
                        .filter_map(|id| question.option(id))
                        .map(|o| ExportChoice { id: o.id.clone(), text: both(&o.text) })
                        .collect(),
                    words: found.answer.words.clone(),
                    language: found.language.code().to_string(),
                    sharing: if private { Sharing::Private } else { Sharing::Share }.as_str().to_string(),
                });
            }
        }
        for addition in tenant.consultations().additions(sent.id).await? {
            let private = invitation.audience == Audience::Child && addition.sharing == Sharing::Private;
            additions.push(ExportAddition {
                role: role.clone(),
                added_at: instant(addition.added_at)?,
                words: addition.words,
                language: addition.language.code().to_string(),
                sharing: if private { Sharing::Private } else { Sharing::Share }.as_str().to_string(),
            });
        }
    }
    let mut alerts = Vec::new();
    for alert in tenant.pack().alerts(review_id).await? {
        alerts.push(ExportAlert { raised_at: instant(alert.raised_at)?, acknowledged_at: alert.acknowledged_at.map(instant).transpose()? });
    }
    Ok(ReviewExport {
        schema: format!("{}{SCHEMA_PATH}", base_url.trim_end_matches('/')),
        version: EXPORT_VERSION.to_string(),
        generated_at: instant(tenant.now())?,
        child: ExportChild { case_reference: Some(child.case_reference).filter(|r| !r.is_empty()), heard_id: review.child_id.get() },
        review: ExportReview {
            id: review.id.get(),
            kind: review.kind.as_str().to_string(),
            status: review.status.as_str().to_string(),
            due_on: format_date(review.due_on),
            meeting_on: format_date(review.meeting_on),
            meeting_at: review.meeting_at,
            arrangement: review.arrangement.as_str().to_string(),
            report_deadline: format_date(review.report_deadline),
        },
        advocacy: ExportAdvocacy { offered: participants.iter().any(|p| p.role != Audience::Carer.as_str()), requests },
        child_participation,
        participants,
        alerts,
        answers,
        additions,
    })
}
