//! The authority's own settings (admins), and the development outbox.
//! Server functions for cover between IROs (admins): thin, each calls `server::cover`.
//! Server functions for the audit trail (admins): thin, each calls `server::audit`.
//! Messages Heard has not managed to deliver, as staff see them, and "try again now".

pub mod api;
#[cfg(feature = "ssr")]
pub mod cover;
#[cfg(feature = "ssr")]
pub mod cover_store;
#[cfg(feature = "ssr")]
pub mod settings;
pub mod view;

use crate::i18n::T;
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

/// A message tried and not delivered (or given up after 48 hours of tries). Carries no address,
/// name or words: what it is, why it has not gone, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Undelivered {
    pub id: i64,
    /// The outbox kind (`alert_iro`, `invitation`, …).
    pub kind: String,
    /// Why the last try failed (`unavailable`, `refused`, `no_address`, `bad_address`).
    pub reason: String,
    pub review_id: Option<i64>,
    /// For an invitee's message, who it is for (their first name), shown to the review's staff.
    pub for_whom: Option<String>,
    pub queued_at: i64,
    pub attempts: i64,
    /// When the next try is; None once it was given up.
    pub next_try_at: Option<i64>,
}

impl Undelivered {
    pub fn what(&self) -> T {
        match self.kind.as_str() {
            "alert_iro" => T::OutboxKindAlertIro,
            "alert_duty" => T::OutboxKindAlertDuty,
            "advocacy" => T::OutboxKindAdvocacy,
            "message" => T::OutboxKindMessage,
            "invitation" => T::OutboxKindInvitation,
            "changed" => T::OutboxKindChanged,
            "cancelled" => T::OutboxKindCancelled,
            "reminder" => T::OutboxKindReminder,
            _ => T::OutboxKindLetter,
        }
    }

    pub fn why(&self) -> T {
        match self.reason.as_str() {
            "no_address" => T::OutboxWhyNoAddress,
            "bad_address" => T::OutboxWhyBadAddress,
            "refused" => T::OutboxWhyRefused,
            "internal" => T::OutboxWhyInternal,
            _ => T::OutboxWhyUnavailable,
        }
    }
}
