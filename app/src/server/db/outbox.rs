//! The outbox: every message Heard has promised to send, held by one server at a time under a
//! lease, tried again with growing gaps, and never given up without staff seeing it.
//! Only ids are stored; addresses, names and links are worked out when a message is sent.

use crate::domain::reviews::InvitationStatus;
use crate::i18n::Lang;
use crate::model::AuthorityId;
use crate::model::StaffId;
use crate::model::{InvitationId, ReviewId};
use crate::server::tenant::Tenant;
use crate::server::tenant::Unscoped;
use crate::server::AppError;

/// A server holds a message this long while it sends it; one that dies lets go when it runs out.
/// A send is cut off well before (`SEND_SECONDS`), so a live sender always finishes first.
pub const LEASE_SECONDS: i64 = 60;
/// The longest one send may take, all SMTP round trips included.
pub const SEND_SECONDS: u64 = 40;
/// Tries go on at least this long before a message is marked given up (staff can still retry).
pub const GIVE_UP_AFTER_SECONDS: i64 = 48 * 60 * 60;
/// The longest gap between two tries.
const MAX_GAP_SECONDS: i64 = 60 * 60;

/// What a message is, which says whom it goes to and what `subject_id` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// "I don't feel safe", to the child's IRO (subject: the alert).
    AlertIro,
    /// "I don't feel safe", to the council's duty team (subject: the alert).
    AlertDuty,
    /// "Yes please" to an advocate, to the provider (subject: the advocacy request).
    Advocacy,
    /// "Tell my IRO", to the child's IRO (subject: the child's message).
    Message,
    /// The invitation with its link (subject: the invitation, as for every kind below).
    Invitation,
    /// The meeting changed.
    Changed,
    /// The meeting was cancelled.
    Cancelled,
    /// The one reminder before the report deadline.
    Reminder,
    /// The IRO's letter after the meeting is ready.
    Letter,
    /// The council's webhook: the review's pack is ready (subject: the review, as below).
    HookPackReady,
    /// The council's webhook: the review was held.
    HookReviewHeld,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::AlertIro,
        Kind::AlertDuty,
        Kind::Advocacy,
        Kind::Message,
        Kind::Invitation,
        Kind::Changed,
        Kind::Cancelled,
        Kind::Reminder,
        Kind::Letter,
        Kind::HookPackReady,
        Kind::HookReviewHeld,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::AlertIro => "alert_iro",
            Kind::AlertDuty => "alert_duty",
            Kind::Advocacy => "advocacy",
            Kind::Message => "message",
            Kind::Invitation => "invitation",
            Kind::Changed => "changed",
            Kind::Cancelled => "cancelled",
            Kind::Reminder => "reminder",
            Kind::Letter => "letter",
            Kind::HookPackReady => "hook_pack_ready",
            Kind::HookReviewHeld => "hook_review_held",
        }
    }

    pub fn parse(value: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// Messages to an invitee (their subject is an invitation).
    pub fn to_invitee(self) -> bool {
        matches!(self, Kind::Invitation | Kind::Changed | Kind::Cancelled | Kind::Reminder | Kind::Letter)
    }

    /// The event a webhook call names, for the webhook's kinds.
    pub fn hook_event(self) -> Option<&'static str> {
        match self {
            Kind::HookPackReady => Some("pack.ready"),
            Kind::HookReviewHeld => Some("review.held"),
            _ => None,
        }
    }
}

/// The gap before the next try after `attempts` tries: a minute, doubling, at most an hour.
pub fn retry_gap(attempts: i64) -> i64 {
    let doublings = attempts.clamp(1, 7) - 1;
    (60_i64 << doublings).min(MAX_GAP_SECONDS)
}

fn new_message_token() -> String {
    crate::server::links::new_salt()
}

/// A message that is due, as the sender needs it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Queued {
    pub id: i64,
    pub authority_id: AuthorityId,
    pub kind: String,
    pub subject_id: i64,
    pub message_id: String,
    pub created_at: i64,
}

impl Queued {
    pub fn kind(&self) -> Option<Kind> {
        Kind::parse(&self.kind)
    }
}

const QUEUED_COLUMNS: &str = "id, authority_id, kind, subject_id, message_id, created_at";

/// Messages due now and held by nobody: urgent alerts first, then oldest first.
pub async fn due(unscoped: &Unscoped, now: i64, limit: i64) -> Result<Vec<Queued>, AppError> {
    let db = unscoped.db();
    Ok(sqlx::query_as(&format!(
        "SELECT {QUEUED_COLUMNS} FROM outbox
         WHERE status = 'waiting' AND next_try_at <= $1 AND (lease_until IS NULL OR lease_until <= $2)
         ORDER BY CASE WHEN kind IN ('alert_iro', 'alert_duty') THEN 0 ELSE 1 END, id LIMIT $3"
    ))
    .bind(now)
    .bind(now)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// One message by id, if it is waiting (for "send it now" straight after queueing).
pub async fn waiting(unscoped: &Unscoped, id: i64) -> Result<Option<Queued>, AppError> {
    let db = unscoped.db();
    Ok(sqlx::query_as(&format!("SELECT {QUEUED_COLUMNS} FROM outbox WHERE id = $1 AND status = 'waiting'"))
        .bind(id)
        .fetch_optional(db)
        .await?)
}

/// Takes the message for this server until the lease runs out, and returns the claim's token.
/// Only one server can succeed, and a lease that ran out (its server died) can be taken again.
pub async fn claim(unscoped: &Unscoped, id: i64, now: i64) -> Result<Option<String>, AppError> {
    let db = unscoped.db();
    let token = new_message_token();
    let done = sqlx::query(
        "UPDATE outbox SET lease_until = $1, lease_token = $2, attempts = attempts + 1, last_tried_at = $3
         WHERE id = $4 AND status = 'waiting' AND next_try_at <= $5 AND (lease_until IS NULL OR lease_until <= $6)",
    )
    .bind(now + LEASE_SECONDS)
    .bind(token.as_str())
    .bind(now)
    .bind(id)
    .bind(now)
    .bind(now)
    .execute(db)
    .await?;
    Ok((done.rows_affected() == 1).then_some(token))
}

/// The message went. An invitation counts as sent from now (its link was in it). Only the
/// claim's holder marks it, and only while it waits (a message withdrawn meanwhile stays so).
pub async fn mark_sent(unscoped: &Unscoped, message: &Queued, token: &str, now: i64) -> Result<(), AppError> {
    let db = unscoped.db();
    let mut tx = super::begin_write(db).await?;
    let marked = sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, lease_until = NULL, last_error = NULL
         WHERE id = $2 AND status = 'waiting' AND lease_token = $3",
    )
    .bind(now)
    .bind(message.id)
    .bind(token)
    .execute(&mut *tx)
    .await?;
    if marked.rows_affected() == 1 && message.kind() == Some(Kind::Invitation) {
        sqlx::query(
            "UPDATE invitations SET status = CASE WHEN status = 'not_sent' THEN 'sent' ELSE status END, sent_at = $1, updated_at = $2
             WHERE id = $3 AND authority_id = $4",
        )
        .bind(now)
        .bind(now)
        .bind(message.subject_id)
        .bind(message.authority_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The try failed: it is tried again after a growing gap, or, once it has been tried for
/// `GIVE_UP_AFTER_SECONDS`, marked given up for staff to see. Returns true when given up.
pub async fn mark_failed(unscoped: &Unscoped, message: &Queued, token: &str, reason: &str, now: i64) -> Result<bool, AppError> {
    let db = unscoped.db();
    let (attempts,): (i64,) = sqlx::query_as("SELECT attempts FROM outbox WHERE id = $1").bind(message.id).fetch_one(db).await?;
    let give_up = now - message.created_at >= GIVE_UP_AFTER_SECONDS;
    sqlx::query(
        "UPDATE outbox SET status = $1, next_try_at = $2, lease_until = NULL, last_error = $3
         WHERE id = $4 AND status = 'waiting' AND lease_token = $5",
    )
    .bind(if give_up { "given_up" } else { "waiting" })
    .bind(now + retry_gap(attempts))
    .bind(reason)
    .bind(message.id)
    .bind(token)
    .execute(db)
    .await?;
    Ok(give_up)
}

/// Nothing to send any more (the invitation was revoked, or the person already replied).
pub async fn withdraw(unscoped: &Unscoped, id: i64, token: &str) -> Result<(), AppError> {
    let db = unscoped.db();
    sqlx::query("UPDATE outbox SET status = 'withdrawn', lease_until = NULL WHERE id = $1 AND status = 'waiting' AND lease_token = $2")
        .bind(id)
        .bind(token)
        .execute(db)
        .await?;
    Ok(())
}

/// When the sender should look again: the soonest try or lease end among waiting messages.
pub async fn next_wake(unscoped: &Unscoped) -> Result<Option<i64>, AppError> {
    let db = unscoped.db();
    let (at,): (Option<i64>,) = sqlx::query_as(
        "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_try_at THEN lease_until ELSE next_try_at END)
         FROM outbox WHERE status = 'waiting'",
    )
    .fetch_one(db)
    .await?;
    Ok(at)
}

/// A message staff should know about: tried and not delivered, or given up.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Undelivered {
    pub id: i64,
    pub kind: String,
    pub subject_id: i64,
    pub review_id: Option<ReviewId>,
    pub status: String,
    pub created_at: i64,
    pub attempts: i64,
    pub last_tried_at: Option<i64>,
    pub last_error: Option<String>,
    pub next_try_at: i64,
    /// The invitee's first name, for a message to an invitee.
    pub for_whom: Option<String>,
}

const UNDELIVERED_COLUMNS: &str = "o.id, o.kind, o.subject_id, o.review_id, o.status, o.created_at, o.attempts, o.last_tried_at, o.last_error,
    o.next_try_at, CASE WHEN o.kind IN ('invitation', 'changed', 'cancelled', 'reminder', 'letter')
                        THEN (SELECT i.first_name FROM invitations i WHERE i.id = o.subject_id AND i.authority_id = o.authority_id) END AS for_whom";
/// Tried and not delivered, or given up: what staff are shown (`o` names the outbox table).
const UNDELIVERED: &str = "(o.status = 'given_up' OR (o.status = 'waiting' AND o.last_error IS NOT NULL))";

/// One authority's queued mail: `tenant.outbox()`.
pub struct Outbox<'t>(&'t Tenant);

impl Tenant {
    pub fn outbox(&self) -> Outbox<'_> {
        Outbox(self)
    }
}

impl Outbox<'_> {
    /// Queues one message inside the caller's transaction, so it exists exactly when what it is
    /// about does. Returns its id.
    pub async fn enqueue(
        &self,
        tx: &mut crate::server::db::WriteTx,
        kind: Kind,
        subject_id: i64,
        review_id: Option<ReviewId>,
        now: i64,
    ) -> Result<i64, AppError> {
        let authority_id = self.0.authority();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO outbox (authority_id, kind, subject_id, review_id, message_id, created_at, next_try_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(authority_id)
        .bind(kind.as_str())
        .bind(subject_id)
        .bind(review_id)
        .bind(new_message_token())
        .bind(now)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
        Ok(id)
    }

    /// Queues `kind` for every emailed invitee of the review who was sent a link and has not yet
    /// sent their views (and, when `include_revoked`, those whose links were ended too). Returns how
    /// many were queued.
    pub async fn enqueue_for_review(
        &self,
        tx: &mut crate::server::db::WriteTx,
        review_id: ReviewId,
        kind: Kind,
        include_revoked: bool,
        now: i64,
    ) -> Result<u64, AppError> {
        let authority_id = self.0.authority();
        let ids: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM invitations
             WHERE review_id = $1 AND authority_id = $2 AND delivery = 'email' AND link_salt IS NOT NULL
                   AND status <> 'submitted' AND ($3 = 1 OR revoked_at IS NULL) ORDER BY id",
        )
        .bind(review_id)
        .bind(authority_id)
        .bind(i64::from(include_revoked))
        .fetch_all(&mut **tx)
        .await?;
        for (invitation_id,) in &ids {
            self.enqueue(tx, kind, *invitation_id, Some(review_id), now).await?;
        }
        Ok(ids.len() as u64)
    }

    /// Queues an invitation's own message (a new link), withdrawing any earlier one still waiting:
    /// its link no longer works.
    pub async fn enqueue_invitation(
        &self,
        tx: &mut crate::server::db::WriteTx,
        invitation_id: InvitationId,
        review_id: ReviewId,
        now: i64,
    ) -> Result<i64, AppError> {
        let authority_id = self.0.authority();
        sqlx::query(
            "UPDATE outbox SET status = 'withdrawn', lease_until = NULL
             WHERE authority_id = $1 AND kind = 'invitation' AND subject_id = $2 AND status IN ('waiting', 'given_up')",
        )
        .bind(authority_id)
        .bind(invitation_id)
        .execute(&mut **tx)
        .await?;
        self.enqueue(tx, Kind::Invitation, invitation_id.get(), Some(review_id), now).await
    }

    /// Queues the one reminder for an invitation; a second call (from any server) queues nothing.
    pub async fn enqueue_reminder(&self, invitation_id: InvitationId, review_id: ReviewId, now: i64) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let done = sqlx::query(
            "INSERT INTO outbox (authority_id, kind, subject_id, review_id, once_key, message_id, created_at, next_try_at)
             VALUES ($1, 'reminder', $2, $3, $4, $5, $6, $7) ON CONFLICT (once_key) DO NOTHING",
        )
        .bind(authority_id)
        .bind(invitation_id)
        .bind(review_id)
        .bind(format!("reminder:{invitation_id}"))
        .bind(new_message_token())
        .bind(now)
        .bind(now)
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// "Try again now" from staff of the message's own authority: due at once, given up or not.
    /// False when there is no such undelivered message in that authority.
    pub async fn retry_now(&self, id: i64, now: i64) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let done = sqlx::query(
            // A given-up message starts a new 48 hours of tries.
            "UPDATE outbox SET status = 'waiting', next_try_at = $1, created_at = CASE WHEN status = 'given_up' THEN $2 ELSE created_at END
             WHERE id = $3 AND authority_id = $4 AND status IN ('waiting', 'given_up')",
        )
        .bind(now)
        .bind(now)
        .bind(id)
        .bind(authority_id)
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Every undelivered message of the authority, oldest first (the admin's outbox page).
    pub async fn undelivered(&self) -> Result<Vec<Undelivered>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(&format!(
            "SELECT {UNDELIVERED_COLUMNS} FROM outbox o WHERE o.authority_id = $1 AND {UNDELIVERED} ORDER BY o.id LIMIT 500"
        ))
        .bind(authority_id)
        .fetch_all(db)
        .await?)
    }

    /// The undelivered messages about one review (its page).
    pub async fn undelivered_for_review(&self, review_id: ReviewId) -> Result<Vec<Undelivered>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(&format!(
            "SELECT {UNDELIVERED_COLUMNS} FROM outbox o WHERE o.authority_id = $1 AND o.review_id = $2 AND {UNDELIVERED} ORDER BY o.id"
        ))
        .bind(authority_id)
        .bind(review_id)
        .fetch_all(db)
        .await?)
    }

    /// The undelivered alerts and referrals about the children an IRO reviews (their home).
    pub async fn undelivered_for_iro(&self, iro_id: StaffId) -> Result<Vec<Undelivered>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(&format!(
            "SELECT {UNDELIVERED_COLUMNS}
             FROM outbox o JOIN reviews r ON r.id = o.review_id AND r.authority_id = o.authority_id
             JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
             WHERE o.authority_id = $1 AND c.iro_staff_id = $2 AND o.kind IN ('alert_iro', 'alert_duty', 'advocacy', 'message')
                   AND {UNDELIVERED}
             ORDER BY o.id"
        ))
        .bind(authority_id)
        .bind(iro_id)
        .fetch_all(db)
        .await?)
    }

    /// Who an invitee's message goes to, read when it is sent (the outbox stores only ids).
    pub async fn for_message(&self, invitation_id: InvitationId) -> Result<Option<MessageTo>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let row: Option<MessageToRow> = sqlx::query_as(
            "SELECT i.email, i.delivery, i.first_name, i.language, i.link_salt, i.status, i.revoked_at, r.status AS review_status
             FROM invitations i JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id
             WHERE i.id = $1 AND i.authority_id = $2",
        )
        .bind(invitation_id)
        .bind(authority_id)
        .fetch_optional(db)
        .await?;
        row.map(|r| {
            Ok(MessageTo {
                email: r.email,
                email_delivery: r.delivery == "email",
                first_name: r.first_name,
                language: Lang::parse(&r.language).unwrap_or_default(),
                salt: r.link_salt,
                status: InvitationStatus::parse(&r.status)
                    .ok_or_else(|| AppError::Internal(format!("invitation {invitation_id}: stored status unreadable")))?,
                revoked: r.revoked_at.is_some(),
                review_booked: r.review_status == "booked",
            })
        })
        .transpose()
    }

    /// An advocacy request's reference and who asked ("child" or "parent").
    pub async fn advocacy_reference_by_id(&self, id: i64) -> Result<Option<AdvocacyAsked>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT a.reference, i.audience FROM advocacy_requests a JOIN invitations i ON i.id = a.invitation_id AND i.authority_id = a.authority_id
             WHERE a.id = $1 AND a.authority_id = $2",
        )
        .bind(id)
        .bind(authority_id)
        .fetch_optional(db)
        .await?)
    }

    /// The email of the IRO allocated to the child an alert or a message (by `kind`) is about.
    pub async fn iro_email(&self, kind: Kind, subject_id: i64) -> Result<Option<String>, AppError> {
        // Alerts and messages both name the child; the IRO is the child's allocated one.
        let table = match kind {
            Kind::AlertIro => "alerts",
            Kind::Message => "child_messages",
            _ => return Ok(None),
        };
        Ok(sqlx::query_scalar(&format!(
            "SELECT s.email FROM {table} x JOIN children c ON c.id = x.child_id AND c.authority_id = x.authority_id
             JOIN staff s ON s.id = c.iro_staff_id AND s.authority_id = x.authority_id WHERE x.id = $1 AND x.authority_id = $2"
        ))
        .bind(subject_id)
        .bind(self.0.authority())
        .fetch_optional(self.0.db())
        .await?)
    }
}

/// An advocacy request's reference, and who asked (`audience`: "child" or "parent").
#[derive(Debug, Default, sqlx::FromRow)]
pub struct AdvocacyAsked {
    pub reference: String,
    pub audience: String,
}

/// What a message to an invitee needs, read when it is sent.
#[derive(Clone, Debug)]
pub struct MessageTo {
    pub email: String,
    pub email_delivery: bool,
    pub first_name: String,
    pub language: Lang,
    pub salt: Option<String>,
    pub status: InvitationStatus,
    pub revoked: bool,
    pub review_booked: bool,
}

#[derive(sqlx::FromRow)]
struct MessageToRow {
    email: String,
    delivery: String,
    first_name: String,
    language: String,
    link_salt: Option<String>,
    status: String,
    revoked_at: Option<i64>,
    review_status: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_grow_from_a_minute_to_an_hour() {
        assert_eq!(retry_gap(1), 60);
        assert_eq!(retry_gap(2), 120);
        assert_eq!(retry_gap(6), 1920);
        assert_eq!(retry_gap(7), 3600);
        assert_eq!(retry_gap(500), 3600);
        // Tried for 48 hours: at least 48 tries, so an outage of a day is ridden out.
        let (mut at, mut tries) = (0, 0);
        while at < GIVE_UP_AFTER_SECONDS {
            tries += 1;
            at += retry_gap(tries);
        }
        assert!(tries >= 48, "{tries}");
    }

    #[test]
    fn kinds_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert!(Kind::Reminder.to_invitee() && !Kind::AlertDuty.to_invitee());
    }
}
