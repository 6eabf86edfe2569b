//! Server functions for two-step sign-in: the code step, setting up, recovery codes, one's own
//! account, and an admin's reset and rule.

use super::{SetUp, Status};
use crate::model::Failure;
use leptos::prelude::*;

/// Under `/api/sign_in/`, so the browser's device cookie (kept for sign-in only) comes too.
#[server(endpoint = "sign_in/code")]
pub async fn sign_in_code(code: Option<String>) -> Result<(), Failure> {
    let result = super::service::sign_in_code(&code.unwrap_or_default()).await;
    crate::server::forms::finish("sign_in_code", super::CODE_PAGE, Vec::new(), result).await
}

#[server(endpoint = "two_step_set_up")]
pub async fn two_step_set_up() -> Result<SetUp, Failure> {
    Ok(super::service::set_up_page().await?)
}

/// `at_sign_in` says which set-up page the form was on, to go back to it with any error.
#[server(endpoint = "sign_in/confirm_two_step")]
pub async fn confirm_two_step(code: Option<String>, at_sign_in: Option<String>) -> Result<(), Failure> {
    let back = if at_sign_in.as_deref() == Some("true") { super::SET_UP_AT_SIGN_IN } else { super::SET_UP_PAGE };
    let result = super::service::confirm(&code.unwrap_or_default()).await;
    crate::server::forms::finish("confirm_two_step", back, Vec::new(), result).await
}

#[server(endpoint = "recovery_codes")]
pub async fn recovery_codes() -> Result<Vec<String>, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::recovery_codes(&state, &viewer).await?)
}

#[server(endpoint = "two_step_status")]
pub async fn two_step_status() -> Result<Status, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::status(&state, &viewer).await?)
}

/// `action`: `new_codes` or `turn_off` (the button pressed).
#[server(endpoint = "manage_two_step")]
pub async fn manage_two_step(action: Option<String>, code: Option<String>) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => super::service::manage(&state, &viewer, &action.unwrap_or_default(), &code.unwrap_or_default()).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("manage_two_step", "/staff/account", Vec::new(), result).await
}

#[server(endpoint = "reset_two_step")]
pub async fn reset_two_step(staff_id: Option<i64>) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => super::service::reset(&state, &viewer, crate::model::StaffId::new(staff_id.unwrap_or_default())).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("reset_two_step", "/staff/admin/staff", Vec::new(), result).await
}

#[server(endpoint = "two_step_rule")]
pub async fn two_step_rule() -> Result<bool, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(super::service::for_everyone(&state, &viewer).await?)
}

/// `everyone` is "1" when the box is ticked (an unticked box sends nothing).
#[server(endpoint = "set_two_step_rule")]
pub async fn set_two_step_rule(everyone: Option<String>) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => super::service::set_for_everyone(&state, &viewer, everyone.as_deref() == Some("1")).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("set_two_step_rule", "/staff/admin/staff", Vec::new(), result).await
}
