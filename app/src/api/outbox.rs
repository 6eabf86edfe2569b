//! Messages Heard has not managed to deliver, as staff see them, and "try again now".

use crate::i18n::T;
use leptos::prelude::*;
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

/// Every undelivered message of the admin's authority.
#[server(endpoint = "undelivered_messages")]
pub async fn undelivered_messages() -> Result<Vec<Undelivered>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::outbox::for_admin().await.or_sfn()
}

/// "Try again now": the message is due at once (and tried again for another 48 hours if it had
/// been given up). `back` is the page the button was on.
#[server(endpoint = "retry_message")]
pub async fn retry_message(message_id: i64, back: Option<String>) -> Result<(), ServerFnError> {
    let back = crate::domain::text::back_path(&back.unwrap_or_default(), "/staff");
    let result = crate::server::outbox::retry(message_id, &back).await;
    crate::server::forms::finish("retry_message", &back, Vec::new(), result).await
}
