//! Which languages beyond Welsh and English an authority offers: `tenant.languages()`.

use crate::model::{Lang, StaffId};
use crate::server::tenant::Tenant;
use crate::server::AppError;

/// The languages one authority offers.
pub struct Languages<'t>(&'t Tenant);

impl Tenant {
    pub fn languages(&self) -> Languages<'_> {
        Languages(self)
    }
}

#[derive(sqlx::FromRow)]
struct LanguageRow {
    language: String,
}

impl Languages<'_> {
    /// The languages offered beyond Welsh and English, in `Lang::ALL` order.
    pub async fn offered(&self) -> Result<Vec<Lang>, AppError> {
        let rows: Vec<LanguageRow> = sqlx::query_as("SELECT language FROM authority_languages WHERE authority_id = $1")
            .bind(self.0.authority())
            .fetch_all(self.0.db())
            .await?;
        let codes: Vec<String> = rows.into_iter().map(|row| row.language).collect();
        Ok(Lang::ALL.into_iter().filter(|lang| codes.iter().any(|code| code == lang.code())).collect())
    }

    /// Starts or stops offering a language; true when that changed anything. Welsh and English
    /// are not stored: they are always offered.
    pub async fn set(&self, lang: Lang, offered: bool, by: StaffId) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let result = if offered {
            sqlx::query(
                "INSERT INTO authority_languages (authority_id, language, enabled_by, enabled_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (authority_id, language) DO NOTHING",
            )
            .bind(authority_id)
            .bind(lang.code())
            .bind(by)
            .bind(self.0.now())
            .execute(db)
            .await?
        } else {
            sqlx::query("DELETE FROM authority_languages WHERE authority_id = $1 AND language = $2")
                .bind(authority_id)
                .bind(lang.code())
                .execute(db)
                .await?
        };
        Ok(result.rows_affected() > 0)
    }
}
