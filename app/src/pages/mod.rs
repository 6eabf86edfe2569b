//! Pages, by audience: public pages, and staff pages (sign-in, homes per role, administration).

pub mod children;
pub mod public;
pub mod staff;
