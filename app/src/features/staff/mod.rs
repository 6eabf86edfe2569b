//! Staff accounts: signing in, one's own account, and admins managing the authority's staff.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::model::Role;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub active: bool,
    /// Two-step sign-in is on for them.
    pub two_step: bool,
}
