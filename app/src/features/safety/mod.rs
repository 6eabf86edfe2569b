//! "I don't feel safe": a child says so at any time; the IRO and the duty team are told at once
//! (one alert, not one per press), and the IRO marks that they are dealing with it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use serde::{Deserialize, Serialize};

/// After "I don't feel safe": who to call, and who has been told.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SafePage {
    pub signed_in: bool,
    pub duty_name: String,
    pub duty_phone: String,
}
