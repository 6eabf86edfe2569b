//! The active offer of an advocate: a child or parent says yes or no, and a yes becomes a
//! referral with a reference the advocacy service and the IRO both see.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::Band;
use crate::domain::reviews::Audience;
use serde::{Deserialize, Serialize};

/// The active offer of advocacy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyPage {
    pub band: Band,
    pub audience: Audience,
    pub provider: String,
    pub provider_phone: String,
    pub choice: Option<String>,
    pub reference: Option<String>,
    pub back: String,
    /// Where "next" goes once they have answered: the check, the receipt, or (opened half way
    /// through) back to their screen.
    pub next: String,
}
