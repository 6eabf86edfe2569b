//! The picture secret (or phrase) a child, parent or carer makes on first coming in, and gives
//! again on each visit: it keeps their answers theirs on a shared phone. Five wrong tries lock it
//! until their IRO resets it. Also who is ready to go on: signed in with a link or code, and unlocked.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::Band;
use crate::domain::reviews::Audience;
use serde::{Deserialize, Serialize};

/// Where a signed-in child stands, for the screens before the form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildStatus {
    pub audience: Audience,
    pub first_name: String,
    pub has_secret: bool,
    pub picture_secret: bool,
    pub unlocked: bool,
    pub locked: bool,
    pub band: Band,
}
