//! Pages, by audience: public pages, and staff pages (sign-in, homes per role, administration).

pub mod admin;
pub mod children;
pub mod consult;
pub mod entry;
pub mod outcome;
pub mod pack;
pub mod public;
pub mod reports;
pub mod reviews;
pub mod staff;
