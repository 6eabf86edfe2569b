//! Pure rules shared by server and browser: no I/O here, everything unit-tested.

pub mod children;
pub mod staff;
pub mod text;
