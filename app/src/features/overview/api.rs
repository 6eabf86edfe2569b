//! Server functions for the homes, a child's page and a review's page: thin, each calls the service.

use super::*;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "iro_home")]
pub async fn iro_home() -> Result<IroWork, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::overview::service::iro_home(&state, &viewer).await?)
}

#[server(endpoint = "support_work")]
pub async fn support_work() -> Result<SupportHome, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::overview::service::support_home(&state, &viewer).await?)
}

#[server(endpoint = "child_page")]
pub async fn child_page(id: crate::model::ChildId) -> Result<ChildOverview, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::overview::service::child_overview(&state, &viewer, id).await?)
}

#[server(endpoint = "review_page")]
pub async fn review_page(id: crate::model::ReviewId) -> Result<ReviewPageData, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::overview::service::review_page(&state, &viewer, id).await?)
}

#[server(endpoint = "load_iro_attention")]
pub async fn load_iro_attention() -> Result<IroAttention, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::overview::service::iro_attention(&state, &viewer).await?)
}
