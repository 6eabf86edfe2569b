//! Reviews and placement moves. Every query names the authority.

use crate::domain::reviews::{format_form_time, Arrangement, Booking, ReviewStatus};
use crate::domain::schedule::{report_deadline, review_state, DueReason};
use crate::features::reviews::{PastReview, ReviewDetail};
use crate::model::StaffId;
use crate::model::{ChildId, ReviewId};
use crate::server::db::{format_date, parse_date};
use crate::server::tenant::Tenant;
use crate::server::AppError;
use time::Date;

const COLUMNS: &str = "r.id, r.child_id, c.preferred_name AS child_name, r.kind, r.due_on, r.meeting_on, r.meeting_at,
                       r.arrangement, r.arrangement_details, r.delay_reason, r.status, r.confirmed_at";

/// A review as stored, with its child's name, column by column (see `COLUMNS`).
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    child_id: ChildId,
    child_name: String,
    kind: String,
    due_on: String,
    meeting_on: String,
    meeting_at: String,
    arrangement: String,
    arrangement_details: String,
    delay_reason: String,
    status: String,
    confirmed_at: Option<i64>,
}

fn detail(row: Row, today: Date) -> Result<ReviewDetail, AppError> {
    let id = row.id;
    let bad = |what: &str| AppError::Internal(format!("review {id}: stored {what} unreadable"));
    let due_on = parse_date(&row.due_on)?;
    let meeting_on = parse_date(&row.meeting_on)?;
    let status = ReviewStatus::parse(&row.status).ok_or_else(|| bad("status"))?;
    Ok(ReviewDetail {
        id: crate::model::ReviewId::new(id),
        child_id: row.child_id,
        child_name: row.child_name,
        kind: DueReason::parse(&row.kind).ok_or_else(|| bad("kind"))?,
        due_on,
        meeting_on,
        meeting_at: row.meeting_at,
        arrangement: Arrangement::parse(&row.arrangement).ok_or_else(|| bad("arrangement"))?,
        arrangement_details: row.arrangement_details,
        delay_reason: row.delay_reason,
        status,
        state: review_state(due_on, Some(meeting_on), status == ReviewStatus::Held, status == ReviewStatus::Cancelled, today),
        report_deadline: report_deadline(meeting_on),
        confirmed: row.confirmed_at.is_some(),
    })
}

/// Reviews, past reviews and moves of one authority: `tenant.reviews()`.
pub struct Reviews<'t>(&'t Tenant);

impl Tenant {
    pub fn reviews(&self) -> Reviews<'_> {
        Reviews(self)
    }
}

impl Reviews<'_> {
    pub async fn get(&self, id: ReviewId) -> Result<Option<ReviewDetail>, AppError> {
        let today = self.0.today();
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let row: Option<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
             WHERE r.id = $1 AND r.authority_id = $2"
        ))
        .bind(id)
        .bind(authority_id)
        .fetch_optional(db)
        .await?;
        row.map(|r| detail(r, today)).transpose()
    }

    /// Booked reviews of the authority (optionally one child's), soonest first.
    pub async fn booked(&self, child: Option<ChildId>) -> Result<Vec<ReviewDetail>, AppError> {
        let today = self.0.today();
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM reviews r JOIN children c ON c.id = r.child_id AND c.authority_id = r.authority_id
             WHERE r.authority_id = $1 AND r.status = 'booked' AND ($2 IS NULL OR r.child_id = $2)
             ORDER BY r.meeting_on, r.meeting_at, r.id"
        ))
        .bind(authority_id)
        .bind(child)
        .fetch_all(db)
        .await?;
        rows.into_iter().map(|r| detail(r, today)).collect()
    }

    /// Held and cancelled reviews of one child, newest first.
    pub async fn history(&self, child_id: ChildId) -> Result<Vec<PastReview>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// A past review as stored.
        #[derive(sqlx::FromRow)]
        struct Row {
            id: ReviewId,
            meeting_on: String,
            kind: String,
            status: String,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, meeting_on, kind, status FROM reviews
             WHERE authority_id = $1 AND child_id = $2 AND status <> 'booked' ORDER BY meeting_on DESC, id DESC",
        )
        .bind(authority_id)
        .bind(child_id)
        .fetch_all(db)
        .await?;
        rows.into_iter()
            .map(|r| {
                let id = r.id;
                Ok(PastReview {
                    id,
                    meeting_on: parse_date(&r.meeting_on)?,
                    kind: DueReason::parse(&r.kind).ok_or_else(|| AppError::Internal(format!("review {id}: kind")))?,
                    status: ReviewStatus::parse(&r.status).ok_or_else(|| AppError::Internal(format!("review {id}: status")))?,
                })
            })
            .collect()
    }

    /// (child id, date) of every review held, for the authority or one child.
    pub async fn held_dates(&self, child: Option<ChildId>) -> Result<Vec<(ChildId, Date)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(ChildId, String)> = sqlx::query_as(
            "SELECT child_id, meeting_on FROM reviews WHERE authority_id = $1 AND status = 'held' AND ($2 IS NULL OR child_id = $2)",
        )
        .bind(authority_id)
        .bind(child)
        .fetch_all(db)
        .await?;
        rows.into_iter().map(|(child, day)| Ok((child, parse_date(&day)?))).collect()
    }

    /// (child id, date) of every unplanned change of placement, for the authority or one child.
    pub async fn moves(&self, child: Option<ChildId>) -> Result<Vec<(ChildId, Date)>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(ChildId, String)> =
            sqlx::query_as("SELECT child_id, moved_on FROM placement_moves WHERE authority_id = $1 AND ($2 IS NULL OR child_id = $2)")
                .bind(authority_id)
                .bind(child)
                .fetch_all(db)
                .await?;
        rows.into_iter().map(|(child, day)| Ok((child, parse_date(&day)?))).collect()
    }

    /// Records an unplanned move of a child of this authority (not found for anyone else's).
    pub async fn insert_move(&self, child_id: ChildId, moved_on: Date) -> Result<i64, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let made: Option<i64> = sqlx::query_scalar(
            "INSERT INTO placement_moves (authority_id, child_id, moved_on, created_at)
             SELECT c.authority_id, c.id, $1, $2 FROM children c WHERE c.id = $3 AND c.authority_id = $4 RETURNING id",
        )
        .bind(format_date(moved_on))
        .bind(self.0.now())
        .bind(child_id)
        .bind(authority_id)
        .fetch_optional(db)
        .await?;
        made.ok_or(AppError::NotFound)
    }

    /// Books a review for a child of this authority (not found for anyone else's).
    pub async fn insert(&self, child_id: ChildId, kind: DueReason, due_on: Date, booking: &Booking) -> Result<i64, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let made: Option<i64> = sqlx::query_scalar(
            "INSERT INTO reviews (authority_id, child_id, kind, due_on, meeting_on, meeting_at, arrangement, arrangement_details,
                                  delay_reason, status, created_at, updated_at)
             SELECT c.authority_id, c.id, $1, $2, $3, $4, $5, $6, $7, 'booked', $8, $9
             FROM children c WHERE c.id = $10 AND c.authority_id = $11 RETURNING id",
        )
        .bind(kind.as_str())
        .bind(format_date(due_on))
        .bind(format_date(booking.meeting_on))
        .bind(format_form_time(booking.meeting_at))
        .bind(booking.arrangement.as_str())
        .bind(booking.arrangement_details.as_str())
        .bind(booking.delay_reason.as_str())
        .bind(at)
        .bind(at)
        .bind(child_id)
        .bind(authority_id)
        .fetch_optional(db)
        .await
        .map_err(crate::server::error::unique_refuses(crate::i18n::T::ErrAlreadyBooked))?;
        made.ok_or(AppError::NotFound)
    }

    /// A review held before Heard knew the child, recorded so the schedule counts it (a child of
    /// this authority; not found for anyone else's).
    pub async fn insert_held(&self, child_id: ChildId, kind: DueReason, held_on: Date) -> Result<i64, AppError> {
        insert_held_with(self.0.db(), self.0.authority(), child_id, kind, held_on, self.0.now()).await?.ok_or(AppError::NotFound)
    }

    /// Changes a booked review's date and arrangements; None unless it is booked and in
    /// this authority. A change to when or how the meeting happens needs the IRO's confirmation
    /// again; with `moved` (the links' new expiry), in the same transaction, links last until the
    /// new date, letters out are marked for reprinting and emailed invitees are sent a notice.
    /// Returns how many notices were queued.
    pub async fn update_booking(&self, id: ReviewId, booking: &Booking, moved: Option<i64>, at: i64) -> Result<Option<u64>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let mut tx = crate::server::db::begin_write(db).await?;
        let done = sqlx::query(
            "UPDATE reviews SET meeting_on = $1, meeting_at = $2, arrangement = $3, arrangement_details = $4, delay_reason = $5, updated_at = $6,
                 confirmed_at = CASE WHEN meeting_on = $1 AND meeting_at = $2 AND arrangement = $3 AND arrangement_details = $4
                                     THEN confirmed_at ELSE NULL END,
                 confirmed_by = CASE WHEN meeting_on = $1 AND meeting_at = $2 AND arrangement = $3 AND arrangement_details = $4
                                     THEN confirmed_by ELSE NULL END
             WHERE id = $7 AND authority_id = $8 AND status = 'booked'",
        )
        .bind(format_date(booking.meeting_on))
        .bind(format_form_time(booking.meeting_at))
        .bind(booking.arrangement.as_str())
        .bind(booking.arrangement_details.as_str())
        .bind(booking.delay_reason.as_str())
        .bind(at)
        .bind(id)
        .bind(authority_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        let told = match moved {
            Some(expires_at) => self.rescheduled(&mut tx, id, expires_at, at).await?,
            None => 0,
        };
        tx.commit().await?;
        Ok(Some(told))
    }

    /// The child's own IRO confirms the date, time and how to join; false unless the review is
    /// booked, in this authority, and for a child this IRO reviews.
    pub async fn confirm(&self, id: ReviewId, iro_id: StaffId) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let done = sqlx::query(
            "UPDATE reviews SET confirmed_at = $1, confirmed_by = $2, updated_at = $1
             WHERE id = $3 AND authority_id = $4 AND status = 'booked'
               AND child_id IN (SELECT id FROM children WHERE authority_id = $4 AND iro_staff_id = $2)",
        )
        .bind(at)
        .bind(iro_id)
        .bind(id)
        .bind(authority_id)
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Holds (on `held_on`) or cancels a booked review, in one transaction with what follows from it: a
    /// cancellation queues a notice to every emailed invitee still asked for views, then the links
    /// end (a held review keeps the child's, which opens the IRO's letter). None unless it was
    /// booked and in this authority; otherwise how many notices were queued.
    pub async fn close(&self, id: ReviewId, status: ReviewStatus, held_on: Option<Date>, at: i64) -> Result<Option<u64>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let mut tx = crate::server::db::begin_write(db).await?;
        let done = sqlx::query(
            "UPDATE reviews SET status = $1, meeting_on = COALESCE($2, meeting_on), updated_at = $3
             WHERE id = $4 AND authority_id = $5 AND status = 'booked'",
        )
        .bind(status.as_str())
        .bind(held_on.map(format_date))
        .bind(at)
        .bind(id)
        .bind(authority_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        let told = if status == ReviewStatus::Cancelled {
            self.0.outbox().enqueue_for_review(&mut tx, id, crate::server::db::outbox::Kind::Cancelled, false, at).await?
        } else {
            self.0.webhook().enqueue_once(&mut tx, crate::server::db::outbox::Kind::HookReviewHeld, id, at).await?;
            0
        };
        self.revoke_all(&mut tx, id, status == ReviewStatus::Held, at).await?;
        tx.commit().await?;
        Ok(Some(told))
    }

    /// Revokes every invitation of a review (when it is cancelled or held), but for the child's own
    /// when `keep_child` (it stays to open the outcome letter; until one is sent it opens nothing).
    pub async fn revoke_all(
        &self,
        tx: &mut crate::server::db::WriteTx,
        review_id: ReviewId,
        keep_child: bool,
        at: i64,
    ) -> Result<(), AppError> {
        let authority_id = self.0.authority();
        sqlx::query(
            "UPDATE invitations SET revoked_at = $1, updated_at = $2
             WHERE review_id = $3 AND authority_id = $4 AND revoked_at IS NULL AND ($5 = 0 OR audience <> 'child')",
        )
        .bind(at)
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .bind(i64::from(keep_child))
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// After the meeting moved: links last until the new date, letters already out must be
    /// reprinted, and every emailed invitee still asked for views is sent a notice, all at once.
    /// Returns how many notices were queued.
    pub async fn rescheduled(
        &self,
        tx: &mut crate::server::db::WriteTx,
        review_id: ReviewId,
        expires_at: i64,
        at: i64,
    ) -> Result<u64, AppError> {
        let authority_id = self.0.authority();
        sqlx::query(
            "UPDATE invitations SET expires_at = CASE WHEN link_salt IS NULL THEN expires_at ELSE $1 END,
                    needs_reprint = CASE WHEN delivery = 'post' AND link_salt IS NOT NULL THEN 1 ELSE needs_reprint END, updated_at = $2
             WHERE review_id = $3 AND authority_id = $4 AND revoked_at IS NULL",
        )
        .bind(expires_at)
        .bind(at)
        .bind(review_id)
        .bind(authority_id)
        .execute(&mut **tx)
        .await?;
        self.0.outbox().enqueue_for_review(tx, review_id, crate::server::db::outbox::Kind::Changed, false, at).await
    }

    /// Whether any invitation to the review has gone out (a link or code made) and stands.
    pub async fn invitations_out(&self, review_id: ReviewId) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let out: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM invitations WHERE review_id = $1 AND authority_id = $2 AND link_salt IS NOT NULL AND revoked_at IS NULL",
        )
        .bind(review_id)
        .bind(authority_id)
        .fetch_one(db)
        .await?;
        Ok(out > 0)
    }
}

/// Records a review held before Heard knew the child, through `executor` (the pool, or an
/// import's transaction): its id, or `None` when the child is not one of `authority_id`'s.
pub async fn insert_held_with<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(
    executor: E,
    authority_id: crate::model::AuthorityId,
    child_id: ChildId,
    kind: DueReason,
    held_on: Date,
    at: i64,
) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO reviews (authority_id, child_id, kind, due_on, meeting_on, meeting_at, arrangement, arrangement_details,
                              delay_reason, status, created_at, updated_at, recorded)
         SELECT c.authority_id, c.id, $1, $2, $3, '', 'in_person', '', '', 'held', $4, $5, 1
         FROM children c WHERE c.id = $6 AND c.authority_id = $7 RETURNING id",
    )
    .bind(kind.as_str())
    .bind(format_date(held_on))
    .bind(format_date(held_on))
    .bind(at)
    .bind(at)
    .bind(child_id)
    .bind(authority_id)
    .fetch_optional(executor)
    .await?)
}
