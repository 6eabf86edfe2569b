//! Children, as staff see them.

use crate::api::ChildSummary;
use leptos::prelude::*;

/// The children allocated to the signed-in IRO, in their authority.
#[server(endpoint = "my_children")]
pub async fn my_children() -> Result<Vec<ChildSummary>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::children::mine().await.or_sfn()
}
