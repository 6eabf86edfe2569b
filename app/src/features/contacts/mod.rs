//! A child's usual invitees, kept on their record: the child, up to two parents and their carer,
//! each with their language and their way of being reached. Staff set them on the child's page
//! (or an import brings them); inviting a month of reviews at once draws on them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::contacts::Slot;
use crate::domain::reviews::Delivery;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// One contact as staff see it on the child's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactRow {
    pub slot: Slot,
    pub first_name: String,
    pub language: Lang,
    pub delivery: Delivery,
    pub email: String,
    pub postal_address: String,
}

/// A child's contacts, and whether the council sends letters (so the form offers post).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contacts {
    pub rows: Vec<ContactRow>,
    pub post_enabled: bool,
    /// The languages the authority offers, Welsh and English first.
    pub languages: Vec<crate::model::Lang>,
}
