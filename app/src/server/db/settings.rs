//! Each authority's own settings: advocacy provider, duty contact, review team, arrangements, post.

use crate::domain::reviews::SettingsInput;
use crate::model::TeamContact;
use crate::server::tenant::Tenant;
use crate::server::tenant::Unscoped;
use crate::server::AppError;

/// Every authority's name and review-team contact, for the page a wrong code lands on (which
/// cannot say whose code it was).
pub async fn review_team_contacts(unscoped: &Unscoped) -> Result<Vec<TeamContact>, AppError> {
    let db = unscoped.db();
    /// A council's names and its review team's phone and email, if it set them.
    #[derive(sqlx::FromRow)]
    struct Row {
        name_en: String,
        name_cy: String,
        review_team_phone: Option<String>,
        review_team_email: Option<String>,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT a.name_en, a.name_cy, s.review_team_phone, s.review_team_email
         FROM authorities a LEFT JOIN authority_settings s ON s.authority_id = a.id ORDER BY a.name_en",
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| TeamContact {
            name_en: r.name_en,
            name_cy: r.name_cy,
            phone: r.review_team_phone.unwrap_or_default(),
            email: r.review_team_email.unwrap_or_default(),
        })
        .collect())
}

/// One authority's settings: `tenant.settings()`.
pub struct Settings<'t>(&'t Tenant);

impl Tenant {
    pub fn settings(&self) -> Settings<'_> {
        Settings(self)
    }
}

impl Settings<'_> {
    /// The authority's settings as stored, or empty ones (post on) if an admin never saved any.
    pub async fn get(&self) -> Result<SettingsInput, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// The settings as stored (post and suppression as numbers).
        #[derive(sqlx::FromRow)]
        struct Row {
            advocacy_name: String,
            advocacy_email: String,
            advocacy_phone: String,
            parent_advocacy_name: String,
            parent_advocacy_email: String,
            parent_advocacy_phone: String,
            duty_name: String,
            duty_email: String,
            duty_phone: String,
            review_team_phone: String,
            review_team_email: String,
            default_arrangements: String,
            post_enabled: i64,
            report_suppress_below: i64,
        }
        let row: Option<Row> = sqlx::query_as(
            "SELECT advocacy_name, advocacy_email, advocacy_phone, parent_advocacy_name, parent_advocacy_email, parent_advocacy_phone,
                    duty_name, duty_email, duty_phone,
                    review_team_phone, review_team_email, default_arrangements, post_enabled, report_suppress_below
             FROM authority_settings WHERE authority_id = $1",
        )
        .bind(authority_id)
        .fetch_optional(db)
        .await?;
        Ok(match row {
            Some(r) => SettingsInput {
                advocacy_name: r.advocacy_name,
                advocacy_email: r.advocacy_email,
                advocacy_phone: r.advocacy_phone,
                parent_advocacy_name: r.parent_advocacy_name,
                parent_advocacy_email: r.parent_advocacy_email,
                parent_advocacy_phone: r.parent_advocacy_phone,
                duty_name: r.duty_name,
                duty_email: r.duty_email,
                duty_phone: r.duty_phone,
                review_team_phone: r.review_team_phone,
                review_team_email: r.review_team_email,
                default_arrangements: r.default_arrangements,
                post_enabled: if r.post_enabled != 0 { "1".into() } else { String::new() },
                suppress_below: r.report_suppress_below.to_string(),
            },
            None => SettingsInput {
                post_enabled: "1".into(),
                suppress_below: crate::domain::reports::DEFAULT_SUPPRESS_BELOW.to_string(),
                ..SettingsInput::default()
            },
        })
    }

    /// Counts below this are suppressed in the authority's report downloads.
    pub async fn suppress_below(&self) -> Result<u32, AppError> {
        Ok(self.get().await?.suppress_below.parse().unwrap_or(crate::domain::reports::DEFAULT_SUPPRESS_BELOW))
    }

    pub async fn post_enabled(&self) -> Result<bool, AppError> {
        Ok(self.get().await?.post_enabled == "1")
    }

    /// Saves checked settings (insert or replace, in one statement on both engines).
    pub async fn save(&self, s: &SettingsInput) -> Result<(), AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        sqlx::query(
            "INSERT INTO authority_settings (authority_id, advocacy_name, advocacy_email, advocacy_phone, duty_name, duty_email, duty_phone,
                                             review_team_phone, review_team_email, default_arrangements, post_enabled, updated_at,
                                             parent_advocacy_name, parent_advocacy_email, parent_advocacy_phone, report_suppress_below)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
             ON CONFLICT (authority_id) DO UPDATE SET
                 advocacy_name = excluded.advocacy_name, advocacy_email = excluded.advocacy_email, advocacy_phone = excluded.advocacy_phone,
                 parent_advocacy_name = excluded.parent_advocacy_name, parent_advocacy_email = excluded.parent_advocacy_email,
                 parent_advocacy_phone = excluded.parent_advocacy_phone,
                 duty_name = excluded.duty_name, duty_email = excluded.duty_email, duty_phone = excluded.duty_phone,
                 review_team_phone = excluded.review_team_phone, review_team_email = excluded.review_team_email,
                 default_arrangements = excluded.default_arrangements, post_enabled = excluded.post_enabled, updated_at = excluded.updated_at,
                 report_suppress_below = excluded.report_suppress_below",
        )
        .bind(authority_id)
        .bind(s.advocacy_name.as_str())
        .bind(s.advocacy_email.as_str())
        .bind(s.advocacy_phone.as_str())
        .bind(s.duty_name.as_str())
        .bind(s.duty_email.as_str())
        .bind(s.duty_phone.as_str())
        .bind(s.review_team_phone.as_str())
        .bind(s.review_team_email.as_str())
        .bind(s.default_arrangements.as_str())
        .bind(i64::from(s.post_enabled == "1"))
        .bind(self.0.now())
        .bind(s.parent_advocacy_name.as_str())
        .bind(s.parent_advocacy_email.as_str())
        .bind(s.parent_advocacy_phone.as_str())
        .bind(s.suppress_below.parse::<i64>().unwrap_or(i64::from(crate::domain::reports::DEFAULT_SUPPRESS_BELOW)))
        .execute(db)
        .await?;
        Ok(())
    }
}
