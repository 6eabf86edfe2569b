//! A member of staff's own account.

use leptos::prelude::*;

#[server(endpoint = "change_password")]
pub async fn change_password(current_password: Option<String>, new_password: Option<String>) -> Result<(), ServerFnError> {
    use crate::server::forms;
    let result = crate::server::auth::change_password(&current_password.unwrap_or_default(), &new_password.unwrap_or_default()).await;
    forms::finish("change_password", "/staff/account", Vec::new(), result).await
}
