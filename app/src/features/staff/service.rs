//! Staff administration: an admin adds, disables and re-enables staff of their own authority only.

use crate::features::staff::StaffMember;
use crate::domain::staff::{EmailAddress, NewPassword, PersonName};
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Role;
use crate::model::StaffId;
use crate::server::audit;
use crate::server::auth::{hash_password, require_role};
use crate::server::forms::{Done, Failed};
use crate::server::state::app_state;
use crate::server::AppError;

pub async fn list() -> Result<Vec<StaffMember>, AppError> {
    let viewer = require_role(&[Role::Admin])?;
    let state = app_state()?;
    crate::features::staff::store::list(&state.db, viewer.authority_id).await
}

pub async fn add(name: &str, email: &str, role: &str, password: &str) -> Result<Done, Failed> {
    let viewer = require_role(&[Role::Admin])?;
    let state = app_state()?;

    // Check every field so the person sees all problems at once.
    let mut errors = Vec::new();
    let name =
        PersonName::parse(name).map_err(|k| errors.push(crate::model::FieldError { field: "display_name".into(), msg: Msg::new(k) })).ok();
    let email =
        EmailAddress::parse(email).map_err(|k| errors.push(crate::model::FieldError { field: "email".into(), msg: Msg::new(k) })).ok();
    let role = Role::parse(role);
    if role.is_none() {
        errors.push(crate::model::FieldError { field: "role".into(), msg: Msg::new(T::ErrRoleInvalid) });
    }
    let password =
        NewPassword::parse(password).map_err(|k| errors.push(crate::model::FieldError { field: "password".into(), msg: Msg::new(k) })).ok();
    if let Some(email) = &email {
        if crate::features::staff::store::email_taken(&state.db, email).await? {
            errors.push(crate::model::FieldError { field: "email".into(), msg: Msg::new(T::ErrEmailTaken) });
        }
    }
    let (Some(name), Some(email), Some(role), Some(password), true) = (name, email, role, password, errors.is_empty()) else {
        return Err(Failed::Invalid(errors));
    };

    let hash = hash_password(password.expose().to_string()).await?;
    let id = crate::features::staff::store::insert(&state.db, viewer.authority_id, &name, &email, role, &hash).await?;
    audit::by_staff(&state, &viewer, "staff.added", "staff", Some(id), role.as_str()).await?;
    Ok(Done::to("/staff/admin/staff").with_notice(Msg::new(T::StaffAdded).with("name", name.as_str())))
}

pub async fn set_active(staff_id: StaffId, active: bool) -> Result<Done, Failed> {
    let viewer = require_role(&[Role::Admin])?;
    if staff_id == viewer.staff_id && !active {
        return Err(Failed::field("", T::ErrCannotDisableSelf));
    }
    let state = app_state()?;
    let name = crate::features::staff::store::set_active(&state.db, viewer.authority_id, staff_id, active).await?.ok_or(AppError::NotFound)?;
    audit::by_staff(&state, &viewer, if active { "staff.enabled" } else { "staff.disabled" }, "staff", Some(staff_id.get()), "").await?;
    let notice = if active { T::StaffEnabledDone } else { T::StaffDisabledDone };
    Ok(Done::to("/staff/admin/staff").with_notice(Msg::new(notice).with("name", name)))
}
