//! Server functions for the homes, a child's page and a review's page: thin, each calls the service.

use super::*;
use leptos::prelude::*;

#[server(endpoint = "iro_home")]
pub async fn iro_home() -> Result<Vec<ChildLine>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::overview::service::iro_home().await.or_sfn()
}

#[server(endpoint = "support_work")]
pub async fn support_work() -> Result<SupportHome, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::overview::service::support_home().await.or_sfn()
}

#[server(endpoint = "child_page")]
pub async fn child_page(id: i64) -> Result<ChildOverview, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::overview::service::child_overview(id).await.or_sfn()
}

#[server(endpoint = "review_page")]
pub async fn review_page(id: i64) -> Result<ReviewPageData, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::overview::service::review_page(id).await.or_sfn()
}

#[server(endpoint = "load_iro_attention")]
pub async fn load_iro_attention() -> Result<IroAttention, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::overview::service::iro_attention().await.or_sfn()
}
