//! Children, as staff see them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use serde::{Deserialize, Serialize};

/// What the add or edit form for a child needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildFormData {
    pub input: crate::domain::children::ChildInput,
    /// Active IROs of the authority: (staff id, name).
    pub iros: Vec<(i64, String)>,
    /// The languages the authority offers, Welsh and English first.
    pub languages: Vec<crate::model::Lang>,
}
