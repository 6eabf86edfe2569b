//! Cover: another IRO opening a child's packs for a while, granted by an admin.

use crate::model::ChildId;
use crate::model::StaffId;
use crate::server::db::format_date;
use crate::server::tenant::Tenant;
use crate::server::AppError;
use time::Date;

/// Cover in force: for which child, by which IRO, until when (as stored).
#[derive(sqlx::FromRow)]
pub struct CoverRow {
    pub id: i64,
    pub preferred_name: String,
    pub display_name: String,
    pub ends_on: String,
}

/// IRO cover of one authority: `tenant.cover()`.
pub struct Cover<'t>(&'t Tenant);

impl Tenant {
    pub fn cover(&self) -> Cover<'_> {
        Cover(self)
    }
}

impl Cover<'_> {
    /// Whether `staff_id` covers `child_id` today.
    pub async fn covers(&self, child_id: ChildId, staff_id: StaffId) -> Result<bool, AppError> {
        let today = self.0.today();
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM iro_cover
             WHERE authority_id = $1 AND child_id = $2 AND staff_id = $3 AND ended_at IS NULL AND ends_on >= $4",
        )
        .bind(authority_id)
        .bind(child_id)
        .bind(staff_id)
        .bind(format_date(today))
        .fetch_one(db)
        .await?;
        Ok(n > 0)
    }

    /// Grants cover; the child and the IRO must both be this authority's.
    pub async fn grant(&self, child_id: ChildId, staff_id: StaffId, ends_on: Date, by: StaffId) -> Result<Option<i64>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let row: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO iro_cover (authority_id, child_id, staff_id, ends_on, granted_by, granted_at)
             SELECT c.authority_id, c.id, s.id, $1, $2, $3 FROM children c JOIN staff s ON s.authority_id = c.authority_id
             WHERE c.authority_id = $4 AND c.id = $5 AND s.id = $6 AND s.role = 'iro' AND s.active = 1
             RETURNING id",
        )
        .bind(format_date(ends_on))
        .bind(by)
        .bind(self.0.now())
        .bind(authority_id)
        .bind(child_id)
        .bind(staff_id)
        .fetch_optional(db)
        .await?;
        Ok(row.map(|(id,)| id))
    }

    pub async fn end(&self, id: i64) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let done = sqlx::query("UPDATE iro_cover SET ended_at = $1 WHERE id = $2 AND authority_id = $3 AND ended_at IS NULL")
            .bind(self.0.now())
            .bind(id)
            .bind(authority_id)
            .execute(db)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Cover in force or to come, ending soonest first.
    pub async fn current(&self) -> Result<Vec<CoverRow>, AppError> {
        let today = self.0.today();
        let (db, authority_id) = (self.0.db(), self.0.authority());
        Ok(sqlx::query_as(
            "SELECT v.id, c.preferred_name, s.display_name, v.ends_on FROM iro_cover v
             JOIN children c ON c.id = v.child_id AND c.authority_id = v.authority_id
             JOIN staff s ON s.id = v.staff_id AND s.authority_id = v.authority_id
             WHERE v.authority_id = $1 AND v.ended_at IS NULL AND v.ends_on >= $2 ORDER BY v.ends_on, v.id",
        )
        .bind(authority_id)
        .bind(format_date(today))
        .fetch_all(db)
        .await?)
    }
}
