//! Checked files waiting to be imported. Every query names the authority.

use crate::server::tenant::{Tenant, Unscoped};
use crate::server::AppError;
use std::collections::HashMap;

/// How long a checked file waits to be imported before its text is cleared.
pub const KEEP_SECONDS: i64 = 24 * 60 * 60;

/// A checked file as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StoredImport {
    pub id: i64,
    pub file_name: String,
    pub content: String,
    pub created_at: i64,
    pub applied_at: Option<i64>,
}

/// Checked files of one authority: `tenant.imports()`.
pub struct Imports<'t>(&'t Tenant);

impl Tenant {
    pub fn imports(&self) -> Imports<'_> {
        Imports(self)
    }
}

impl Imports<'_> {
    /// Keeps a checked file for its preview; files left unimported past a day lose their text.
    pub async fn save(&self, staff_id: i64, file_name: &str, content: &str) -> Result<i64, AppError> {
        let (db, authority_id, now) = (self.0.db(), self.0.authority(), self.0.now());
        sqlx::query("UPDATE imports SET content = '' WHERE authority_id = $1 AND applied_at IS NULL AND created_at < $2")
            .bind(authority_id)
            .bind(now - KEEP_SECONDS)
            .execute(db)
            .await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO imports (authority_id, staff_id, file_name, content, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(authority_id)
        .bind(staff_id)
        .bind(file_name)
        .bind(content)
        .bind(now)
        .fetch_one(db)
        .await?;
        Ok(id)
    }

    /// A checked file of this authority; one left unimported past a day comes back without its
    /// text, whether or not the housekeeping has cleared it yet.
    pub async fn get(&self, id: i64) -> Result<Option<StoredImport>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let found: Option<StoredImport> =
            sqlx::query_as("SELECT id, file_name, content, created_at, applied_at FROM imports WHERE id = $1 AND authority_id = $2")
                .bind(id)
                .bind(authority_id)
                .fetch_optional(db)
                .await?;
        let stale = self.0.now() - KEEP_SECONDS;
        Ok(found.map(|mut f| {
            if f.applied_at.is_none() && f.created_at < stale {
                f.content.clear();
            }
            f
        }))
    }
}

impl Imports<'_> {
    /// Case references this authority's children already have (in capitals, as stored).
    pub async fn known_references(&self) -> Result<std::collections::HashSet<String>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT case_reference FROM children WHERE authority_id = $1 AND case_reference IS NOT NULL")
                .bind(authority_id)
                .fetch_all(db)
                .await?;
        Ok(rows.into_iter().map(|(r,)| r).collect())
    }

    /// Imports every child of a checked file in one transaction: each updates the child with
    /// its case reference, or is added, and their contacts in the places the file has are
    /// replaced. The file is marked imported (and its text cleared) in the same transaction,
    /// so it is imported once: `None` when it was already. Optional columns the file does not
    /// have (`present`) keep their stored values on update.
    pub async fn apply(
        &self,
        id: i64,
        children: &[crate::domain::import::ImportedChild],
        present: crate::domain::import::Present,
    ) -> Result<Option<(usize, usize)>, AppError> {
        let (authority_id, now) = (self.0.authority(), self.0.now());
        let Some(mut tx) = begin_claimed(self.0, id).await? else {
            return Ok(None);
        };
        let (mut added, mut updated) = (0, 0);
        for imported in children {
            match save_in(&mut tx, authority_id, now, imported, present).await? {
                (_, true) => added += 1,
                (_, false) => updated += 1,
            }
        }
        tx.commit().await?;
        Ok(Some((added, updated)))
    }

    /// Adds or updates one child (a case system's call), in a transaction of its own: the
    /// child's id, and whether they were added.
    pub async fn save_one(
        &self,
        imported: &crate::domain::import::ImportedChild,
        present: crate::domain::import::Present,
    ) -> Result<(i64, bool), AppError> {
        // Two calls adding one new child at the same moment (PostgreSQL lets both look before
        // either writes): the second, tried again, finds and updates the child the first added.
        for _ in 0..2 {
            let mut tx = crate::server::db::begin_write(self.0.db()).await?;
            match save_in(&mut tx, self.0.authority(), self.0.now(), imported, present).await {
                Ok(saved) => {
                    tx.commit().await?;
                    return Ok(saved);
                }
                Err(AppError::Taken { .. }) => continue,
                Err(error) => return Err(error),
            }
        }
        Err(AppError::Busy("one child added by two calls at once, twice".into()))
    }
}

/// Adds the child with the case reference, or updates them, and replaces their contacts in the
/// places given, inside `tx`: the child's id, and whether they were added. Optional columns not
/// `present` keep their stored values on update.
async fn save_in(
    tx: &mut crate::server::db::WriteTx,
    authority_id: crate::model::AuthorityId,
    now: i64,
    imported: &crate::domain::import::ImportedChild,
    present: crate::domain::import::Present,
) -> Result<(i64, bool), AppError> {
    use crate::features::children::store::bind_details;
    let child = &imported.child;
    let update = sqlx::query(
        "UPDATE children SET preferred_name = $1, full_name = $2, date_of_birth = $3, preferred_language = $4,
                    communication_needs = CASE WHEN $13 = 1 THEN $5 ELSE communication_needs END,
                    looked_after_since = $6, legal_basis = $7,
                    placement_type = CASE WHEN $14 = 1 THEN $8 ELSE placement_type END,
                    iro_staff_id = CASE WHEN $15 = 1 THEN $9 ELSE iro_staff_id END,
                    case_reference = $10, updated_at = $11
             WHERE authority_id = $12 AND case_reference = $10 RETURNING id",
    );
    let done: Option<sqlx::any::AnyRow> = bind_details(update, child)
        .bind(now)
        .bind(authority_id)
        .bind(i64::from(present.communication_needs))
        .bind(i64::from(present.placement_type))
        .bind(i64::from(present.iro_email))
        .fetch_optional(&mut **tx)
        .await?;
    let (child_id, added): (i64, bool) = match done {
        Some(row) => (sqlx::Row::try_get(&row, "id")?, false),
        None => {
            let insert = sqlx::query(
                "INSERT INTO children (preferred_name, full_name, date_of_birth, preferred_language, communication_needs,
                                           looked_after_since, legal_basis, placement_type, iro_staff_id, case_reference,
                                           authority_id, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
            );
            // Two calls adding the same new child at once: the loser meets the unique case
            // reference (see `save_one`).
            let row = bind_details(insert, child)
                .bind(authority_id)
                .bind(now)
                .fetch_one(&mut **tx)
                .await
                .map_err(crate::server::error::unique_as("case_reference", crate::i18n::T::ErrSomethingWrong))?;
            (sqlx::Row::try_get(&row, "id")?, true)
        }
    };
    for (slot, contact) in &imported.contacts {
        crate::features::contacts::store::replace(tx, authority_id, child_id, *slot, contact.as_ref(), now).await?;
    }
    if !imported.past_reviews.is_empty() {
        add_past_reviews(tx, authority_id, now, child_id, imported).await?;
    }
    Ok((child_id, added))
}

/// Records the row's past reviews the child does not have yet (held on a day with no held review
/// of theirs), each with the kind the schedule gives it from the reviews before it, so the next
/// review falls due as if Heard had known them all along.
async fn add_past_reviews(
    tx: &mut crate::server::db::WriteTx,
    authority_id: crate::model::AuthorityId,
    now: i64,
    child_id: i64,
    imported: &crate::domain::import::ImportedChild,
) -> Result<(), AppError> {
    use crate::server::db::parse_date;
    let held: Vec<(String,)> =
        sqlx::query_as("SELECT meeting_on FROM reviews WHERE child_id = $1 AND authority_id = $2 AND status = 'held'")
            .bind(child_id)
            .bind(authority_id)
            .fetch_all(&mut **tx)
            .await?;
    let moves: Vec<(String,)> = sqlx::query_as("SELECT moved_on FROM placement_moves WHERE child_id = $1 AND authority_id = $2")
        .bind(child_id)
        .bind(authority_id)
        .fetch_all(&mut **tx)
        .await?;
    let mut known = held.iter().map(|(d,)| parse_date(d)).collect::<Result<Vec<_>, _>>()?;
    let unplanned_moves = moves.iter().map(|(d,)| parse_date(d)).collect::<Result<Vec<_>, _>>()?;
    for day in &imported.past_reviews {
        if known.contains(day) {
            continue;
        }
        let before = crate::domain::schedule::ScheduleFacts {
            legal_basis: imported.child.legal_basis,
            looked_after_since: imported.child.looked_after_since,
            reviews_held: known.iter().copied().filter(|d| d < day).collect(),
            unplanned_moves: unplanned_moves.clone(),
        };
        let kind = crate::domain::schedule::next_review_due(&before).reason;
        let child = crate::model::ChildId::new(child_id);
        crate::features::reviews::store::insert_held_with(&mut **tx, authority_id, child, kind, *day, now).await?;
        known.push(*day);
    }
    Ok(())
}

/// Clears the text of every council's files checked more than a day ago and not imported: the
/// housekeeping job's part, so nobody's records wait in a forgotten check.
pub async fn clear_stale(unscoped: &Unscoped) -> Result<u64, AppError> {
    let done = sqlx::query("UPDATE imports SET content = '' WHERE applied_at IS NULL AND created_at < $1 AND content <> ''")
        .bind(unscoped.now() - KEEP_SECONDS)
        .execute(unscoped.db())
        .await?;
    Ok(done.rows_affected())
}

impl Imports<'_> {
    /// This council's members by lower-cased email, for checking a staff file.
    pub async fn members(&self) -> Result<HashMap<String, crate::domain::import_staff::Member>, AppError> {
        /// A member as the check needs them.
        #[derive(sqlx::FromRow)]
        struct Row {
            email: String,
            role: String,
            active: i64,
        }
        let rows: Vec<Row> = sqlx::query_as("SELECT email, role, active FROM staff WHERE authority_id = $1")
            .bind(self.0.authority())
            .fetch_all(self.0.db())
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let role = crate::model::Role::parse(&r.role)?;
                Some((r.email.to_lowercase(), crate::domain::import_staff::Member { role, active: r.active == 1 }))
            })
            .collect())
    }

    /// Which of `emails` another council's member has (an address is one account's): asked one
    /// by one, so nothing of another council is read but the answer.
    pub async fn used_elsewhere(&self, emails: &[String]) -> Result<std::collections::HashSet<String>, AppError> {
        let mut used = std::collections::HashSet::new();
        for email in emails {
            let found: Option<i64> = sqlx::query_scalar("SELECT id FROM staff WHERE email = $1 AND authority_id <> $2")
                .bind(email)
                .bind(self.0.authority())
                .fetch_optional(self.0.db())
                .await?;
            if found.is_some() {
                used.insert(email.clone());
            }
        }
        Ok(used)
    }

    /// Imports a checked staff file in one transaction, marking it imported: each member is
    /// updated (name, role, active) or added without a password (they sign in through the
    /// council). `None` when it was imported already; `Err(Taken)` when an address was taken by
    /// another council since the check (nothing is written).
    pub async fn apply_staff(
        &self,
        id: i64,
        members: &[crate::domain::import_staff::ImportedMember],
    ) -> Result<Option<(usize, usize)>, AppError> {
        let (authority_id, now) = (self.0.authority(), self.0.now());
        let Some(mut tx) = begin_claimed(self.0, id).await? else {
            return Ok(None);
        };
        let (mut added, mut updated) = (0, 0);
        for member in members {
            let changed = sqlx::query(
                "UPDATE staff SET display_name = $1, role = $2, active = $3, updated_at = $4 WHERE authority_id = $5 AND email = $6",
            )
            .bind(member.name.as_str())
            .bind(member.role.as_str())
            .bind(i64::from(member.active))
            .bind(now)
            .bind(authority_id)
            .bind(member.email.as_str())
            .execute(&mut *tx)
            .await?;
            if changed.rows_affected() == 1 {
                updated += 1;
                continue;
            }
            // No password: an empty hash matches none (see `staff::store::credentials`).
            sqlx::query(
                "INSERT INTO staff (authority_id, email, display_name, role, password_hash, active, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, '', $5, $6, $6)",
            )
            .bind(authority_id)
            .bind(member.email.as_str())
            .bind(member.name.as_str())
            .bind(member.role.as_str())
            .bind(i64::from(member.active))
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(crate::server::error::unique_as("", crate::i18n::T::ErrEmailTaken))?;
            added += 1;
        }
        tx.commit().await?;
        Ok(Some((added, updated)))
    }
}

/// Opens the import's transaction with the checked file marked imported (and its text
/// cleared) in it: `None` when it was imported already, so each file is imported once.
async fn begin_claimed(tenant: &Tenant, id: i64) -> Result<Option<crate::server::db::WriteTx>, AppError> {
    let mut tx = crate::server::db::begin_write(tenant.db()).await?;
    let claimed =
        sqlx::query("UPDATE imports SET applied_at = $1, content = '' WHERE id = $2 AND authority_id = $3 AND applied_at IS NULL")
            .bind(tenant.now())
            .bind(id)
            .bind(tenant.authority())
            .execute(&mut *tx)
            .await?;
    Ok((claimed.rows_affected() == 1).then_some(tx))
}
