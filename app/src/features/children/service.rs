//! Children services: every read is scoped to the viewer's authority and role.

use crate::domain::children::{ChildDetails, ChildInput};
use crate::features::children::ChildFormData;
use crate::i18n::T;
use crate::model::ChildId;
use crate::model::Msg;
use crate::model::Role;
use crate::model::Viewer;
use crate::server::audit;
use crate::server::forms::{Done, Failed};
use crate::server::AppState;
use crate::server::{today, AppError};

/// Who may add, edit and list children: the authority's IROs and business support.
const CHILD_EDITORS: [Role; 2] = [Role::Iro, Role::BusinessSupport];

pub async fn form(state: &AppState, viewer: &Viewer, id: Option<ChildId>) -> Result<ChildFormData, AppError> {
    crate::server::auth::allowed(viewer, &CHILD_EDITORS)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let input = match id {
        Some(id) => tenant.children().get(id).await?.ok_or(AppError::NotFound)?,
        None => ChildInput::default(),
    };
    let iros = tenant.staff().iros().await?;
    let languages = crate::features::languages::service::offered(&tenant).await?;
    Ok(ChildFormData { input, iros, languages })
}

pub async fn save(state: &AppState, viewer: &Viewer, id: Option<ChildId>, input: &ChildInput) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &CHILD_EDITORS)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let details = ChildDetails::parse(input, today()).map_err(Failed::Invalid)?;
    if let Some(iro) = details.iro_staff_id {
        let iros = tenant.staff().iros().await?;
        if !iros.iter().any(|(id, _)| *id == iro) {
            return Err(Failed::field("iro_staff_id", T::ErrIroInvalid));
        }
    }
    let (id, notice) = match id {
        Some(id) => {
            if !tenant.children().update(id, &details).await? {
                return Err(AppError::NotFound.into());
            }
            audit::by_staff(state, viewer, "child.updated", "child", Some(id.get()), "").await?;
            (id, T::ChildSaved)
        }
        None => {
            let id = tenant.children().insert(&details).await?;
            audit::by_staff(state, viewer, "child.added", "child", Some(id.get()), "").await?;
            (id, T::ChildAdded)
        }
    };
    Ok(Done::to(format!("/staff/children/{id}")).with_notice(Msg::new(notice).with("name", details.preferred_name)))
}
