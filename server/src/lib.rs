//! Heard's server: configuration, start-up, storage, sessions, security middleware and the CLI.

pub mod backup;
pub mod cli;
pub mod configuration;
pub mod database;
pub mod demo;
pub mod demo_history;
pub mod jobs;
pub mod middleware;
pub mod page_cache;
pub mod session_store;
pub mod startup;
pub mod telemetry;
