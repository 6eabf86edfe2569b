//! Server functions for the service manager's reports: thin, each calls `server::reports`.

use crate::domain::reports::{Grain, Table};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Every table for the manager's authority over the last year, by month or by quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportsPage {
    pub grain: Grain,
    pub tables: Vec<Table>,
    /// Counts below this are suppressed in downloads.
    pub suppress_below: u32,
}

#[server(endpoint = "reports")]
pub async fn load_reports(grain: String) -> Result<ReportsPage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::reports::page(Grain::parse(&grain)).await.or_sfn()
}
