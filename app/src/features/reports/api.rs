//! Server functions for the service manager's reports: thin, each calls `service`.

use super::*;
#[cfg(feature = "ssr")]
use crate::domain::reports::Grain;
use leptos::prelude::*;

#[server(endpoint = "reports")]
pub async fn load_reports(grain: String) -> Result<ReportsPage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::features::reports::service::page(Grain::parse(&grain)).await.or_sfn()
}
