//! A council's review team as a child or parent who is stuck can reach them.

use serde::{Deserialize, Serialize};

/// One council's review team: its names in both languages, and the phone and email it gave
/// (either may be empty).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamContact {
    pub name_en: String,
    pub name_cy: String,
    pub phone: String,
    pub email: String,
}
