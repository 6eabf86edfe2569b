//! Administration of staff accounts, within the admin's own authority.
//! Signing in and out, and the language choice.
//! A member of staff's own account.

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
}
