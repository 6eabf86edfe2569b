//! Children records. Every query names the authority.

use crate::domain::children::{ChildDetails, ChildInput, LegalBasis};
use crate::i18n::Lang;
use crate::i18n::T;
use crate::model::ChildId;
use crate::model::StaffId;
use crate::server::db::{format_date, parse_date};
use crate::server::error::unique_as;
use crate::server::tenant::Tenant;
use crate::server::AppError;
use time::Date;

/// Binds a child's ten detail columns, in the order both statements below list them.
pub(crate) fn bind_details<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    child: &'q ChildDetails,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    query
        .bind(child.preferred_name.as_str())
        .bind(child.full_name.as_str())
        .bind(format_date(child.date_of_birth))
        .bind(child.language.code())
        .bind(child.communication_needs.as_str())
        .bind(format_date(child.looked_after_since))
        .bind(child.legal_basis.as_str())
        .bind(child.placement_type.as_str())
        .bind(child.iro_staff_id)
        .bind(child.case_reference.as_deref())
}

/// What the schedule needs about a child, for one child, one IRO's children, or the whole authority.
#[derive(Clone, Debug)]
pub struct ScheduleRow {
    pub id: ChildId,
    pub preferred_name: String,
    pub full_name: String,
    pub case_reference: Option<String>,
    pub date_of_birth: Date,
    pub language: Lang,
    pub legal_basis: LegalBasis,
    pub looked_after_since: Date,
    pub iro_staff_id: Option<i64>,
}

/// Children records of one authority: `tenant.children()`.
pub struct Children<'t>(&'t Tenant);

impl Tenant {
    pub fn children(&self) -> Children<'_> {
        Children(self)
    }
}

impl Children<'_> {
    pub async fn insert(&self, child: &ChildDetails) -> Result<ChildId, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let at = self.0.now();
        let query = sqlx::query(
            "INSERT INTO children (preferred_name, full_name, date_of_birth, preferred_language, communication_needs,
                                   looked_after_since, legal_basis, placement_type, iro_staff_id, case_reference,
                                   authority_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        );
        let row = bind_details(query, child)
            .bind(authority_id)
            .bind(at)
            .bind(at)
            .fetch_one(db)
            .await
            .map_err(unique_as("case_reference", T::ErrCaseReferenceTaken))?;
        Ok(ChildId::new(sqlx::Row::try_get::<i64, _>(&row, 0)?))
    }

    /// Updates a child of this authority; false when there is no such child there.
    pub async fn update(&self, id: ChildId, child: &ChildDetails) -> Result<bool, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let query = sqlx::query(
            "UPDATE children SET preferred_name = $1, full_name = $2, date_of_birth = $3, preferred_language = $4,
                    communication_needs = $5, looked_after_since = $6, legal_basis = $7, placement_type = $8,
                    iro_staff_id = $9, case_reference = $10, updated_at = $11
             WHERE id = $12 AND authority_id = $13",
        );
        let done = bind_details(query, child)
            .bind(self.0.now())
            .bind(id)
            .bind(authority_id)
            .execute(db)
            .await
            .map_err(unique_as("case_reference", T::ErrCaseReferenceTaken))?;
        Ok(done.rows_affected() == 1)
    }

    /// The child with this case reference (as typed: references are kept in capitals).
    pub async fn by_reference(&self, reference: &str) -> Result<Option<ChildId>, AppError> {
        Ok(sqlx::query_scalar("SELECT id FROM children WHERE authority_id = $1 AND case_reference = $2")
            .bind(self.0.authority())
            .bind(reference.trim().to_ascii_uppercase())
            .fetch_optional(self.0.db())
            .await?)
    }

    /// A child's stored details as the edit form shows them; `None` outside this authority.
    pub async fn get(&self, id: ChildId) -> Result<Option<ChildInput>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// A child's details as stored (their IRO by id).
        #[derive(sqlx::FromRow)]
        struct Row {
            preferred_name: String,
            full_name: String,
            date_of_birth: String,
            preferred_language: String,
            communication_needs: String,
            looked_after_since: String,
            legal_basis: String,
            placement_type: String,
            iro_staff_id: Option<i64>,
            case_reference: Option<String>,
        }
        let row: Option<Row> = sqlx::query_as(
            "SELECT preferred_name, full_name, date_of_birth, preferred_language, communication_needs, looked_after_since,
                    legal_basis, placement_type, iro_staff_id, case_reference
             FROM children WHERE id = $1 AND authority_id = $2",
        )
        .bind(id)
        .bind(authority_id)
        .fetch_optional(db)
        .await?;
        Ok(row.map(|r| ChildInput {
            preferred_name: r.preferred_name,
            full_name: r.full_name,
            case_reference: r.case_reference.unwrap_or_default(),
            date_of_birth: r.date_of_birth,
            preferred_language: r.preferred_language,
            communication_needs: r.communication_needs,
            looked_after_since: r.looked_after_since,
            legal_basis: r.legal_basis,
            placement_type: r.placement_type,
            iro_staff_id: r.iro_staff_id.map(|i| i.to_string()).unwrap_or_default(),
        }))
    }

    pub async fn count_in_authority(&self) -> Result<i64, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM children WHERE authority_id = $1").bind(authority_id).fetch_one(db).await?;
        Ok(count)
    }

    pub async fn schedule_rows(&self, iro: Option<StaffId>, child: Option<ChildId>) -> Result<Vec<ScheduleRow>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        /// What the schedule needs of a child.
        #[derive(sqlx::FromRow)]
        struct Row {
            id: ChildId,
            preferred_name: String,
            full_name: String,
            case_reference: Option<String>,
            date_of_birth: String,
            preferred_language: String,
            legal_basis: String,
            looked_after_since: String,
            iro_staff_id: Option<i64>,
        }
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, preferred_name, full_name, case_reference, date_of_birth, preferred_language, legal_basis,
                    looked_after_since, iro_staff_id FROM children
             WHERE authority_id = $1 AND ($2 IS NULL OR iro_staff_id = $2) AND ($3 IS NULL OR id = $3)
             ORDER BY preferred_name, id",
        )
        .bind(authority_id)
        .bind(iro)
        .bind(child)
        .fetch_all(db)
        .await?;
        rows.into_iter()
            .map(|r| {
                let id = r.id;
                Ok(ScheduleRow {
                    id,
                    preferred_name: r.preferred_name,
                    full_name: r.full_name,
                    case_reference: r.case_reference,
                    date_of_birth: parse_date(&r.date_of_birth)?,
                    language: Lang::parse(&r.preferred_language).unwrap_or_default(),
                    legal_basis: LegalBasis::parse(&r.legal_basis)
                        .ok_or_else(|| AppError::Internal(format!("legal basis of child {id}")))?,
                    looked_after_since: parse_date(&r.looked_after_since)?,
                    iro_staff_id: r.iro_staff_id,
                })
            })
            .collect()
    }
}
