//! Outcome letters: the IRO's letter to the child after the review meeting.

use crate::domain::reviews::ReviewStatus;
use crate::features::outcome::LetterText;
use crate::i18n::Lang;
use crate::model::ReviewId;
use crate::model::StaffId;
use crate::server::db::format_date;
use crate::server::tenant::Tenant;
use crate::server::AppError;
use time::Date;

/// A letter as stored.
#[derive(Clone, Debug, Default)]
pub struct Letter {
    pub language: Lang,
    pub text: LetterText,
    pub sent_at: Option<i64>,
    pub read_at: Option<i64>,
}

/// A letter as stored: its language, its four parts, and when it was sent and read.
#[derive(sqlx::FromRow)]
struct Row {
    language: String,
    talked: String,
    decided: String,
    next_steps: String,
    who_to_ask: String,
    sent_at: Option<i64>,
    read_at: Option<i64>,
}

fn letter(r: Row) -> Letter {
    Letter {
        language: Lang::parse(&r.language).unwrap_or_default(),
        text: LetterText { talked: r.talked, decided: r.decided, next_steps: r.next_steps, who_to_ask: r.who_to_ask },
        sent_at: r.sent_at,
        read_at: r.read_at,
    }
}

pub enum SendResult {
    AlreadySent,
    Sent {
        /// The review was booked and is now held.
        held: bool,
        /// A notice was queued by email (otherwise the child is told another way).
        emailed: bool,
    },
}

/// Outcome letters of one authority: `tenant.outcome()`.
pub struct OutcomeLetters<'t>(&'t Tenant);

impl Tenant {
    pub fn outcome(&self) -> OutcomeLetters<'_> {
        OutcomeLetters(self)
    }
}

impl OutcomeLetters<'_> {
    pub async fn get(&self, review_id: ReviewId) -> Result<Option<Letter>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let row: Option<Row> = sqlx::query_as(
            "SELECT language, talked, decided, next_steps, who_to_ask, sent_at, read_at FROM outcome_letters
             WHERE authority_id = $1 AND review_id = $2",
        )
        .bind(authority_id)
        .bind(review_id)
        .fetch_optional(db)
        .await?;
        Ok(row.map(letter))
    }

    /// Writes the letter's words, inserting it the first time, and marks it sent at `sent_at` when
    /// given. A letter already sent is never changed: false then.
    async fn write(
        &self,
        tx: &mut crate::server::db::WriteTx,
        review_id: ReviewId,
        by: StaffId,
        letter: &Letter,
        sent_at: Option<i64>,
    ) -> Result<bool, AppError> {
        let authority_id = self.0.authority();
        // Each statement guards itself (not a read then a write), so two requests at once, on any
        // engine, cannot unsend a letter, send it twice, or trip over each other's first save.
        const UPDATE: &str = "UPDATE outcome_letters SET language = $3, talked = $4, decided = $5, next_steps = $6, who_to_ask = $7,
                                     written_by = $8, updated_at = $9, sent_at = $10
                              WHERE authority_id = $1 AND review_id = $2 AND sent_at IS NULL";
        const INSERT: &str = "INSERT INTO outcome_letters
                                  (authority_id, review_id, language, talked, decided, next_steps, who_to_ask, written_by, updated_at, sent_at)
                              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (review_id) DO NOTHING";
        for sql in [UPDATE, INSERT, UPDATE] {
            let done = sqlx::query(sql)
                .bind(authority_id)
                .bind(review_id)
                .bind(letter.language.code())
                .bind(&letter.text.talked)
                .bind(&letter.text.decided)
                .bind(&letter.text.next_steps)
                .bind(&letter.text.who_to_ask)
                .bind(by)
                .bind(self.0.now())
                .bind(sent_at)
                .execute(&mut **tx)
                .await?;
            if done.rows_affected() == 1 {
                return Ok(true);
            }
        }
        // The letter exists and was sent.
        Ok(false)
    }

    /// Keeps a draft (false: the letter was sent meanwhile, and stands as sent).
    pub async fn save_draft(&self, review_id: ReviewId, by: StaffId, draft: &Letter) -> Result<bool, AppError> {
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let written = self.write(&mut tx, review_id, by, draft, None).await?;
        tx.commit().await?;
        Ok(written)
    }

    /// Sends the letter, all at once or not at all: the letter marked sent, the review marked held
    /// on `held_on` (if it was still booked), every other invitation ended, the child's kept open
    /// until `open_until` for reading it, and the notice queued for an emailed child.
    pub async fn send(
        &self,
        review_id: ReviewId,
        by: StaffId,
        letter: &Letter,
        held_on: Date,
        open_until: i64,
    ) -> Result<SendResult, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let mut tx = crate::server::db::begin_write(db).await?;
        if !self.write(&mut tx, review_id, by, letter, Some(at)).await? {
            return Ok(SendResult::AlreadySent);
        }
        let held = sqlx::query(
            "UPDATE reviews SET status = $1, meeting_on = $2, updated_at = $3 WHERE id = $4 AND authority_id = $5 AND status = 'booked'",
        )
        .bind(ReviewStatus::Held.as_str())
        .bind(format_date(held_on))
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if held {
            self.0.webhook().enqueue_once(&mut tx, crate::server::db::outbox::Kind::HookReviewHeld, review_id, at).await?;
        }
        sqlx::query(
            "UPDATE invitations SET revoked_at = $1, updated_at = $2
             WHERE review_id = $3 AND authority_id = $4 AND revoked_at IS NULL AND audience <> 'child'",
        )
        .bind(at)
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE invitations SET expires_at = CASE WHEN expires_at IS NULL OR expires_at < $1 THEN $2 ELSE expires_at END, updated_at = $3
             WHERE review_id = $4 AND authority_id = $5 AND revoked_at IS NULL AND audience = 'child' AND link_salt IS NOT NULL",
        )
        .bind(open_until)
        .bind(open_until)
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .execute(&mut *tx)
        .await?;
        let emailed: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM invitations
             WHERE review_id = $1 AND authority_id = $2 AND audience = 'child' AND delivery = 'email' AND link_salt IS NOT NULL AND revoked_at IS NULL",
        )
        .bind(review_id)
        .bind(authority_id)
        .fetch_all(&mut *tx)
        .await?;
        for (invitation_id,) in &emailed {
            self.0.outbox().enqueue(&mut tx, crate::server::db::outbox::Kind::Letter, *invitation_id, Some(review_id), at).await?;
        }
        let told = emailed.len();
        tx.commit().await?;
        Ok(SendResult::Sent { held, emailed: told > 0 })
    }

    /// The name of the IRO who sent the letter, to sign it.
    pub async fn author(&self, review_id: ReviewId) -> Result<Option<String>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT s.display_name FROM outcome_letters l JOIN staff s ON s.id = l.written_by AND s.authority_id = l.authority_id
             WHERE l.authority_id = $1 AND l.review_id = $2",
        )
        .bind(authority_id)
        .bind(review_id)
        .fetch_optional(db)
        .await?;
        Ok(row.map(|(name,)| name))
    }

    /// The child opened the letter: the first time is kept.
    pub async fn mark_read(&self, review_id: ReviewId) -> Result<bool, AppError> {
        let db = self.0.db();
        let done = sqlx::query(
            "UPDATE outcome_letters SET read_at = $1
             WHERE review_id = $2 AND authority_id = $3 AND sent_at IS NOT NULL AND read_at IS NULL",
        )
        .bind(self.0.now())
        .bind(review_id)
        .bind(self.0.authority())
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
