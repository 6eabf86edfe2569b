//! One folder per thing a person does or gets. Each holds its wire types (`mod.rs`), its server
//! functions (`api.rs`), its rules with I/O (`service.rs`, server only), its SQL (`store.rs`,
//! server only) and its pages (`view.rs`). Arrows run one way: view → api → service → store →
//! model/domain; a feature may call another's service, never in a circle (the shape test checks).

pub mod admin;
pub mod advocacy;
pub mod children;
pub mod contacts;
pub mod council_api;
pub mod council_sign_in;
pub mod entry;
pub mod export;
pub mod form;
pub mod import;
pub mod invitations;
pub mod languages;
pub mod media;
pub mod messages;
pub mod outbox;
pub mod outcome;
pub mod overview;
pub mod pack;
pub mod public;
pub mod reports;
pub mod reviews;
pub mod safety;
pub mod secret;
pub mod staff;
pub mod two_step;
pub mod worklist;
