//! The facts the manager's figures are counted from: dates, kinds and yes/no flags, one row per
//! review, invitation, alert or message. No names, no words.

use crate::domain::forms::Band;
use crate::domain::reports::{AlertFact, InviteFact, ReviewFact};
use crate::domain::reviews::Audience;
use crate::server::db::{format_date, parse_date};
use crate::server::tenant::Tenant;
use crate::server::AppError;
use time::Date;

type InviteRow = (
    String,
    Option<String>,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    i64,
    i64,
    i64,
    String,
    String,
);

/// The facts reports count, for one authority: `tenant.reports()`.
pub struct ReportFacts<'t>(&'t Tenant);

impl Tenant {
    pub fn reports(&self) -> ReportFacts<'_> {
        ReportFacts(self)
    }
}

impl ReportFacts<'_> {
    /// Reviews of the authority due on or after `from`.
    pub async fn reviews(&self, from: Date) -> Result<Vec<ReviewFact>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// A review's dates and status, as stored.
        #[derive(sqlx::FromRow)]
        struct Row {
            due_on: String,
            meeting_on: String,
            status: String,
        }
        let rows: Vec<Row> =
            sqlx::query_as("SELECT due_on, meeting_on, status FROM reviews WHERE authority_id = $1 AND due_on >= $2 AND recorded = 0")
                .bind(authority_id)
                .bind(format_date(from))
                .fetch_all(db)
                .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(ReviewFact {
                    due_on: parse_date(&r.due_on).ok()?,
                    held_on: if r.status == "held" { parse_date(&r.meeting_on).ok() } else { None },
                    booked_for: if r.status == "booked" { parse_date(&r.meeting_on).ok() } else { None },
                    cancelled: r.status == "cancelled",
                })
            })
            .collect())
    }

    /// Invitations asking for views (not those to the meeting only) sent on or after `from_at`: not
    /// those never sent, nor those of a review that was cancelled.
    pub async fn invitations(&self, from_at: i64) -> Result<Vec<InviteFact>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<InviteRow> = sqlx::query_as(
            "SELECT i.audience, c.band, COALESCE(i.sent_at, i.created_at), i.opened_at, c.submitted_at, c.read_aloud_used, c.scripted_saves, c.plain_saves,
                    c.advocacy,
                    (SELECT COUNT(*) FROM answers a WHERE a.consultation_id = c.id AND a.language = 'cy'),
                    (SELECT COUNT(*) FROM answers a WHERE a.consultation_id = c.id),
                    (SELECT COUNT(*) FROM advocacy_requests q WHERE q.invitation_id = i.id),
                    ch.date_of_birth, r.meeting_on
             FROM invitations i
             JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id
             JOIN children ch ON ch.id = r.child_id AND ch.authority_id = r.authority_id
             LEFT JOIN consultations c ON c.invitation_id = i.id
             WHERE i.authority_id = $1 AND COALESCE(i.sent_at, i.created_at) >= $2 AND i.audience <> 'other'
                   AND i.status <> 'not_sent' AND r.status <> 'cancelled'",
        )
        .bind(authority_id)
        .bind(from_at)
        .fetch_all(db)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(
                |(
                    audience,
                    band,
                    created,
                    opened,
                    submitted,
                    read_aloud,
                    scripted,
                    plain,
                    advocacy,
                    welsh,
                    answers,
                    requests,
                    born,
                    meeting,
                )| {
                    let audience = Audience::parse(&audience)?;
                    // The band of the form they answered; for a child who has not begun, the band the
                    // form would ask them in (their age on the day of the meeting).
                    let band = band.as_deref().and_then(Band::parse).or_else(|| {
                        let (born, meeting) = (parse_date(&born).ok()?, parse_date(&meeting).ok()?);
                        (audience == Audience::Child).then(|| Band::for_age(crate::domain::forms::age_on(born, meeting)))
                    });
                    Some(InviteFact {
                        audience,
                        band,
                        invited_on: crate::server::uk_time(created).date(),
                        // Begun (or sent) means opened, whatever the invitation row says.
                        opened: opened.is_some() || submitted.is_some() || read_aloud.is_some(),
                        submitted: submitted.is_some(),
                        read_aloud: read_aloud.unwrap_or(0) > 0,
                        welsh: answers > 0 && welsh * 2 > answers,
                        without_js: plain.unwrap_or(0) > 0 && scripted.unwrap_or(0) == 0,
                        advocacy_offered: advocacy.is_some(),
                        advocacy_accepted: requests > 0,
                    })
                },
            )
            .collect())
    }

    /// Urgent alerts raised on or after `from_at`.
    pub async fn alerts(&self, from_at: i64) -> Result<Vec<AlertFact>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(i64, Option<i64>)> =
            sqlx::query_as("SELECT raised_at, acknowledged_at FROM alerts WHERE authority_id = $1 AND raised_at >= $2")
                .bind(authority_id)
                .bind(from_at)
                .fetch_all(db)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(raised, acknowledged)| AlertFact {
                raised_on: crate::server::uk_time(raised).date(),
                minutes_to_acknowledge: acknowledged.map(|a| (a - raised).max(0) / 60),
            })
            .collect())
    }

    /// The days messages from children were sent, on or after `from_at`.
    pub async fn messages(&self, from_at: i64) -> Result<Vec<Date>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(i64,)> = sqlx::query_as("SELECT sent_at FROM child_messages WHERE authority_id = $1 AND sent_at >= $2")
            .bind(authority_id)
            .bind(from_at)
            .fetch_all(db)
            .await?;
        Ok(rows.into_iter().map(|(at,)| crate::server::uk_time(at).date()).collect())
    }
}
