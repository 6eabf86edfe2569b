//! Pure rules shared by server and browser: no I/O here, everything unit-tested.

pub mod calendar;
pub mod children;
pub mod contacts;
pub mod forms;
pub mod import;
pub mod import_staff;
pub mod media;
pub mod reports;
pub mod reviews;
pub mod schedule;
pub mod staff;
pub mod text;
pub mod two_step;
pub mod worklist;
