//! Cover between IROs: an admin lets another IRO open a child's pre-review packs for a while
//! (the child's own IRO is away). Granting and ending cover are audited.

use crate::features::admin::{CoverLine, CoverPage};
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Role;
use crate::model::StaffId;
use crate::model::Viewer;
use crate::server::forms::{Done, Failed};
use crate::server::AppState;
use crate::server::{audit, today, AppError};

/// Cover lasts a year at the most: long absences mean a new allocated IRO.
const LONGEST_DAYS: i64 = 366;

pub async fn page(state: &AppState, viewer: &Viewer) -> Result<CoverPage, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let children = tenant.children().schedule_rows(None, None).await?;
    Ok(CoverPage {
        children: children.into_iter().map(|c| (c.id.get(), c.preferred_name)).collect(),
        iros: tenant.staff().iros().await?,
        current: tenant
            .cover()
            .current()
            .await?
            .into_iter()
            .map(|c| {
                Ok(CoverLine {
                    id: c.id,
                    child_name: c.preferred_name,
                    iro_name: c.display_name,
                    ends_on: crate::server::db::parse_date(&c.ends_on)?,
                })
            })
            .collect::<Result<_, AppError>>()?,
    })
}

pub async fn grant(state: &AppState, viewer: &Viewer, child_id: &str, staff_id: &str, until: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let ends_on = crate::domain::children::parse_form_date(until)
        .filter(|d| *d >= today() && *d <= today() + time::Duration::days(LONGEST_DAYS))
        .ok_or_else(|| Failed::field("until", T::ErrCoverUntil))?;
    let (Ok(child_id), Ok(staff_id)) = (child_id.trim().parse::<i64>(), staff_id.trim().parse::<i64>()) else {
        return Err(Failed::field("child_id", T::ErrCoverChoose));
    };
    let Some(id) = tenant.cover().grant(crate::model::ChildId::new(child_id), StaffId::new(staff_id), ends_on, viewer.staff_id).await?
    else {
        return Err(Failed::field("child_id", T::ErrCoverChoose));
    };
    let detail = format!("child {child_id}, iro {staff_id}, until {}", crate::server::db::format_date(ends_on));
    audit::by_staff(state, viewer, "cover.granted", "cover", Some(id), &detail).await?;
    Ok(Done::to("/staff/admin/cover").with_notice(Msg::new(T::CoverGranted)))
}

pub async fn end(state: &AppState, viewer: &Viewer, id: i64) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if !tenant.cover().end(id).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "cover.ended", "cover", Some(id), "").await?;
    Ok(Done::to("/staff/admin/cover").with_notice(Msg::new(T::CoverEnded)))
}
