//! Each council's webhook: where Heard tells its case system "pack ready" and "review held",
//! and the secret it signs each call with (sealed, see `server::seal`). The calls themselves go
//! through the outbox, each event once per review.

use crate::model::{ReviewId, StaffId};
use crate::server::db::outbox::Kind;
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// A council's webhook as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Webhook {
    pub url: String,
    pub sealed_secret: String,
}

/// What a call says about its review: ids and dates only, never a name or a word anyone wrote.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HookSubject {
    pub review_id: ReviewId,
    pub child_id: i64,
    pub case_reference: Option<String>,
    pub status: String,
    pub meeting_on: String,
}

/// One authority's webhook: `tenant.webhook()`.
pub struct Webhooks<'t>(&'t Tenant);

impl Tenant {
    pub fn webhook(&self) -> Webhooks<'_> {
        Webhooks(self)
    }
}

/// The purpose a council's webhook secret is sealed for: it opens for that council only.
pub fn secret_purpose(authority_id: crate::model::AuthorityId) -> String {
    format!("webhook:{}", authority_id.get())
}

impl Webhooks<'_> {
    pub async fn get(&self) -> Result<Option<Webhook>, AppError> {
        Ok(sqlx::query_as("SELECT url, sealed_secret FROM webhooks WHERE authority_id = $1")
            .bind(self.0.authority())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// Sets the webhook's address and secret (a new webhook, or a new secret for it).
    pub async fn set(&self, url: &str, sealed_secret: &str, by: StaffId) -> Result<(), AppError> {
        sqlx::query(
            "INSERT INTO webhooks (authority_id, url, sealed_secret, created_by, created_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (authority_id) DO UPDATE SET url = excluded.url, sealed_secret = excluded.sealed_secret,
                 created_by = excluded.created_by, created_at = excluded.created_at",
        )
        .bind(self.0.authority())
        .bind(url)
        .bind(sealed_secret)
        .bind(by)
        .bind(self.0.now())
        .execute(self.0.db())
        .await?;
        Ok(())
    }

    /// A new address for the webhook, keeping its secret; false when there is no webhook.
    pub async fn set_url(&self, url: &str) -> Result<bool, AppError> {
        let done = sqlx::query("UPDATE webhooks SET url = $1 WHERE authority_id = $2")
            .bind(url)
            .bind(self.0.authority())
            .execute(self.0.db())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Turns the webhook off; calls still waiting are withdrawn with it.
    pub async fn remove(&self) -> Result<bool, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let done = sqlx::query("DELETE FROM webhooks WHERE authority_id = $1").bind(self.0.authority()).execute(&mut *tx).await?;
        sqlx::query(
            "UPDATE outbox SET status = 'withdrawn', lease_until = NULL
             WHERE authority_id = $1 AND kind IN ('hook_pack_ready', 'hook_review_held') AND status IN ('waiting', 'given_up')",
        )
        .bind(self.0.authority())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Queues `kind` about a review inside the caller's transaction, if the council has a
    /// webhook, and only once ever per review and event (a second call queues nothing).
    pub async fn enqueue_once(
        &self,
        tx: &mut crate::server::db::WriteTx,
        kind: Kind,
        review_id: ReviewId,
        now: i64,
    ) -> Result<(), AppError> {
        // (The SELECT's WHERE also settles SQLite's reading of INSERT … SELECT … ON CONFLICT.)
        sqlx::query(
            "INSERT INTO outbox (authority_id, kind, subject_id, review_id, once_key, message_id, created_at, next_try_at)
             SELECT authority_id, $2, $3, $3, $4, $5, $6, $6 FROM webhooks WHERE authority_id = $1
             ON CONFLICT (once_key) DO NOTHING",
        )
        .bind(self.0.authority())
        .bind(kind.as_str())
        .bind(review_id)
        .bind(format!("{}:{review_id}", kind.as_str()))
        .bind(crate::server::links::new_salt())
        .bind(now)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// Queues "pack ready" for a review if everyone asked for their views has sent them.
    pub async fn pack_ready_if_all_sent(&self, tx: &mut crate::server::db::WriteTx, review_id: ReviewId, now: i64) -> Result<(), AppError> {
        let (waiting,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM invitations
             WHERE review_id = $1 AND authority_id = $2 AND revoked_at IS NULL AND audience <> 'other' AND status <> 'submitted'",
        )
        .bind(review_id)
        .bind(self.0.authority())
        .fetch_one(&mut **tx)
        .await?;
        if waiting == 0 {
            self.enqueue_once(tx, Kind::HookPackReady, review_id, now).await?;
        }
        Ok(())
    }

    /// The review a call is about, if it is still this council's.
    pub async fn subject(&self, review_id: ReviewId) -> Result<Option<HookSubject>, AppError> {
        Ok(sqlx::query_as(
            "SELECT r.id AS review_id, r.child_id, c.case_reference, r.status, r.meeting_on
             FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
             WHERE r.id = $1 AND r.authority_id = $2",
        )
        .bind(review_id)
        .bind(self.0.authority())
        .fetch_optional(self.0.db())
        .await?)
    }
}

/// Booked reviews meeting between `from` and `until` (ISO dates) in every council with a
/// webhook, not yet called "pack ready": the pack goes as it stands the day before the meeting,
/// whoever has replied. (Meetings long past are left out: a webhook set up today does not call
/// about every review never marked held.)
pub async fn meetings_soon(
    unscoped: &crate::server::tenant::Unscoped,
    from: &str,
    until: &str,
) -> Result<Vec<(crate::model::AuthorityId, ReviewId)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT r.authority_id, r.id FROM reviews r JOIN webhooks w ON w.authority_id = r.authority_id
         WHERE r.status = 'booked' AND r.meeting_on >= $1 AND r.meeting_on <= $2
               AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.once_key = 'hook_pack_ready:' || r.id)",
    )
    .bind(from)
    .bind(until)
    .fetch_all(unscoped.db())
    .await?)
}
