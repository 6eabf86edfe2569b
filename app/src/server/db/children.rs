//! Children records. Every query names the authority.

use crate::api::ChildSummary;
use crate::domain::children::{age_band, age_on, LegalBasis};
use crate::i18n::Lang;
use crate::server::{now, AppError};
use sqlx::AnyPool;
use time::Date;

const DATE: &[time::format_description::FormatItem<'static>] = time::macros::format_description!("[year]-[month]-[day]");

pub fn parse_date(text: &str) -> Result<Date, AppError> {
    Date::parse(text, DATE).map_err(|e| AppError::Internal(format!("stored date {text:?}: {e}")))
}

pub fn format_date(date: Date) -> String {
    date.format(DATE).unwrap_or_default()
}

pub async fn for_iro(db: &AnyPool, authority_id: i64, iro_staff_id: i64, today: Date) -> Result<Vec<ChildSummary>, AppError> {
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT id, preferred_name, date_of_birth, preferred_language, legal_basis FROM children
         WHERE authority_id = $1 AND iro_staff_id = $2 ORDER BY preferred_name",
    )
    .bind(authority_id)
    .bind(iro_staff_id)
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|(id, preferred_name, dob, language, basis)| {
            let born = parse_date(&dob)?;
            let basis = LegalBasis::parse(&basis).ok_or_else(|| AppError::Internal(format!("legal basis of child {id}")))?;
            Ok(ChildSummary {
                id,
                preferred_name,
                age: age_on(born, today),
                language: Lang::parse(&language).unwrap_or_default(),
                band: age_band(born, basis, today),
            })
        })
        .collect()
}

pub struct NewChild<'a> {
    pub authority_id: i64,
    pub preferred_name: &'a str,
    pub full_name: &'a str,
    pub date_of_birth: Date,
    pub language: Lang,
    pub communication_needs: &'a str,
    pub looked_after_since: Date,
    pub legal_basis: LegalBasis,
    pub placement_type: &'a str,
    pub iro_staff_id: Option<i64>,
}

pub async fn insert(db: &AnyPool, child: &NewChild<'_>) -> Result<i64, AppError> {
    let at = now();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO children (authority_id, preferred_name, full_name, date_of_birth, preferred_language, communication_needs,
                               looked_after_since, legal_basis, placement_type, iro_staff_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(child.authority_id)
    .bind(child.preferred_name)
    .bind(child.full_name)
    .bind(format_date(child.date_of_birth))
    .bind(child.language.code())
    .bind(child.communication_needs)
    .bind(format_date(child.looked_after_since))
    .bind(child.legal_basis.as_str())
    .bind(child.placement_type)
    .bind(child.iro_staff_id)
    .bind(at)
    .bind(at)
    .fetch_one(db)
    .await?;
    Ok(id)
}

pub async fn count_in_authority(db: &AnyPool, authority_id: i64) -> Result<i64, AppError> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children WHERE authority_id = $1").bind(authority_id).fetch_one(db).await?;
    Ok(count)
}
