//! Server functions (thin: authorise, call a service, map the error) and the types they exchange.
//!
//! Every mutation is a plain HTML form posting here, so it works before (or without) WebAssembly.

pub mod account;
pub mod audit;
pub mod children;
pub mod consult;
pub mod cover;
pub mod entry;
pub mod outbox;
pub mod outcome;
pub mod pack;
pub mod pages;
pub mod reports;
pub mod reviews;
pub mod session;
pub mod settings;
pub mod staff;

use crate::i18n::Lang;
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

/// A child as listed for staff of their authority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildRow {
    pub id: i64,
    pub preferred_name: String,
    pub full_name: String,
    pub age: i32,
    pub language: Lang,
    pub band: crate::domain::children::AgeBand,
    pub iro_name: Option<String>,
}

/// What the add or edit form for a child needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildFormData {
    pub input: crate::domain::children::ChildInput,
    /// Active IROs of the authority: (staff id, name).
    pub iros: Vec<(i64, String)>,
}
