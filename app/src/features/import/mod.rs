//! Children (and, for admins, staff) in from the council's systems: an admin (or business support) uploads a CSV (or JSON) file, sees
//! every problem in every row (or what will change) before anything is written, and imports
//! it all at once or not at all. Importing again updates children by case reference.

pub mod api;
#[cfg(feature = "ssr")]
pub mod read;
#[cfg(feature = "ssr")]
pub mod route;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::model::Msg;
use serde::{Deserialize, Serialize};

/// One problem as the preview lists it: where (line 0 is the file as a whole) and what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProblemLine {
    pub line: usize,
    pub column: String,
    pub msg: Msg,
}

/// A checked file, as its preview shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub id: i64,
    pub file_name: String,
    /// The first problems (all of them, up to the limit); empty when the file is clean.
    pub problems: Vec<ProblemLine>,
    /// Problems past the limit, counted.
    pub more_problems: usize,
    /// Children the file adds, and children it updates (found by case reference).
    pub adding: usize,
    pub updating: usize,
    /// It was imported already.
    pub applied: bool,
    /// A staff file: `adding` and `updating` count staff.
    pub staff: bool,
}
