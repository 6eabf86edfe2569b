//! Server functions for the service manager's reports: thin, each calls `service`.

use super::*;
#[cfg(feature = "ssr")]
use crate::domain::reports::Grain;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "reports")]
pub async fn load_reports(grain: String) -> Result<ReportsPage, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::reports::service::page(&state, &viewer, Grain::parse(&grain)).await?)
}
