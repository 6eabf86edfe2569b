//! The service manager's reports: counts and rates for the last year, as tables, charts and CSV.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;
pub mod words;

use crate::domain::reports::{Grain, Table};
use serde::{Deserialize, Serialize};

/// Every table for the manager's authority over the last year, by month or by quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportsPage {
    pub grain: Grain,
    pub tables: Vec<Table>,
    /// Counts below this are suppressed in downloads.
    pub suppress_below: u32,
}
