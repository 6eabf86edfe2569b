//! Storage for consultations: answers as they go, sending, additions, read-aloud use.

use crate::domain::forms::{Answer, Band, Sharing};
use crate::i18n::Lang;
use crate::model::AuthorityId;
use crate::model::{InvitationId, ReviewId};
use crate::server::tenant::Tenant;
use crate::server::AppError;

#[derive(Clone, Debug)]
pub struct Consultation {
    pub id: i64,
    pub authority_id: AuthorityId,
    pub review_id: ReviewId,
    pub invitation_id: InvitationId,
    pub form_id: String,
    pub form_version: u32,
    pub band: Band,
    pub step: i64,
    pub advocacy: Option<String>,
    pub submitted_at: Option<i64>,
    /// When the child's IRO last opened the pack showing it (cleared by an addition).
    pub read_at: Option<i64>,
    /// A screen was saved before: the invitation already says "in progress" (set with the
    /// first save, and never set back).
    pub saved_before: bool,
}

const CONSULTATION: &str =
    "SELECT id, authority_id, review_id, invitation_id, form_id, form_version, band, step, advocacy, submitted_at, read_at,
     plain_saves + scripted_saves AS saves FROM consultations";
/// A consultation as stored, column by column (see `CONSULTATION`).
#[derive(sqlx::FromRow)]
struct ConsultationRow {
    id: i64,
    authority_id: AuthorityId,
    review_id: ReviewId,
    invitation_id: InvitationId,
    form_id: String,
    form_version: i64,
    band: String,
    step: i64,
    advocacy: Option<String>,
    submitted_at: Option<i64>,
    read_at: Option<i64>,
    saves: i64,
}

fn consultation(r: ConsultationRow) -> Result<Consultation, AppError> {
    let id = r.id;
    Ok(Consultation {
        id,
        authority_id: r.authority_id,
        review_id: r.review_id,
        invitation_id: r.invitation_id,
        form_id: r.form_id,
        form_version: u32::try_from(r.form_version).map_err(|_| AppError::Internal(format!("consultation {id}: version")))?,
        band: Band::parse(&r.band).ok_or_else(|| AppError::Internal(format!("consultation {id}: band")))?,
        step: r.step,
        advocacy: r.advocacy,
        submitted_at: r.submitted_at,
        read_at: r.read_at,
        saved_before: r.saves > 0,
    })
}

/// The invitee's consultation, begun on the form version current now (once: a second call, or a
/// second tab racing the first, finds the one already made).
pub struct NewConsultation<'a> {
    pub review_id: ReviewId,
    pub invitation_id: InvitationId,
    pub form_id: &'a str,
    pub form_version: u32,
    pub band: Band,
}

/// A stored answer and when and in which language it was given.
#[derive(Clone, Debug)]
pub struct StoredAnswer {
    pub answer: Answer,
    pub language: Lang,
    pub saved_at: i64,
}

/// How a save arrived: a plain form post, or the script saving as the child types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedBy {
    Form,
    Script,
}

#[derive(Clone, Debug)]
pub struct Addition {
    pub words: String,
    pub sharing: Sharing,
    pub language: Lang,
    pub added_at: i64,
}

/// A child's, parent's or carer's consultation in one authority: `tenant.consultations()`.
pub struct Consultations<'t>(&'t Tenant);

impl Tenant {
    pub fn consultations(&self) -> Consultations<'_> {
        Consultations(self)
    }
}

impl Consultations<'_> {
    pub async fn for_invitation(&self, invitation_id: InvitationId) -> Result<Option<Consultation>, AppError> {
        let db = self.0.db();
        let row: Option<ConsultationRow> = sqlx::query_as(&format!("{CONSULTATION} WHERE invitation_id = $1 AND authority_id = $2"))
            .bind(invitation_id)
            .bind(self.0.authority())
            .fetch_optional(db)
            .await?;
        row.map(consultation).transpose()
    }

    pub async fn begin(&self, new: NewConsultation<'_>) -> Result<Consultation, AppError> {
        let db = self.0.db();
        let at = self.0.now();
        sqlx::query(
            "INSERT INTO consultations (authority_id, review_id, invitation_id, form_id, form_version, band, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (invitation_id) DO NOTHING",
        )
        .bind(self.0.authority())
        .bind(new.review_id)
        .bind(new.invitation_id)
        .bind(new.form_id)
        .bind(i64::from(new.form_version))
        .bind(new.band.as_str())
        .bind(at)
        .bind(at)
        .execute(db)
        .await?;
        self.for_invitation(new.invitation_id).await?.ok_or_else(|| AppError::Internal("consultation not created".into()))
    }

    pub async fn answers(&self, consultation_id: i64) -> Result<Vec<StoredAnswer>, AppError> {
        let db = self.0.db();
        /// An answer as stored (its choices as text).
        #[derive(sqlx::FromRow)]
        struct Row {
            question_id: String,
            choices: String,
            words: String,
            sharing: String,
            language: String,
            saved_at: i64,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT question_id, choices, words, sharing, language, saved_at FROM answers
             WHERE consultation_id = $1 AND consultation_id IN (SELECT id FROM consultations WHERE authority_id = $2)
             ORDER BY saved_at, question_id",
        )
        .bind(consultation_id)
        .bind(self.0.authority())
        .fetch_all(db)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| StoredAnswer {
                answer: Answer {
                    question_id: r.question_id,
                    choices: Answer::choices_from_text(&r.choices),
                    words: r.words,
                    sharing: Sharing::parse(&r.sharing).unwrap_or_default(),
                },
                language: Lang::parse(&r.language).unwrap_or_default(),
                saved_at: r.saved_at,
            })
            .collect())
    }

    /// Saves one screen's answers in one transaction and moves the resume point on. Refused (false)
    /// once the consultation has been sent: after that, the child adds rather than edits.
    pub async fn save_answers(
        &self,
        c: &Consultation,
        answers: &[Answer],
        lang: Lang,
        reached: i64,
        by: SavedBy,
    ) -> Result<bool, AppError> {
        let db = self.0.db();
        let at = self.0.now();
        let mut tx = crate::server::db::begin_write(db).await?;
        let counter = match by {
            SavedBy::Form => "plain_saves",
            SavedBy::Script => "scripted_saves",
        };
        let updated = sqlx::query(&format!(
            "UPDATE consultations SET step = CASE WHEN step < $1 THEN $2 ELSE step END, {counter} = {counter} + 1, updated_at = $3
             WHERE id = $4 AND authority_id = $5 AND submitted_at IS NULL"
        ))
        .bind(reached)
        .bind(reached)
        .bind(at)
        .bind(c.id)
        .bind(self.0.authority())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(false);
        }
        for answer in answers {
            sqlx::query(
                "INSERT INTO answers (consultation_id, question_id, choices, words, sharing, language, saved_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (consultation_id, question_id) DO UPDATE SET
                   choices = excluded.choices, words = excluded.words, sharing = excluded.sharing,
                   language = excluded.language, saved_at = excluded.saved_at",
            )
            .bind(c.id)
            .bind(&answer.question_id)
            .bind(answer.choices_text())
            .bind(&answer.words)
            .bind(answer.sharing.as_str())
            .bind(lang.code())
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        // Only the first save moves the invitation on; every later one would change nothing.
        if !c.saved_before {
            sqlx::query(
                "UPDATE invitations SET status = 'in_progress', updated_at = $1 WHERE id = $2 AND authority_id = $3
                 AND status IN ('not_sent', 'sent', 'opened')",
            )
            .bind(at)
            .bind(c.invitation_id)
            .bind(self.0.authority())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// Moves the resume point on without saving answers (the advocacy and check screens).
    pub async fn reach_step(&self, consultation_id: i64, reached: i64) -> Result<(), AppError> {
        let db = self.0.db();
        sqlx::query(
            "UPDATE consultations SET step = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4 AND step < $5
                     AND submitted_at IS NULL",
        )
        .bind(reached)
        .bind(self.0.now())
        .bind(consultation_id)
        .bind(self.0.authority())
        .bind(reached)
        .execute(db)
        .await?;
        Ok(())
    }

    /// Changes who may see answers, before or after sending.
    pub async fn set_sharing(&self, consultation_id: i64, choices: &[(String, Sharing)]) -> Result<(), AppError> {
        let db = self.0.db();
        let mut tx = crate::server::db::begin_write(db).await?;
        for (question_id, sharing) in choices {
            sqlx::query(
                "UPDATE answers SET sharing = $1 WHERE consultation_id = $2 AND question_id = $3
                 AND consultation_id IN (SELECT id FROM consultations WHERE authority_id = $4)",
            )
            .bind(sharing.as_str())
            .bind(consultation_id)
            .bind(question_id)
            .bind(self.0.authority())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Sends the consultation: once. A second press, or a second tab, changes nothing (false).
    pub async fn submit(&self, c: &Consultation) -> Result<bool, AppError> {
        let db = self.0.db();
        let at = self.0.now();
        let mut tx = crate::server::db::begin_write(db).await?;
        let first = sqlx::query(
            "UPDATE consultations SET submitted_at = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4 AND submitted_at IS NULL",
        )
        .bind(at)
        .bind(at)
        .bind(c.id)
        .bind(self.0.authority())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if first {
            sqlx::query(
                "UPDATE invitations SET status = 'submitted', submitted_at = $1, updated_at = $2 WHERE id = $3 AND authority_id = $4",
            )
            .bind(at)
            .bind(at)
            .bind(c.invitation_id)
            .bind(self.0.authority())
            .execute(&mut *tx)
            .await?;
            self.0.webhook().pack_ready_if_all_sent(&mut tx, c.review_id, at).await?;
        }
        tx.commit().await?;
        Ok(first)
    }

    /// Adds something after sending; the IRO has not read it yet, so the receipt stops saying so.
    pub async fn add_more(&self, consultation_id: i64, words: &str, sharing: Sharing, lang: Lang) -> Result<(), AppError> {
        let db = self.0.db();
        let mut tx = crate::server::db::begin_write(db).await?;
        let found = sqlx::query("UPDATE consultations SET read_at = NULL, read_by = NULL WHERE id = $1 AND authority_id = $2")
            .bind(consultation_id)
            .bind(self.0.authority())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if found == 0 {
            return Err(AppError::NotFound);
        }
        sqlx::query("INSERT INTO consultation_additions (consultation_id, words, sharing, language, added_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(consultation_id)
            .bind(words)
            .bind(sharing.as_str())
            .bind(lang.code())
            .bind(self.0.now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn additions(&self, consultation_id: i64) -> Result<Vec<Addition>, AppError> {
        let db = self.0.db();
        /// Something added after sending, as stored.
        #[derive(sqlx::FromRow)]
        struct Row {
            words: String,
            sharing: String,
            language: String,
            added_at: i64,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT words, sharing, language, added_at FROM consultation_additions
             WHERE consultation_id = $1 AND consultation_id IN (SELECT id FROM consultations WHERE authority_id = $2)
             ORDER BY added_at, id",
        )
        .bind(consultation_id)
        .bind(self.0.authority())
        .fetch_all(db)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| Addition {
                words: r.words,
                sharing: Sharing::parse(&r.sharing).unwrap_or_default(),
                language: Lang::parse(&r.language).unwrap_or_default(),
                added_at: r.added_at,
            })
            .collect())
    }

    /// Read-aloud was used in this invitee's consultation.
    pub async fn mark_read_aloud(&self, invitation_id: InvitationId) -> Result<(), AppError> {
        let db = self.0.db();
        sqlx::query("UPDATE consultations SET read_aloud_used = 1 WHERE invitation_id = $1 AND authority_id = $2 AND read_aloud_used = 0")
            .bind(invitation_id)
            .bind(self.0.authority())
            .execute(db)
            .await?;
        Ok(())
    }

    pub async fn advocacy_reference(&self, invitation_id: InvitationId) -> Result<Option<String>, AppError> {
        let db = self.0.db();
        let row: Option<(String,)> =
            sqlx::query_as("SELECT reference FROM advocacy_requests WHERE invitation_id = $1 AND authority_id = $2")
                .bind(invitation_id)
                .bind(self.0.authority())
                .fetch_optional(db)
                .await?;
        Ok(row.map(|(r,)| r))
    }
}
