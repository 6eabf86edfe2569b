//! Server functions for staff: signing in and out, the language, their password, and admins
//! managing the authority's staff.

use crate::features::staff::StaffMember;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "staff_list")]
pub async fn staff_list() -> Result<Vec<StaffMember>, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::staff::service::list(&state, &viewer).await?)
}

#[server(endpoint = "add_staff")]
pub async fn add_staff(
    display_name: Option<String>,
    email: Option<String>,
    role: Option<String>,
    password: Option<String>,
) -> Result<(), Failure> {
    use crate::server::forms;
    let name = display_name.unwrap_or_default();
    let email = email.unwrap_or_default();
    let role = role.unwrap_or_default();
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => {
            crate::features::staff::service::add(&state, &viewer, &name, &email, &role, &password.unwrap_or_default()).await
        }
        Err(error) => Err(error.into()),
    };
    let values = vec![("display_name".into(), name), ("email".into(), email), ("role".into(), role)];
    forms::finish("add_staff", "/staff/admin/staff", values, result).await
}

#[server(endpoint = "set_staff_active")]
pub async fn set_staff_active(staff_id: Option<i64>, active: Option<String>) -> Result<(), Failure> {
    use crate::server::forms;
    let active = active.as_deref() == Some("true");
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => {
            crate::features::staff::service::set_active(&state, &viewer, crate::model::StaffId::new(staff_id.unwrap_or_default()), active)
                .await
        }
        Err(error) => Err(error.into()),
    };
    forms::finish("set_staff_active", "/staff/admin/staff", Vec::new(), result).await
}

#[server(endpoint = "sign_in")]
pub async fn sign_in(email: Option<String>, password: Option<String>) -> Result<(), Failure> {
    use crate::server::forms;
    let email = email.unwrap_or_default();
    let result = super::service::sign_in(&email, &password.unwrap_or_default()).await;
    forms::finish("sign_in", "/sign-in", vec![("email".into(), email)], result).await
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), Failure> {
    use crate::server::forms;
    let result = super::service::sign_out().await;
    forms::finish("sign_out", "/", Vec::new(), result).await
}

/// Remembers the chosen language in a cookie and returns to the page the switch was on.
#[server(endpoint = "set_language")]
pub async fn set_language(lang: Option<String>, back: Option<String>) -> Result<(), Failure> {
    use crate::server::{forms, security::local_path, state::app_state};
    let state = app_state()?;
    // A language that may not be chosen here leaves the page as it was.
    if let Some(lang) = crate::features::languages::service::allowed_choice(&state, lang.as_deref().unwrap_or_default()).await? {
        crate::server::security::set_lang_cookie(&state, lang);
    }
    forms::see_other(&local_path(back.as_deref(), "/"));
    Ok(())
}

#[server(endpoint = "change_password")]
pub async fn change_password(current_password: Option<String>, new_password: Option<String>) -> Result<(), Failure> {
    use crate::server::forms;
    let result = super::service::change_password(&current_password.unwrap_or_default(), &new_password.unwrap_or_default()).await;
    forms::finish("change_password", "/staff/account", Vec::new(), result).await
}
