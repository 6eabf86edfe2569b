//! Administration of the authority (admins): its settings, cover between IROs, the audit trail,
//! and in development the outbox folder.

pub mod api;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod cover;
#[cfg(feature = "ssr")]
pub mod cover_store;
#[cfg(feature = "ssr")]
pub mod settings;
pub mod view;

use serde::{Deserialize, Serialize};
use time::Date;

/// A message in the development outbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxMessage {
    pub at: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverLine {
    pub id: i64,
    pub child_name: String,
    pub iro_name: String,
    pub ends_on: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverPage {
    /// The authority's children and IROs to choose from: (id, name).
    pub children: Vec<(i64, String)>,
    pub iros: Vec<(i64, String)>,
    pub current: Vec<CoverLine>,
}

/// One line of the audit trail: who, when, what, about which record, from where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditLine {
    pub on: Date,
    pub at: String,
    /// The member of staff; None for a child, parent or carer acting through their invitation.
    pub who: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub from: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditTrail {
    pub lines: Vec<AuditLine>,
    /// Every kind of event recorded in this authority, for the filter.
    pub actions: Vec<String>,
    /// More matched than are shown.
    pub truncated: bool,
}
