//! Messages from children to their IRO. Every query names the authority.

use crate::i18n::Lang;
use crate::model::StaffId;
use crate::model::{InvitationId, ReviewId};
use crate::server::db::outbox::Kind;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// A message from a child, as the child sees it listed.
#[derive(sqlx::FromRow)]
pub struct SentMessage {
    pub id: i64,
    pub kind: String,
    pub words: String,
    pub sent_at: i64,
    pub read_at: Option<i64>,
}

/// A message as its IRO's home lists it: who and when, never the words.
#[derive(sqlx::FromRow)]
pub struct MessageLine {
    pub id: i64,
    pub child_id: crate::model::ChildId,
    pub preferred_name: String,
    pub kind: String,
    pub sent_at: i64,
}

/// One message, as the child's IRO opens it.
#[derive(sqlx::FromRow)]
pub struct MessageForIro {
    pub child_id: crate::model::ChildId,
    pub preferred_name: String,
    pub kind: String,
    pub words: String,
    pub language: String,
    pub sent_at: i64,
}

/// Children's messages to their IRO, in one authority: `tenant.messages()`.
pub struct Messages<'t>(&'t Tenant);

impl Tenant {
    pub fn messages(&self) -> Messages<'_> {
        Messages(self)
    }
}

impl Messages<'_> {
    pub async fn unread_messages_for_iro(&self, iro_id: StaffId) -> Result<Vec<MessageLine>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT m.id, m.child_id, c.preferred_name, m.kind, m.sent_at FROM child_messages m
             JOIN children c ON c.id = m.child_id AND c.authority_id = m.authority_id
             WHERE m.authority_id = $1 AND c.iro_staff_id = $2 AND m.read_at IS NULL ORDER BY m.sent_at",
        )
        .bind(authority_id)
        .bind(iro_id)
        .fetch_all(db)
        .await?)
    }

    pub async fn message_for_iro(&self, iro_id: StaffId, id: i64) -> Result<Option<MessageForIro>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT m.child_id, c.preferred_name, m.kind, m.words, m.language, m.sent_at FROM child_messages m
             JOIN children c ON c.id = m.child_id AND c.authority_id = m.authority_id
             WHERE m.id = $1 AND m.authority_id = $2 AND c.iro_staff_id = $3",
        )
        .bind(id)
        .bind(authority_id)
        .bind(iro_id)
        .fetch_optional(db)
        .await?)
    }

    pub async fn mark_message_read(&self, id: i64, staff_id: StaffId) -> Result<(), AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        sqlx::query("UPDATE child_messages SET read_at = $1, read_by = $2 WHERE id = $3 AND authority_id = $4 AND read_at IS NULL")
            .bind(self.0.now())
            .bind(staff_id)
            .bind(id)
            .bind(authority_id)
            .execute(db)
            .await?;
        Ok(())
    }

    /// "Tell my IRO": stored, and a notice (without the words) queued for the IRO.
    pub async fn send_message(
        &self,
        review_id: ReviewId,
        invitation_id: InvitationId,
        kind: &str,
        words: &str,
        lang: Lang,
    ) -> Result<i64, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let mut tx = crate::server::db::begin_write(db).await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO child_messages (authority_id, child_id, invitation_id, kind, words, language, sent_at)
             SELECT r.authority_id, r.child_id, $1, $2, $3, $4, $5 FROM reviews r WHERE r.id = $6 AND r.authority_id = $7
             RETURNING id",
        )
        .bind(invitation_id)
        .bind(kind)
        .bind(words)
        .bind(lang.code())
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .fetch_one(&mut *tx)
        .await?;
        self.0.outbox().enqueue(&mut tx, Kind::Message, id, Some(review_id), at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The messages a child sent with this invitation, newest first.
    pub async fn messages_sent(&self, invitation_id: InvitationId) -> Result<Vec<SentMessage>, AppError> {
        let db = self.0.db();
        Ok(sqlx::query_as(
            "SELECT id, kind, words, sent_at, read_at FROM child_messages WHERE invitation_id = $1 AND authority_id = $2
             ORDER BY sent_at DESC, id DESC",
        )
        .bind(invitation_id)
        .bind(self.0.authority())
        .fetch_all(db)
        .await?)
    }
}
