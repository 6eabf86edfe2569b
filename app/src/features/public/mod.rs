//! Pages anyone may open: landing, help now, accessibility statement, credits, not found.

pub mod view;
