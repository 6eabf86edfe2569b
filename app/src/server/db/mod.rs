//! Storage, one module per area. Plain SQL with `$n` placeholders that SQLite and PostgreSQL both read.

pub mod authorities;
pub mod children;
pub mod consultations;
pub mod invitations;
pub mod reviews;
pub mod settings;
pub mod staff;
pub mod throttle;
