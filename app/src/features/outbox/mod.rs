//! Messages Heard has not managed to deliver yet, as staff see them (no address, no words), and
//! "try again now". Sending itself is `server::outbox`; this is what people see of it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;

use crate::i18n::T;
use crate::model::ReviewId;
use serde::{Deserialize, Serialize};

/// A message tried and not delivered (or given up after 48 hours of tries). Carries no address,
/// name or words: what it is, why it has not gone, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Undelivered {
    pub id: i64,
    /// The outbox kind (`alert_iro`, `invitation`, …).
    pub kind: String,
    /// Why the last try failed (`unavailable`, `refused`, `no_address`, `bad_address`).
    pub reason: String,
    pub review_id: Option<ReviewId>,
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
            "hook_pack_ready" => T::OutboxKindHookPackReady,
            "hook_review_held" => T::OutboxKindHookReviewHeld,
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
