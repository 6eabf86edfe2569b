//! Staff accounts: signing in and out, changing one's password, and an admin adding, disabling
//! and re-enabling staff of their own authority only.

use super::store;
use crate::domain::staff::{EmailAddress, NewPassword, PersonName};
use crate::features::staff::StaffMember;
use crate::i18n::T;
use crate::model::Msg;
use crate::model::Role;
use crate::model::StaffId;
use crate::model::Viewer;
use crate::server::audit;
use crate::server::auth::{client_address, current_viewer, Throttle};
use crate::server::forms::{Done, Failed};
use crate::server::AppError;
use crate::server::AppState;

pub async fn list(state: &AppState, viewer: &Viewer) -> Result<Vec<StaffMember>, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let with_two_step = crate::features::two_step::service::members_with_it(&tenant).await?;
    let mut staff = tenant.staff().list().await?;
    for member in &mut staff {
        member.two_step = with_two_step.contains(&member.id);
    }
    Ok(staff)
}

pub async fn add(state: &AppState, viewer: &Viewer, name: &str, email: &str, role: &str, password: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);

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
        if crate::features::staff::store::email_taken(&state.unscoped(), email).await? {
            errors.push(crate::model::FieldError { field: "email".into(), msg: Msg::new(T::ErrEmailTaken) });
        }
    }
    let (Some(name), Some(email), Some(role), Some(password), true) = (name, email, role, password, errors.is_empty()) else {
        return Err(Failed::Invalid(errors));
    };

    let hash = crate::server::auth::hash_password(password.expose().to_string()).await?;
    let id = tenant.staff().insert(&name, &email, role, &hash).await?;
    audit::by_staff(state, viewer, "staff.added", "staff", Some(id), role.as_str()).await?;
    Ok(Done::to("/staff/admin/staff").with_notice(Msg::new(T::StaffAdded).with("name", name.as_str())))
}

pub async fn set_active(state: &AppState, viewer: &Viewer, staff_id: StaffId, active: bool) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    if staff_id == viewer.staff_id && !active {
        return Err(Failed::field("", T::ErrCannotDisableSelf));
    }
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let name = tenant.staff().set_active(staff_id, active).await?.ok_or(AppError::NotFound)?;
    audit::by_staff(state, viewer, if active { "staff.enabled" } else { "staff.disabled" }, "staff", Some(staff_id.get()), "").await?;
    let notice = if active { T::StaffEnabledDone } else { T::StaffDisabledDone };
    Ok(Done::to("/staff/admin/staff").with_notice(Msg::new(notice).with("name", name)))
}

/// Signs a member of staff in. The answer for an unknown email and for a wrong password is the
/// same, and takes the same time (a dummy hash is checked when the email is unknown).
pub async fn sign_in(email: &str, password: &str) -> Result<crate::server::forms::Done, crate::server::forms::Failed> {
    use crate::domain::staff::EmailAddress;
    use crate::i18n::T;
    use crate::server::forms::Failed;
    use crate::server::state::app_state;

    if email.trim().is_empty() || password.is_empty() {
        return Err(Failed::field("", T::SignInMissing));
    }
    let state = app_state()?;
    let address = client_address(&state);
    let device = crate::server::auth::known_device(&state, email.trim());
    let throttle = Throttle::new(email.trim(), &address, device.as_deref());
    if let Some(minutes) = throttle.wait_minutes(&state).await? {
        tracing::info!("sign-in refused: throttled");
        return Err(crate::server::auth::locked(minutes));
    }
    let credentials = match EmailAddress::parse(email) {
        Ok(parsed) => store::credentials(&state.unscoped(), &parsed).await?,
        Err(_) => None,
    };
    let (found, stored_hash) = match credentials {
        Some(c) => (Some((c.id, c.authority_id, c.role)), Some(c.password_hash)),
        None => (None, None),
    };
    let ok = crate::server::auth::verify_password(password.to_string(), stored_hash).await?;
    let Some((staff_id, authority_id, role)) = found.filter(|_| ok) else {
        throttle.record_failure(&state).await?;
        tracing::info!("sign-in failed");
        return Err(Failed::field("", T::SignInFailed));
    };
    // The password was right: in now, or on to the second step first.
    let account = crate::features::two_step::service::Account { staff_id, authority_id, role, email: email.trim().to_lowercase() };
    crate::features::two_step::service::after_password(&state, account, throttle).await
}

/// Ends the session on the server (the cookie alone is worthless afterwards).
pub async fn sign_out() -> Result<crate::server::forms::Done, crate::server::forms::Failed> {
    use crate::i18n::T;
    use crate::model::Msg;
    use crate::server::forms::{session, Done};
    let session = session().await?;
    session.flush().await.map_err(AppError::from)?;
    Ok(Done::to("/sign-in").with_notice(Msg::new(T::SignedOut)))
}

pub async fn change_password(current: &str, new: &str) -> Result<crate::server::forms::Done, crate::server::forms::Failed> {
    use crate::domain::staff::NewPassword;
    use crate::i18n::T;
    use crate::model::Msg;
    use crate::server::audit;
    use crate::server::forms::{Done, Failed};
    use crate::server::state::app_state;

    let viewer = current_viewer().ok_or(AppError::Unauthenticated)?;
    let state = app_state()?;
    let new = NewPassword::parse(new).map_err(|key| Failed::field("new_password", key))?;
    let tenant = crate::server::tenant::Tenant::of_viewer(&state, &viewer);
    // A member who signs in through the council has no password (an empty hash) to check.
    let stored = tenant.staff().password_hash(viewer.staff_id).await?.filter(|hash| !hash.is_empty());
    if !crate::server::auth::verify_password(current.to_string(), stored).await? {
        return Err(Failed::field("current_password", T::ErrCurrentPasswordWrong));
    }
    let hash = crate::server::auth::hash_password(new.expose().to_string()).await?;
    tenant.staff().set_password_hash(viewer.staff_id, &hash).await?;
    audit::by_staff(&state, &viewer, "staff.password_changed", "staff", Some(viewer.staff_id.get()), "").await?;
    Ok(Done::to("/staff/account").with_notice(Msg::new(T::PasswordChanged)))
}
