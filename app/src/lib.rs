//! Heard (Clywed): children in care give their views before their review; the IRO reads them in one pack.
//!
//! This crate is compiled twice: with `ssr` for the server (pages rendered to HTML, server functions,
//! storage) and with `hydrate` to WebAssembly, where only the small interactive islands run.

// Leptos view types nest deeply (every element and attribute is a type): the child screens
// with their islands pass rustc's default limit of 128 in the WebAssembly build.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod domain;
pub mod features;
pub mod i18n;
pub mod model;
pub mod present;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
