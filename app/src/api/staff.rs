//! Administration of staff accounts, within the admin's own authority.

use crate::api::StaffMember;
use leptos::prelude::*;

#[server(endpoint = "staff_list")]
pub async fn staff_list() -> Result<Vec<StaffMember>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::staff::list().await.or_sfn()
}

#[server(endpoint = "add_staff")]
pub async fn add_staff(
    display_name: Option<String>,
    email: Option<String>,
    role: Option<String>,
    password: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::server::forms;
    let name = display_name.unwrap_or_default();
    let email = email.unwrap_or_default();
    let role = role.unwrap_or_default();
    let result = crate::server::staff::add(&name, &email, &role, &password.unwrap_or_default()).await;
    let values = vec![("display_name".into(), name), ("email".into(), email), ("role".into(), role)];
    forms::finish("add_staff", "/staff/admin/staff", values, result).await
}

#[server(endpoint = "set_staff_active")]
pub async fn set_staff_active(staff_id: Option<i64>, active: Option<String>) -> Result<(), ServerFnError> {
    use crate::server::forms;
    let active = active.as_deref() == Some("true");
    let result = crate::server::staff::set_active(crate::model::StaffId::new(staff_id.unwrap_or_default()), active).await;
    forms::finish("set_staff_active", "/staff/admin/staff", Vec::new(), result).await
}
