//! Storage for consultations: the child's secret, their answers as they go, sending, additions,
//! advocacy requests, urgent alerts, messages, and the staff notices those queue.

use crate::domain::forms::{Answer, Band, Sharing};
use crate::i18n::Lang;
use crate::model::AuthorityId;
use crate::model::StaffId;
use crate::server::db::outbox::{self, Kind};
use crate::server::{now, AppError};
use sqlx::AnyPool;

#[derive(Clone, Debug)]
pub struct Consultation {
    pub id: i64,
    pub authority_id: AuthorityId,
    pub review_id: i64,
    pub invitation_id: i64,
    pub form_id: String,
    pub form_version: u32,
    pub band: Band,
    pub step: i64,
    pub advocacy: Option<String>,
    pub submitted_at: Option<i64>,
    /// When the child's IRO last opened the pack showing it (cleared by an addition).
    pub read_at: Option<i64>,
}

const CONSULTATION: &str =
    "SELECT id, authority_id, review_id, invitation_id, form_id, form_version, band, step, advocacy, submitted_at, read_at FROM consultations";
type ConsultationRow = (i64, AuthorityId, i64, i64, String, i64, String, i64, Option<String>, Option<i64>, Option<i64>);

fn consultation(r: ConsultationRow) -> Result<Consultation, AppError> {
    let (id, authority_id, review_id, invitation_id, form_id, form_version, band, step, advocacy, submitted_at, read_at) = r;
    Ok(Consultation {
        id,
        authority_id,
        review_id,
        invitation_id,
        form_id,
        form_version: u32::try_from(form_version).map_err(|_| AppError::Internal(format!("consultation {id}: version")))?,
        band: Band::parse(&band).ok_or_else(|| AppError::Internal(format!("consultation {id}: band")))?,
        step,
        advocacy,
        submitted_at,
        read_at,
    })
}

pub async fn for_invitation(db: &AnyPool, invitation_id: i64) -> Result<Option<Consultation>, AppError> {
    let row: Option<ConsultationRow> =
        sqlx::query_as(&format!("{CONSULTATION} WHERE invitation_id = $1")).bind(invitation_id).fetch_optional(db).await?;
    row.map(consultation).transpose()
}

/// The invitee's consultation, begun on the form version current now (once: a second call, or a
/// second tab racing the first, finds the one already made).
pub struct NewConsultation<'a> {
    pub authority_id: AuthorityId,
    pub review_id: i64,
    pub invitation_id: i64,
    pub form_id: &'a str,
    pub form_version: u32,
    pub band: Band,
}

pub async fn begin(db: &AnyPool, new: NewConsultation<'_>) -> Result<Consultation, AppError> {
    let at = now();
    sqlx::query(
        "INSERT INTO consultations (authority_id, review_id, invitation_id, form_id, form_version, band, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (invitation_id) DO NOTHING",
    )
    .bind(new.authority_id)
    .bind(new.review_id)
    .bind(new.invitation_id)
    .bind(new.form_id)
    .bind(i64::from(new.form_version))
    .bind(new.band.as_str())
    .bind(at)
    .bind(at)
    .execute(db)
    .await?;
    for_invitation(db, new.invitation_id).await?.ok_or_else(|| AppError::Internal("consultation not created".into()))
}

/// A stored answer and when and in which language it was given.
#[derive(Clone, Debug)]
pub struct StoredAnswer {
    pub answer: Answer,
    pub language: Lang,
    pub saved_at: i64,
}

pub async fn answers(db: &AnyPool, consultation_id: i64) -> Result<Vec<StoredAnswer>, AppError> {
    let rows: Vec<(String, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT question_id, choices, words, sharing, language, saved_at FROM answers WHERE consultation_id = $1 ORDER BY saved_at, question_id",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(question_id, choices, words, sharing, language, saved_at)| StoredAnswer {
            answer: Answer {
                question_id,
                choices: Answer::choices_from_text(&choices),
                words,
                sharing: Sharing::parse(&sharing).unwrap_or_default(),
            },
            language: Lang::parse(&language).unwrap_or_default(),
            saved_at,
        })
        .collect())
}

/// How a save arrived: a plain form post, or the script saving as the child types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedBy {
    Form,
    Script,
}

/// Saves one screen's answers in one transaction and moves the resume point on. Refused (false)
/// once the consultation has been sent: after that, the child adds rather than edits.
pub async fn save_answers(
    db: &AnyPool,
    c: &Consultation,
    answers: &[Answer],
    lang: Lang,
    reached: i64,
    by: SavedBy,
) -> Result<bool, AppError> {
    let at = now();
    let mut tx = crate::server::db::begin_write(db).await?;
    let counter = match by {
        SavedBy::Form => "plain_saves",
        SavedBy::Script => "scripted_saves",
    };
    let updated = sqlx::query(&format!(
        "UPDATE consultations SET step = CASE WHEN step < $1 THEN $2 ELSE step END, {counter} = {counter} + 1, updated_at = $3
         WHERE id = $4 AND submitted_at IS NULL"
    ))
    .bind(reached)
    .bind(reached)
    .bind(at)
    .bind(c.id)
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
    sqlx::query(
        "UPDATE invitations SET status = 'in_progress', updated_at = $1 WHERE id = $2 AND status IN ('not_sent', 'sent', 'opened')",
    )
    .bind(at)
    .bind(c.invitation_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Moves the resume point on without saving answers (the advocacy and check screens).
pub async fn reach_step(db: &AnyPool, consultation_id: i64, reached: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE consultations SET step = $1, updated_at = $2 WHERE id = $3 AND step < $4 AND submitted_at IS NULL")
        .bind(reached)
        .bind(now())
        .bind(consultation_id)
        .bind(reached)
        .execute(db)
        .await?;
    Ok(())
}

/// Changes who may see answers, before or after sending.
pub async fn set_sharing(db: &AnyPool, consultation_id: i64, choices: &[(String, Sharing)]) -> Result<(), AppError> {
    let mut tx = crate::server::db::begin_write(db).await?;
    for (question_id, sharing) in choices {
        sqlx::query("UPDATE answers SET sharing = $1 WHERE consultation_id = $2 AND question_id = $3")
            .bind(sharing.as_str())
            .bind(consultation_id)
            .bind(question_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Sends the consultation: once. A second press, or a second tab, changes nothing (false).
pub async fn submit(db: &AnyPool, c: &Consultation) -> Result<bool, AppError> {
    let at = now();
    let mut tx = crate::server::db::begin_write(db).await?;
    let first = sqlx::query("UPDATE consultations SET submitted_at = $1, updated_at = $2 WHERE id = $3 AND submitted_at IS NULL")
        .bind(at)
        .bind(at)
        .bind(c.id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if first {
        sqlx::query("UPDATE invitations SET status = 'submitted', submitted_at = $1, updated_at = $2 WHERE id = $3")
            .bind(at)
            .bind(at)
            .bind(c.invitation_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(first)
}

#[derive(Clone, Debug)]
pub struct Addition {
    pub words: String,
    pub sharing: Sharing,
    pub language: Lang,
    pub added_at: i64,
}

/// Adds something after sending; the IRO has not read it yet, so the receipt stops saying so.
pub async fn add_more(db: &AnyPool, consultation_id: i64, words: &str, sharing: Sharing, lang: Lang) -> Result<(), AppError> {
    let mut tx = crate::server::db::begin_write(db).await?;
    sqlx::query("UPDATE consultations SET read_at = NULL, read_by = NULL WHERE id = $1").bind(consultation_id).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO consultation_additions (consultation_id, words, sharing, language, added_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(consultation_id)
        .bind(words)
        .bind(sharing.as_str())
        .bind(lang.code())
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn additions(db: &AnyPool, consultation_id: i64) -> Result<Vec<Addition>, AppError> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT words, sharing, language, added_at FROM consultation_additions WHERE consultation_id = $1 ORDER BY added_at, id",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(words, sharing, language, added_at)| Addition {
            words,
            sharing: Sharing::parse(&sharing).unwrap_or_default(),
            language: Lang::parse(&language).unwrap_or_default(),
            added_at,
        })
        .collect())
}

pub async fn set_advocacy(db: &AnyPool, consultation_id: i64, choice: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE consultations SET advocacy = $1, updated_at = $2 WHERE id = $3")
        .bind(choice)
        .bind(now())
        .bind(consultation_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Read-aloud was used in this invitee's consultation.
pub async fn mark_read_aloud(db: &AnyPool, invitation_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE consultations SET read_aloud_used = 1 WHERE invitation_id = $1 AND read_aloud_used = 0")
        .bind(invitation_id)
        .execute(db)
        .await?;
    Ok(())
}

/// The child's secret as stored.
#[derive(Clone, Debug)]
pub struct Secret {
    pub kind: String,
    pub hash: String,
    pub failures: i64,
}

pub async fn secret(db: &AnyPool, invitation_id: i64) -> Result<Option<Secret>, AppError> {
    let row: Option<(Option<String>, Option<String>, i64)> =
        sqlx::query_as("SELECT secret_kind, secret_hash, secret_failures FROM invitations WHERE id = $1")
            .bind(invitation_id)
            .fetch_optional(db)
            .await?;
    Ok(row.and_then(|(kind, hash, failures)| Some(Secret { kind: kind?, hash: hash?, failures })))
}

/// Stores a first secret. False if one was set meanwhile (another tab): the first one stands.
pub async fn set_secret(db: &AnyPool, invitation_id: i64, kind: &str, hash: &str) -> Result<bool, AppError> {
    let at = now();
    let done = sqlx::query(
        "UPDATE invitations SET secret_kind = $1, secret_hash = $2, secret_failures = 0, secret_set_at = $3, updated_at = $4
         WHERE id = $5 AND secret_hash IS NULL",
    )
    .bind(kind)
    .bind(hash)
    .bind(at)
    .bind(at)
    .bind(invitation_id)
    .execute(db)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Takes one try before the secret is checked, so tries sent all at once still count one by one.
/// False when none are left.
pub async fn take_secret_try(db: &AnyPool, invitation_id: i64, secret_hash: &str, tries: i64) -> Result<bool, AppError> {
    let taken = sqlx::query(
        "UPDATE invitations SET secret_failures = secret_failures + 1 WHERE id = $1 AND secret_hash = $2 AND secret_failures < $3",
    )
    .bind(invitation_id)
    .bind(secret_hash)
    .bind(tries)
    .execute(db)
    .await?
    .rows_affected();
    Ok(taken == 1)
}

pub async fn secret_worked(db: &AnyPool, invitation_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE invitations SET secret_failures = 0 WHERE id = $1 AND secret_failures > 0").bind(invitation_id).execute(db).await?;
    Ok(())
}

/// The child's own IRO clears a forgotten or locked secret; the child makes a new one next time.
pub async fn reset_secret(db: &AnyPool, authority_id: AuthorityId, iro_id: StaffId, invitation_id: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE invitations SET secret_kind = NULL, secret_hash = NULL, secret_failures = 0, secret_set_at = NULL, updated_at = $1
         WHERE id = $2 AND authority_id = $3 AND secret_hash IS NOT NULL
         AND review_id IN (SELECT r.id FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
                           WHERE r.authority_id = $4 AND c.iro_staff_id = $5)",
    )
    .bind(now())
    .bind(invitation_id)
    .bind(authority_id)
    .bind(authority_id)
    .bind(iro_id)
    .execute(db)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// An alert not yet acknowledged, raised by this invitee within this many seconds, is not raised
/// again: a child pressing twice, or choosing it in two questions, makes one alert, not a storm.
pub const ALERT_REPEAT_SECONDS: i64 = 60 * 60;

/// Raises "I don't feel safe": the alert, and notices to the IRO and the duty team. Returns the
/// alert's id, or None when the same child's alert is already waiting.
pub async fn raise_alert(
    db: &AnyPool,
    authority_id: AuthorityId,
    review_id: i64,
    invitation_id: i64,
    source: &str,
) -> Result<Option<i64>, AppError> {
    let at = now();
    let mut tx = crate::server::db::begin_write(db).await?;
    let waiting: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM alerts WHERE invitation_id = $1 AND acknowledged_at IS NULL AND raised_at > $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(invitation_id)
    .bind(at - ALERT_REPEAT_SECONDS)
    .fetch_optional(&mut *tx)
    .await?;
    if waiting.is_some() {
        return Ok(None);
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO alerts (authority_id, review_id, child_id, invitation_id, source, raised_at)
         SELECT r.authority_id, r.id, r.child_id, $1, $2, $3 FROM reviews r WHERE r.id = $4 AND r.authority_id = $5
         RETURNING id",
    )
    .bind(invitation_id)
    .bind(source)
    .bind(at)
    .bind(review_id)
    .bind(authority_id)
    .fetch_one(&mut *tx)
    .await?;
    outbox::enqueue(&mut tx, authority_id, Kind::AlertIro, id, Some(review_id), at).await?;
    outbox::enqueue(&mut tx, authority_id, Kind::AlertDuty, id, Some(review_id), at).await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// "Yes please" to an advocate: one request per invitation, and a notice to the provider.
/// Returns the request's reference (the existing one if asked before).
pub async fn request_advocacy(
    db: &AnyPool,
    authority_id: AuthorityId,
    review_id: i64,
    invitation_id: i64,
    reference: &str,
) -> Result<String, AppError> {
    let at = now();
    let mut tx = crate::server::db::begin_write(db).await?;
    // A second press (or a double click racing the first) finds the request already made.
    let made: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO advocacy_requests (authority_id, review_id, invitation_id, reference, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (invitation_id) DO NOTHING RETURNING id",
    )
    .bind(authority_id)
    .bind(review_id)
    .bind(invitation_id)
    .bind(reference)
    .bind(at)
    .bind(at)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id,)) = made else {
        drop(tx);
        return advocacy_reference(db, invitation_id).await?.ok_or_else(|| AppError::Internal("advocacy request vanished".into()));
    };
    outbox::enqueue(&mut tx, authority_id, Kind::Advocacy, id, Some(review_id), at).await?;
    tx.commit().await?;
    Ok(reference.to_string())
}

pub async fn advocacy_reference(db: &AnyPool, invitation_id: i64) -> Result<Option<String>, AppError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT reference FROM advocacy_requests WHERE invitation_id = $1").bind(invitation_id).fetch_optional(db).await?;
    Ok(row.map(|(r,)| r))
}

/// An advocacy request's reference and who asked ("child" or "parent").
pub async fn advocacy_reference_by_id(db: &AnyPool, authority_id: AuthorityId, id: i64) -> Result<Option<(String, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT a.reference, i.audience FROM advocacy_requests a JOIN invitations i ON i.id = a.invitation_id AND i.authority_id = a.authority_id
         WHERE a.id = $1 AND a.authority_id = $2",
    )
    .bind(id)
    .bind(authority_id)
    .fetch_optional(db)
    .await?)
}

/// An alert as the IRO's home lists it: no words, just who and when.
#[derive(Clone, Debug)]
pub struct OpenAlert {
    pub id: i64,
    pub child_id: i64,
    pub child_name: String,
    pub raised_at: i64,
}

/// Alerts not yet acknowledged for the children this IRO reviews.
pub async fn open_alerts_for_iro(db: &AnyPool, authority_id: AuthorityId, iro_id: StaffId) -> Result<Vec<OpenAlert>, AppError> {
    let rows: Vec<(i64, i64, String, i64)> = sqlx::query_as(
        "SELECT a.id, a.child_id, c.preferred_name, a.raised_at FROM alerts a
         JOIN children c ON c.id = a.child_id AND c.authority_id = a.authority_id
         WHERE a.authority_id = $1 AND c.iro_staff_id = $2 AND a.acknowledged_at IS NULL ORDER BY a.raised_at",
    )
    .bind(authority_id)
    .bind(iro_id)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, child_id, child_name, raised_at)| OpenAlert { id, child_id, child_name, raised_at }).collect())
}

/// The IRO says they have seen the alert and are acting on it.
pub async fn acknowledge_alert(db: &AnyPool, authority_id: AuthorityId, iro_id: StaffId, alert_id: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE alerts SET acknowledged_at = $1, acknowledged_by = $2
         WHERE id = $3 AND authority_id = $4 AND acknowledged_at IS NULL
         AND child_id IN (SELECT id FROM children WHERE authority_id = $5 AND iro_staff_id = $6)",
    )
    .bind(now())
    .bind(iro_id)
    .bind(alert_id)
    .bind(authority_id)
    .bind(authority_id)
    .bind(iro_id)
    .execute(db)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// A message from a child: (id, kind, words, sent at, read at).
pub type SentMessage = (i64, String, String, i64, Option<i64>);

/// "Tell my IRO": stored, and a notice (without the words) queued for the IRO.
pub async fn send_message(
    db: &AnyPool,
    entry_authority: AuthorityId,
    review_id: i64,
    invitation_id: i64,
    kind: &str,
    words: &str,
    lang: Lang,
) -> Result<i64, AppError> {
    let at = now();
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
    .bind(entry_authority)
    .fetch_one(&mut *tx)
    .await?;
    outbox::enqueue(&mut tx, entry_authority, Kind::Message, id, Some(review_id), at).await?;
    tx.commit().await?;
    Ok(id)
}

/// The messages a child sent with this invitation, newest first.
pub async fn messages_sent(db: &AnyPool, invitation_id: i64) -> Result<Vec<SentMessage>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, kind, words, sent_at, read_at FROM child_messages WHERE invitation_id = $1 ORDER BY sent_at DESC, id DESC",
    )
    .bind(invitation_id)
    .fetch_all(db)
    .await?)
}

/// A message as its IRO's home lists it: (id, child id, child's name, kind, sent at). No words.
pub type MessageLine = (i64, i64, String, String, i64);

pub async fn unread_messages_for_iro(db: &AnyPool, authority_id: AuthorityId, iro_id: StaffId) -> Result<Vec<MessageLine>, AppError> {
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

/// One message for the child's IRO: (child id, child's name, kind, words, language, sent at).
pub type MessageForIro = (i64, String, String, String, String, i64);

pub async fn message_for_iro(db: &AnyPool, authority_id: AuthorityId, iro_id: StaffId, id: i64) -> Result<Option<MessageForIro>, AppError> {
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

pub async fn mark_message_read(db: &AnyPool, authority_id: AuthorityId, id: i64, staff_id: StaffId) -> Result<(), AppError> {
    sqlx::query("UPDATE child_messages SET read_at = $1, read_by = $2 WHERE id = $3 AND authority_id = $4 AND read_at IS NULL")
        .bind(now())
        .bind(staff_id)
        .bind(id)
        .bind(authority_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Open advocacy requests from the children this IRO reviews and their parents: (child id, child's
/// name, reference, asked at, who asked).
pub async fn advocacy_requests_for_iro(
    db: &AnyPool,
    authority_id: AuthorityId,
    iro_id: StaffId,
) -> Result<Vec<(i64, String, String, i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.preferred_name, a.reference, a.created_at, i.audience FROM advocacy_requests a
         JOIN invitations i ON i.id = a.invitation_id AND i.authority_id = a.authority_id
         JOIN reviews r ON r.id = a.review_id AND r.authority_id = a.authority_id
         JOIN children c ON c.id = r.child_id AND c.authority_id = a.authority_id
         WHERE a.authority_id = $1 AND c.iro_staff_id = $2 AND a.status = 'requested' ORDER BY a.created_at",
    )
    .bind(authority_id)
    .bind(iro_id)
    .fetch_all(db)
    .await?)
}
