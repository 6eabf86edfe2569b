//! The HTTP integration suite, one test binary for every area: each binary links the whole
//! application, so one instead of eleven keeps a clean build's disk use and link time down.
//! (The command-line test stays in its own binary: it sets environment variables.)

mod backup;
mod children;
mod consultations;
mod contacts;
mod council_api;
mod council_sign_in;
mod crash;
mod errors;
mod export;
mod forms;
mod foundation;
mod import;
mod invitations;
mod isolation;
mod languages;
mod media;
mod migrations;
mod operations;
mod outbox;
mod outcome;
mod pack;
mod parents;
mod reports;
mod reviews;
mod shape;
mod staff;
mod symbols;
mod tenancy;
mod two_step;
mod webhooks;
mod worklist;
