//! The languages an authority offers its children, parents and carers: Welsh and English always,
//! and any of the others an admin chooses, seeing how far each translation has been checked.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use serde::{Deserialize, Serialize};

/// The choices of a staff form's language field: the languages offered (Welsh and English
/// first), each named for staff and in itself, and `current` too if it is no longer offered.
pub fn select_options(offered: &[crate::model::Lang], current: &str, staff: crate::model::Lang) -> Vec<(String, String)> {
    let mut langs = offered.to_vec();
    if let Some(kept) = crate::model::Lang::parse(current).filter(|lang| !langs.contains(lang)) {
        langs.push(kept);
    }
    langs.into_iter().map(|lang| (lang.code().to_string(), lang.staff_label(staff))).collect()
}

/// One language as the admin's page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageLine {
    pub lang: crate::model::Lang,
    /// Offered by this authority (Welsh and English always are).
    pub offered: bool,
}
