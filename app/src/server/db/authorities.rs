//! Authorities: the tenants. Every other record belongs to exactly one.

use crate::model::AuthorityId;
use crate::server::tenant::Unscoped;
use crate::server::AppError;

#[derive(Clone, Debug)]
pub struct Authority {
    pub id: AuthorityId,
    pub slug: String,
    pub name_en: String,
    pub name_cy: String,
    pub welsh_first: bool,
}

/// An authority as stored (`welsh_first` as a number).
#[derive(sqlx::FromRow)]
struct Row {
    id: AuthorityId,
    slug: String,
    name_en: String,
    name_cy: String,
    welsh_first: i64,
}

const AUTHORITY: &str = "SELECT id, slug, name_en, name_cy, welsh_first FROM authorities";

fn authority(r: Row) -> Authority {
    Authority { id: r.id, slug: r.slug, name_en: r.name_en, name_cy: r.name_cy, welsh_first: r.welsh_first != 0 }
}

pub async fn by_slug(unscoped: &Unscoped, slug: &str) -> Result<Option<Authority>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("{AUTHORITY} WHERE slug = $1")).bind(slug).fetch_optional(unscoped.db()).await?;
    Ok(row.map(authority))
}

impl crate::server::tenant::Tenant {
    /// The handle's own council: its names, and which language it puts first.
    pub async fn council(&self) -> Result<Authority, AppError> {
        let row: Option<Row> =
            sqlx::query_as(&format!("{AUTHORITY} WHERE id = $1")).bind(self.authority()).fetch_optional(self.db()).await?;
        row.map(authority).ok_or(AppError::NotFound)
    }
}

/// Creates the authority unless one with that slug exists; returns its id either way.
pub async fn ensure(unscoped: &Unscoped, slug: &str, name_en: &str, name_cy: &str, welsh_first: bool) -> Result<AuthorityId, AppError> {
    let db = unscoped.db();
    if let Some(existing) = by_slug(unscoped, slug).await? {
        return Ok(existing.id);
    }
    let (id,): (AuthorityId,) = sqlx::query_as(
        "INSERT INTO authorities (slug, name_en, name_cy, welsh_first, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(slug)
    .bind(name_en)
    .bind(name_cy)
    .bind(i64::from(welsh_first))
    .bind(unscoped.now())
    .fetch_one(db)
    .await?;
    Ok(id)
}
