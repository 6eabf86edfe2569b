//! Children, as staff see them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::i18n::Lang;
use crate::model::ChildId;
use serde::{Deserialize, Serialize};

/// A child as listed for staff of their authority.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildRow {
    pub id: ChildId,
    pub preferred_name: String,
    pub full_name: String,
    pub case_reference: Option<String>,
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
