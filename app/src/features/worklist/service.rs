//! Builds work lists from the schedule, the invitations, open alerts and advocacy requests of
//! one authority. Filtering, sorting and paging follow `domain::worklist`; only one page of rows
//! ever leaves the server.

use crate::domain::reviews::{Audience, Delivery, InvitationStatus};
use crate::domain::worklist::{page_bounds, sort_rows, Filter, InviteCounts, Needle, Sort, WorkFacts};
use crate::features::invitations::InvitationRow;
use crate::features::reviews::service::{schedule_lines, REVIEW_STAFF};
use crate::features::worklist::{ChildLine, Worklist, WorklistAsk};
use crate::model::{ChildId, Role, StaffId, Viewer};
use crate::server::tenant::Tenant;
use crate::server::{AppError, AppState};
use std::collections::{HashMap, HashSet};

/// The longest search kept: longer than any name (200) or reference (40) would not help.
const MAX_SEARCH: usize = 200;

/// A child's line with the facts the filters read.
pub struct Listed {
    pub line: ChildLine,
    pub facts: WorkFacts,
}

/// How a booked review's invitations stand, for the filters. Only invitations asking for views
/// (the child, parents, carers) await a reply; "other" people are invited to the meeting only.
fn invite_counts(invitations: &[InvitationRow]) -> InviteCounts {
    let mut counts = InviteCounts::default();
    for i in invitations.iter().filter(|i| !i.revoked) {
        counts.live += 1;
        match i.delivery {
            Delivery::Email if !i.issued => counts.email_unsent += 1,
            // A letter waits to be posted until someone says it went (made or not).
            Delivery::Post if i.status == InvitationStatus::NotSent || i.needs_reprint => counts.letters_to_post += 1,
            _ => {}
        }
        let asked_for_views = i.audience != Audience::Other;
        let waiting = matches!(i.status, InvitationStatus::Sent | InvitationStatus::Opened | InvitationStatus::InProgress);
        if asked_for_views && waiting {
            counts.awaiting += 1;
        }
    }
    counts
}

/// Every child in scope (one IRO's, one child, or the whole authority) with their line and facts.
pub async fn listed(tenant: &Tenant, iro: Option<StaffId>, child: Option<ChildId>) -> Result<Vec<Listed>, AppError> {
    let mut invitations: HashMap<crate::model::ReviewId, Vec<InvitationRow>> = HashMap::new();
    for (review, invitation) in tenant.invitations().for_booked_reviews(child).await? {
        invitations.entry(review).or_default().push(invitation);
    }
    let alerts: HashSet<ChildId> = tenant.alerts().children_with_open_alerts().await?.into_iter().collect();
    let advocacy: HashSet<ChildId> = tenant.advocacy().children_asking().await?.into_iter().collect();
    let iro_names: HashMap<i64, String> = tenant.staff().iro_names().await?.into_iter().collect();
    let contacts = tenant.contacts().counts().await?;
    Ok(schedule_lines(tenant, iro, child)
        .await?
        .into_iter()
        .map(|s| {
            let invitations = s.review.as_ref().and_then(|r| invitations.remove(&r.id)).unwrap_or_default();
            let facts = WorkFacts {
                preferred_name: s.child_name.clone(),
                full_name: s.full_name,
                case_reference: s.case_reference,
                date_of_birth: s.date_of_birth,
                iro_staff_id: s.iro_staff_id,
                due: s.due.date,
                state: s.state,
                meeting: s.review.as_ref().map(|r| (r.meeting_on, r.report_deadline)),
                invites: invite_counts(&invitations),
                open_alert: alerts.contains(&s.child_id),
                advocacy_asked: advocacy.contains(&s.child_id),
            };
            let line = ChildLine {
                child_id: s.child_id,
                child_name: s.child_name,
                child_tag: s.child_tag,
                iro_name: s.iro_staff_id.and_then(|id| iro_names.get(&id).cloned()),
                due: s.due,
                state: s.state,
                review: s.review,
                invitations,
                open_alert: facts.open_alert,
                advocacy_asked: facts.advocacy_asked,
                contacts: contacts.get(&s.child_id).copied().unwrap_or(0),
            };
            Listed { line, facts }
        })
        .collect())
}

/// One child's line, for their own page.
pub async fn child_line(tenant: &Tenant, child: ChildId) -> Result<ChildLine, AppError> {
    listed(tenant, None, Some(child)).await?.into_iter().next().map(|l| l.line).ok_or(AppError::NotFound)
}

/// The filters this viewer has: an IRO's start with their own children.
pub fn filters_for(viewer: &Viewer) -> &'static [Filter] {
    if viewer.role == Role::Iro {
        Filter::for_iro()
    } else {
        Filter::for_support()
    }
}

/// The children `filter` picks from `all`, in `sort` order.
pub fn pick(all: Vec<Listed>, filter: Filter, sort: Sort, today: time::Date) -> Vec<Listed> {
    let mut picked: Vec<Listed> = all.into_iter().filter(|l| l.facts.picked_by(filter, today)).collect();
    sort_rows(&mut picked, sort, |l| (&l.facts, l.line.child_id.get()));
    picked
}

/// One page of the authority's children, as asked. An IRO sees their own children unless they
/// ask for everyone's. An unknown filter or sort falls back to the first filter and to urgency;
/// a page past the end shows the last.
pub async fn worklist(state: &AppState, viewer: &Viewer, ask: &WorklistAsk) -> Result<Worklist, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let today = tenant.today();
    let filters = filters_for(viewer);
    let filter = Filter::parse(&ask.filter).filter(|f| filters.contains(f)).unwrap_or(filters[0]);
    let sort = Sort::parse(&ask.sort).unwrap_or(Sort::Urgency);
    // A search longer than any name or reference cannot match; cut it rather than echo it back.
    let q: String = ask.q.trim().chars().take(MAX_SEARCH).collect();
    let needle = Needle::parse(&q);
    let found: Vec<Listed> = listed(&tenant, None, None).await?.into_iter().filter(|l| l.facts.matches(&needle)).collect();
    let is_iro = viewer.role == Role::Iro;
    let theirs = |l: &Listed| l.facts.iro_staff_id == Some(viewer.staff_id.get());
    let scope_counts = is_iro.then(|| (found.iter().filter(|l| theirs(l)).count(), found.len()));
    let mine = is_iro && ask.scope.trim() != "all";
    let in_scope: Vec<Listed> = found.into_iter().filter(|l| !mine || theirs(l)).collect();
    let counts = filters.iter().map(|f| (*f, in_scope.iter().filter(|l| l.facts.picked_by(*f, today)).count())).collect();
    let picked = pick(in_scope, filter, sort, today);
    let total = picked.len();
    let (page, pages, range) = page_bounds(total, ask.page.trim().parse().unwrap_or(1));
    let first = if range.is_empty() { 0 } else { range.start + 1 };
    let rows = picked.into_iter().skip(range.start).take(range.len()).map(|l| l.line).collect();
    let usual_arrangements = match filter {
        Filter::ToBook | Filter::NotBooked => Some(tenant.settings().get().await?.default_arrangements),
        _ => None,
    };
    Ok(Worklist { mine, scope_counts, q, filter, sort, counts, rows, total, page, pages, first, usual_arrangements })
}
