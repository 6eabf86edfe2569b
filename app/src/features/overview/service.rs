//! The homes, a child's page and a review's page, gathered from the features that own each part.
//! Everything is scoped to the viewer's authority; IROs see their own children.

use crate::domain::children::{age_band, age_on, parse_form_date};
use crate::domain::forms::MessageKind;
use crate::domain::reviews::Audience;
use crate::domain::reviews::{Delivery, InvitationStatus, ReviewStatus};
use crate::domain::schedule::ReviewState;
use crate::features::overview::{AdvocacyLine, AlertLine, IroAttention, IroMessageLine};
use crate::features::overview::{ChildLine, ChildOverview, ReviewPageData, SupportHome};
use crate::features::reviews::service::{meeting_fingerprint, schedule_lines, REVIEW_STAFF};
use crate::model::ChildId;
use crate::model::ReviewId;
use crate::model::Role;
use crate::model::StaffId;
use crate::model::Viewer;
use crate::server::tenant::Tenant;
use crate::server::today;
use crate::server::{AppError, AppState};
use time::Date;

/// Each child's line on a worklist: their place in the schedule, with the invitations to their
/// booked review.
async fn child_lines(tenant: &Tenant, iro: Option<StaffId>, child: Option<ChildId>) -> Result<Vec<ChildLine>, AppError> {
    let invitations = tenant.invitations().for_booked_reviews(child).await?;
    Ok(schedule_lines(tenant, iro, child)
        .await?
        .into_iter()
        .map(|line| {
            let invitations = line
                .review
                .as_ref()
                .map(|r| invitations.iter().filter(|(id, _)| *id == r.id).map(|(_, i)| i.clone()).collect())
                .unwrap_or_default();
            ChildLine {
                child_id: line.child_id,
                child_name: line.child_name,
                child_tag: line.child_tag,
                due: line.due,
                state: line.state,
                review: line.review,
                invitations,
            }
        })
        .collect())
}

fn urgency(state: ReviewState) -> u8 {
    match state {
        ReviewState::Overdue => 0,
        ReviewState::DueSoon => 1,
        ReviewState::Scheduled => 2,
        ReviewState::Held | ReviewState::Cancelled => 3,
    }
}

/// Overdue first, then due soon, then by date.
fn by_urgency(lines: &mut [ChildLine]) {
    lines.sort_by(|a, b| {
        urgency(a.state).cmp(&urgency(b.state)).then(a.key_date().cmp(&b.key_date())).then(a.child_name.cmp(&b.child_name))
    });
}

pub async fn iro_home(state: &AppState, viewer: &Viewer) -> Result<Vec<ChildLine>, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Iro])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let mut lines = child_lines(&tenant, Some(viewer.staff_id), None).await?;
    by_urgency(&mut lines);
    Ok(lines)
}

/// How close the report deadline must be before business support is prompted to chase.
const CHASE_WITHIN_DAYS: i64 = 10;

pub async fn support_home(state: &AppState, viewer: &Viewer) -> Result<SupportHome, AppError> {
    crate::server::auth::allowed(viewer, &[Role::BusinessSupport])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let today = today();
    let mut to_book: Vec<ChildLine> = child_lines(&tenant, None, None).await?.into_iter().filter(|l| l.review.is_none()).collect();
    by_urgency(&mut to_book);
    let mut home = SupportHome { to_book, ..SupportHome::default() };
    for listed in tenant.invitations().lines().await? {
        if listed.revoked {
            continue;
        }
        let (line, reprint) = (listed.line, listed.needs_reprint);
        let waiting = matches!(line.status, InvitationStatus::Sent | InvitationStatus::Opened | InvitationStatus::InProgress);
        match line.delivery {
            Delivery::Post if line.status == InvitationStatus::NotSent || reprint => home.to_print.push(line),
            Delivery::Email if line.status == InvitationStatus::NotSent => home.to_send.push(line),
            _ if waiting && line.report_deadline >= today && (line.report_deadline - today).whole_days() <= CHASE_WITHIN_DAYS => {
                home.to_chase.push(line)
            }
            _ => {}
        }
    }
    home.to_chase.sort_by_key(|l| (l.report_deadline, l.invitation_id));
    Ok(home)
}

pub async fn child_overview(state: &AppState, viewer: &Viewer, id: ChildId) -> Result<ChildOverview, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let today = today();
    let line = child_lines(&tenant, None, Some(id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
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
