//! The homes, a child's page and a review's page, gathered from the features that own each part.
//! Everything is scoped to the viewer's authority; IROs see their own children.

use crate::domain::children::{age_band, age_on, parse_form_date};
use crate::domain::forms::MessageKind;
use crate::domain::reviews::Audience;
use crate::domain::reviews::ReviewStatus;
use crate::domain::worklist::{sort_rows, Filter, Sort};
use crate::features::overview::{AdvocacyLine, AlertLine, IroAttention, IroMessageLine};
use crate::features::overview::{ChildOverview, HomeList, IroWork, ReviewPageData, SupportHome};
use crate::features::reviews::service::{meeting_fingerprint, REVIEW_STAFF};
use crate::features::worklist::service::{child_line, listed, pick, Listed};
use crate::model::ChildId;
use crate::model::ReviewId;
use crate::model::Role;
use crate::model::Viewer;
use crate::server::tenant::Tenant;
use crate::server::today;
use crate::server::{AppError, AppState};
use time::Date;

/// How many children each short list on a home shows; the rest are a link away, on the work list.
pub const HOME_ROWS: usize = 10;

/// The IRO's worklist: their booked meetings in the next four weeks (each with who has replied),
/// then drift: their children overdue, due within a month with nothing booked, or with a meeting
/// passed and not closed. Each is the work list's filter of the same name.
pub async fn iro_home(state: &AppState, viewer: &Viewer) -> Result<IroWork, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Iro])?;
    let tenant = Tenant::of_viewer(state, viewer);
    let today = tenant.today();
    let mine = listed(&tenant, Some(viewer.staff_id), None).await?;
    let total = mine.len();
    let (meetings, rest): (Vec<Listed>, Vec<Listed>) = mine.into_iter().partition(|l| l.facts.picked_by(Filter::Meetings, today));
    let meetings = pick(meetings, Filter::All, Sort::Date, today);
    let drift = pick(rest, Filter::Drift, Sort::Urgency, today);
    Ok(IroWork {
        meetings_total: meetings.len(),
        meetings: meetings.into_iter().take(HOME_ROWS * 3).map(|l| l.line).collect(),
        drift_total: drift.len(),
        drift: drift.into_iter().take(HOME_ROWS * 3).map(|l| l.line).collect(),
        total,
    })
}

/// Business support's jobs, each the first few children with a count and a link to the rest:
/// reviews to book this month, invitations to send, letters to post, replies to chase.
pub async fn support_home(state: &AppState, viewer: &Viewer) -> Result<SupportHome, AppError> {
    crate::server::auth::allowed(viewer, &[Role::BusinessSupport])?;
    let tenant = Tenant::of_viewer(state, viewer);
    let today = tenant.today();
    let all = listed(&tenant, None, None).await?;
    let job = |filter: Filter| {
        let mut picked: Vec<&Listed> = all.iter().filter(|l| l.facts.picked_by(filter, today)).collect();
        sort_rows(&mut picked, Sort::Urgency, |l| (&l.facts, l.line.child_id.get()));
        HomeList { filter, total: picked.len(), lines: picked.into_iter().take(HOME_ROWS).map(|l| l.line.clone()).collect() }
    };
    Ok(SupportHome { jobs: [Filter::ToBook, Filter::ToInvite, Filter::ToPost, Filter::ToChase].map(job).to_vec() })
}

pub async fn child_overview(state: &AppState, viewer: &Viewer, id: ChildId) -> Result<ChildOverview, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let today = tenant.today();
    let line = child_line(&tenant, id).await?;
    let input = tenant.children().get(id).await?.ok_or(AppError::NotFound)?;
    let row = tenant.children().schedule_rows(None, Some(id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
    let born = parse_form_date(&input.date_of_birth).ok_or_else(|| AppError::Internal(format!("child {id}: date of birth")))?;
    let iro_name = match row.iro_staff_id {
        Some(iro) => tenant.staff().iros().await?.into_iter().find(|(s, _)| *s == iro).map(|(_, name)| name),
        None => None,
    };
    let mut moves: Vec<Date> = tenant.reviews().moves(Some(id)).await?.into_iter().map(|(_, d)| d).collect();
    moves.sort_by(|a, b| b.cmp(a));
    Ok(ChildOverview {
        id,
        preferred_name: row.preferred_name.clone(),
        full_name: input.full_name,
        age: age_on(born, today),
        band: age_band(born, row.legal_basis, today),
        language: row.language,
        legal_basis: row.legal_basis,
        looked_after_since: row.looked_after_since,
        iro_name,
        communication_needs: input.communication_needs,
        placement_type: input.placement_type,
        line,
        history: tenant.reviews().history(id).await?,
        moves,
        contacts: crate::features::contacts::service::for_child(&tenant, id).await?,
    })
}

pub async fn review_page(state: &AppState, viewer: &Viewer, id: ReviewId) -> Result<ReviewPageData, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let review = tenant.reviews().get(id).await?.ok_or(AppError::NotFound)?;
    let child = tenant.children().schedule_rows(None, Some(review.child_id)).await?;
    let allocated = child.first().and_then(|c| c.iro_staff_id);
    let opens_pack = crate::features::pack::service::may_open(state, viewer, review.child_id, allocated).await?;
    let letter = tenant.outcome().get(id).await?;
    Ok(ReviewPageData {
        invitations: tenant.invitations().for_review(id).await?,
        undelivered: crate::features::outbox::service::for_review(&tenant, id).await?,
        post_enabled: tenant.settings().post_enabled().await?,
        child_language: child.first().map(|c| c.language).unwrap_or_default(),
        languages: crate::features::languages::service::offered(&tenant).await?,
        viewer_is_childs_iro: viewer.role == crate::model::Role::Iro && allocated == Some(viewer.staff_id.get()),
        viewer_opens_pack: opens_pack,
        meeting_seen: meeting_fingerprint(&review),
        letter_open: opens_pack && review.status != ReviewStatus::Cancelled && review.meeting_on <= today(),
        letter_sent: letter.is_some_and(|l| l.sent_at.is_some()),
        review,
    })
}

/// What needs this IRO's attention: alerts (oldest first), unread messages, advocacy requests.
pub async fn iro_attention(state: &AppState, viewer: &Viewer) -> Result<IroAttention, AppError> {
    crate::server::auth::allowed(viewer, &[crate::model::Role::Iro])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    Ok(IroAttention {
        alerts: iro_alerts(state, viewer).await?,
        messages: iro_messages(state, viewer).await?,
        advocacy: iro_advocacy(state, viewer).await?,
        undelivered: crate::features::outbox::service::for_iro(&tenant, viewer.staff_id).await?,
    })
}

async fn iro_alerts(state: &AppState, viewer: &crate::model::Viewer) -> Result<Vec<AlertLine>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    Ok(tenant
        .alerts()
        .open_alerts_for_iro(viewer.staff_id)
        .await?
        .into_iter()
        .map(|a| {
            let (raised_on, raised_time) = crate::server::uk_day_and_time(a.raised_at);
            AlertLine { id: a.id, child_id: a.child_id, child_name: a.child_name, raised_on, raised_time }
        })
        .collect())
}

/// Unread messages for the children this IRO reviews.
async fn iro_messages(state: &AppState, viewer: &crate::model::Viewer) -> Result<Vec<IroMessageLine>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    Ok(tenant
        .messages()
        .unread_messages_for_iro(viewer.staff_id)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(IroMessageLine {
                id: m.id,
                child_id: m.child_id,
                child_name: m.preferred_name,
                kind: MessageKind::parse(&m.kind)?,
                sent_on: crate::server::uk_date(m.sent_at),
            })
        })
        .collect())
}

/// Children of this IRO who asked for an advocate.
async fn iro_advocacy(state: &AppState, viewer: &crate::model::Viewer) -> Result<Vec<AdvocacyLine>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    Ok(tenant
        .advocacy()
        .advocacy_requests_for_iro(viewer.staff_id)
        .await?
        .into_iter()
        .map(|r| AdvocacyLine {
            child_id: r.child_id,
            child_name: r.preferred_name,
            reference: r.reference,
            asked_on: crate::server::uk_date(r.created_at),
            audience: Audience::parse(&r.audience).unwrap_or(Audience::Child),
        })
        .collect())
}
