//! Invitations and their links. Staff queries name the authority.

use crate::domain::reviews::{Audience, Delivery, InvitationStatus, Invitee};
use crate::features::invitations::InvitationRow;
use crate::i18n::Lang;
use crate::model::AuthorityId;
use crate::model::ChildId;
use crate::model::InvitationId;
use crate::model::ReviewId;
use crate::server::db::parse_date;
use crate::server::tenant::Tenant;
use crate::server::tenant::Unscoped;
use crate::server::AppError;

/// An invitation's columns as staff lists read them (with its review, and its salt kept).
const COLUMNS: &str = "i.review_id, i.id, i.audience, i.first_name, i.language, i.delivery, i.email, i.postal_address, i.status,
                       i.revoked_at, i.link_salt,
                       (SELECT MAX(o.sent_at) FROM outbox o WHERE o.kind = 'reminder' AND o.subject_id = i.id AND o.status = 'sent')
                           AS reminder_sent_at,
                       i.needs_reprint, i.secret_kind, i.secret_failures";

/// One invitation as stored, column by column (see `COLUMNS`).
#[derive(sqlx::FromRow)]
struct StoredRow {
    review_id: ReviewId,
    id: i64,
    audience: String,
    first_name: String,
    language: String,
    delivery: String,
    email: String,
    postal_address: String,
    status: String,
    revoked_at: Option<i64>,
    link_salt: Option<String>,
    reminder_sent_at: Option<i64>,
    needs_reprint: i64,
    secret_kind: Option<String>,
    secret_failures: i64,
}

impl StoredRow {
    /// As staff see it: what it is and how far it got, never the secret or the link.
    fn shown(&self) -> Result<InvitationRow, AppError> {
        let id = self.id;
        let bad = |what: &str| AppError::Internal(format!("invitation {id}: stored {what} unreadable"));
        Ok(InvitationRow {
            id: crate::model::InvitationId::new(id),
            audience: Audience::parse(&self.audience).ok_or_else(|| bad("audience"))?,
            first_name: self.first_name.clone(),
            language: Lang::parse(&self.language).ok_or_else(|| bad("language"))?,
            delivery: Delivery::parse(&self.delivery).ok_or_else(|| bad("delivery"))?,
            email: self.email.clone(),
            postal_address: self.postal_address.clone(),
            status: InvitationStatus::parse(&self.status).ok_or_else(|| bad("status"))?,
            revoked: self.revoked_at.is_some(),
            issued: self.link_salt.is_some(),
            reminder_sent: self.reminder_sent_at.is_some(),
            needs_reprint: self.needs_reprint != 0,
            secret_set: self.secret_kind.is_some(),
            secret_locked: self.secret_failures >= crate::domain::forms::SECRET_TRIES,
        })
    }
}

/// An invitation with what acting on it needs; `None` outside this authority.
#[derive(Clone, Debug)]
pub struct Stored {
    pub row: InvitationRow,
    pub review_id: ReviewId,
    pub salt: Option<String>,
}

/// A fresh link and code for an invitation, as stored: salt and hashes only.
pub struct NewLink {
    pub salt: String,
    pub token_hash: String,
    pub code_hash: String,
    pub expires_at: i64,
}

/// An invitation whose reminder may be due: emailed, sent, not submitted, not revoked, never reminded.
/// An emailed invitation that may be due its one reminder.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReminderCandidate {
    pub id: i64,
    pub authority_id: AuthorityId,
    pub review_id: ReviewId,
    meeting_on: String,
    pub sent_at: i64,
}

impl ReminderCandidate {
    pub fn meeting_on(&self) -> Result<time::Date, AppError> {
        parse_date(&self.meeting_on)
    }
}

/// Invitations still waiting for views, sent by email for a booked meeting, with no reminder yet.
pub async fn reminder_candidates(unscoped: &Unscoped) -> Result<Vec<ReminderCandidate>, AppError> {
    let db = unscoped.db();
    Ok(sqlx::query_as(
        "SELECT i.id, i.authority_id, i.review_id, r.meeting_on, i.sent_at
         FROM invitations i JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id
         WHERE r.status = 'booked' AND i.delivery = 'email' AND i.revoked_at IS NULL AND i.link_salt IS NOT NULL
               AND i.sent_at IS NOT NULL AND i.status IN ('sent', 'opened', 'in_progress')
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'reminder' AND o.subject_id = i.id)",
    )
    .fetch_all(db)
    .await?)
}

/// Invitations of one authority: `tenant.invitations()`.
pub struct Invitations<'t>(&'t Tenant);

impl Tenant {
    pub fn invitations(&self) -> Invitations<'_> {
        Invitations(self)
    }
}

impl Invitations<'_> {
    pub async fn insert(&self, review_id: ReviewId, invitee: &Invitee) -> Result<i64, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO invitations (authority_id, review_id, audience, first_name, language, delivery, email, postal_address, status,
                                      created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'not_sent', $9, $10) RETURNING id",
        )
        .bind(authority_id)
        .bind(review_id)
        .bind(invitee.audience.as_str())
        .bind(invitee.first_name.as_str())
        .bind(invitee.language.code())
        .bind(invitee.delivery.as_str())
        .bind(invitee.email.as_str())
        .bind(invitee.postal_address.as_str())
        .bind(at)
        .bind(at)
        .fetch_one(db)
        .await?;
        Ok(id)
    }

    pub async fn for_review(&self, review_id: ReviewId) -> Result<Vec<InvitationRow>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<StoredRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM invitations i WHERE i.authority_id = $1 AND i.review_id = $2 ORDER BY i.id"))
                .bind(authority_id)
                .bind(review_id)
                .fetch_all(db)
                .await?;
        rows.iter().map(StoredRow::shown).collect()
    }

    /// (review id, invitation) for every invitation to a booked review of the authority, or of one child.
    pub async fn for_booked_reviews(&self, child: Option<ChildId>) -> Result<Vec<(ReviewId, InvitationRow)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<StoredRow> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM invitations i JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id
                 WHERE i.authority_id = $1 AND r.status = 'booked' AND ($2 IS NULL OR r.child_id = $2) ORDER BY i.id"
        ))
        .bind(authority_id)
        .bind(child)
        .fetch_all(db)
        .await?;
        rows.iter().map(|r| Ok((r.review_id, r.shown()?))).collect()
    }

    pub async fn get(&self, id: InvitationId) -> Result<Option<Stored>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let found: Option<StoredRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM invitations i WHERE i.id = $1 AND i.authority_id = $2"))
                .bind(id)
                .bind(authority_id)
                .fetch_optional(db)
                .await?;
        found.map(|r| Ok(Stored { row: r.shown()?, review_id: r.review_id, salt: r.link_salt })).transpose()
    }

    /// Makes a posted invitation's first letter: a link and code, only if it has none yet (so a
    /// letter someone made a moment ago, perhaps printed, keeps its code). False otherwise.
    pub async fn make_first_letter(&self, id: InvitationId, link: &NewLink) -> Result<bool, AppError> {
        self.letter_link(id, link, "AND link_salt IS NULL AND delivery = 'post'").await
    }

    /// Gives a posted invitation a new link and code (the old ones stop working at once) and clears
    /// any reprint flag; the letter counts as sent once it is marked as posted. False unless it is in
    /// this authority and not revoked.
    pub async fn set_letter_link(&self, id: InvitationId, link: &NewLink) -> Result<bool, AppError> {
        self.letter_link(id, link, "").await
    }

    /// Stores a letter's link where `and` (a fixed condition, never input) also holds.
    async fn letter_link(&self, id: InvitationId, link: &NewLink, and: &'static str) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let sql = format!(
            "UPDATE invitations SET link_salt = $1, token_hash = $2, code_hash = $3, expires_at = $4, needs_reprint = 0, updated_at = $5
             WHERE id = $6 AND authority_id = $7 AND revoked_at IS NULL {and}"
        );
        let done = sqlx::query(&sql)
            .bind(link.salt.as_str())
            .bind(link.token_hash.as_str())
            .bind(link.code_hash.as_str())
            .bind(link.expires_at)
            .bind(self.0.now())
            .bind(id)
            .bind(authority_id)
            .execute(db)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives an emailed invitation a new link and queues the message carrying it, in one step; the
    /// invitation counts as sent once the message goes. The outbox id, or None unless the invitation
    /// is in this authority and not revoked.
    pub async fn new_emailed_link(&self, id: InvitationId, review_id: ReviewId, link: &NewLink, at: i64) -> Result<Option<i64>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let mut tx = crate::server::db::begin_write(db).await?;
        let done = sqlx::query(
            "UPDATE invitations SET link_salt = $1, token_hash = $2, code_hash = $3, expires_at = $4, needs_reprint = 0, updated_at = $5
             WHERE id = $6 AND authority_id = $7 AND revoked_at IS NULL AND delivery = 'email'",
        )
        .bind(link.salt.as_str())
        .bind(link.token_hash.as_str())
        .bind(link.code_hash.as_str())
        .bind(link.expires_at)
        .bind(at)
        .bind(id)
        .bind(authority_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        let queued = self.0.outbox().enqueue_invitation(&mut tx, id, review_id, at).await?;
        tx.commit().await?;
        Ok(Some(queued))
    }

    /// Letters made and not yet posted (or to print again after a change) for booked reviews, the
    /// soonest meeting first.
    pub async fn letters_waiting(&self) -> Result<Vec<InvitationId>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let ids: Vec<(InvitationId,)> = sqlx::query_as(
            "SELECT i.id FROM invitations i JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id
             WHERE i.authority_id = $1 AND i.delivery = 'post' AND i.revoked_at IS NULL AND i.link_salt IS NOT NULL
               AND (i.status = 'not_sent' OR i.needs_reprint = 1) AND r.status = 'booked'
             ORDER BY r.meeting_on, i.id",
        )
        .bind(authority_id)
        .fetch_all(db)
        .await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    /// Post invitations whose letter is not made yet, for booked reviews.
    pub async fn letters_unmade(&self) -> Result<Vec<(InvitationId, ReviewId)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let ids: Vec<(InvitationId, ReviewId)> = sqlx::query_as(
            "SELECT i.id, i.review_id FROM invitations i JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id
             WHERE i.authority_id = $1 AND i.delivery = 'post' AND i.revoked_at IS NULL AND i.link_salt IS NULL
               AND r.status = 'booked'
             ORDER BY r.meeting_on, i.id",
        )
        .bind(authority_id)
        .fetch_all(db)
        .await?;
        Ok(ids)
    }

    /// Marks a prepared letter as posted (sent), keeping its code.
    pub async fn mark_posted(&self, id: InvitationId) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let done = sqlx::query(
            "UPDATE invitations SET status = CASE WHEN status = 'not_sent' THEN 'sent' ELSE status END, sent_at = COALESCE(sent_at, $1),
                    needs_reprint = 0, updated_at = $2
             WHERE id = $3 AND authority_id = $4 AND revoked_at IS NULL AND link_salt IS NOT NULL AND delivery = 'post'",
        )
        .bind(at)
        .bind(at)
        .bind(id)
        .bind(authority_id)
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Revokes an invitation: its link and code stop working at once, for good.
    pub async fn revoke(&self, id: InvitationId) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let done = sqlx::query(
            "UPDATE invitations SET revoked_at = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4 AND revoked_at IS NULL",
        )
        .bind(at)
        .bind(at)
        .bind(id)
        .bind(authority_id)
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The first time the invitee comes in: sent → opened (never backwards).
    pub async fn mark_opened(&self, id: InvitationId) -> Result<(), AppError> {
        let db = self.0.db();
        let at = self.0.now();
        sqlx::query(
            "UPDATE invitations SET status = 'opened', opened_at = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4
             AND status IN ('not_sent', 'sent')",
        )
        .bind(at)
        .bind(at)
        .bind(id)
        .bind(self.0.authority())
        .execute(db)
        .await?;
        Ok(())
    }
}
