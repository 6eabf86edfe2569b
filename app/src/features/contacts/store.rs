//! Contacts on children's records. Every query names the authority.

use crate::domain::contacts::{Contact, Slot};
use crate::domain::reviews::Delivery;
use crate::features::contacts::ContactRow;
use crate::i18n::Lang;
use crate::model::ChildId;
use crate::server::tenant::Tenant;
use crate::server::AppError;
use std::collections::HashMap;

/// A contact as stored.
#[derive(sqlx::FromRow)]
struct StoredContact {
    child_id: i64,
    slot: String,
    first_name: String,
    language: String,
    delivery: String,
    email: String,
    postal_address: String,
}

impl StoredContact {
    fn row(self) -> Result<(ChildId, ContactRow), AppError> {
        let bad = |what: &str| AppError::Internal(format!("child {} contact: {what}", self.child_id));
        let row = ContactRow {
            slot: Slot::parse(&self.slot).ok_or_else(|| bad("slot"))?,
            language: Lang::parse(&self.language).ok_or_else(|| bad("language"))?,
            delivery: Delivery::parse(&self.delivery).ok_or_else(|| bad("delivery"))?,
            first_name: self.first_name,
            email: self.email,
            postal_address: self.postal_address,
        };
        Ok((ChildId::new(self.child_id), row))
    }
}

/// Writes one contact in place of any in its slot, inside the caller's transaction (the import
/// writes thousands in its one transaction). `None` empties the slot. The child must be this
/// authority's: the caller found it by authority.
pub async fn replace(
    tx: &mut sqlx::AnyConnection,
    authority_id: crate::model::AuthorityId,
    child_id: i64,
    slot: Slot,
    contact: Option<&Contact>,
    at: i64,
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM child_contacts WHERE authority_id = $1 AND child_id = $2 AND slot = $3")
        .bind(authority_id)
        .bind(child_id)
        .bind(slot.as_str())
        .execute(&mut *tx)
        .await?;
    if let Some(contact) = contact {
        let invitee = &contact.invitee;
        sqlx::query(
            "INSERT INTO child_contacts (authority_id, child_id, slot, first_name, language, delivery, email, postal_address, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(authority_id)
        .bind(child_id)
        .bind(slot.as_str())
        .bind(invitee.first_name.as_str())
        .bind(invitee.language.code())
        .bind(invitee.delivery.as_str())
        .bind(invitee.email.as_str())
        .bind(invitee.postal_address.as_str())
        .bind(at)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// Contacts of one authority: `tenant.contacts()`.
pub struct ContactsStore<'t>(&'t Tenant);

impl Tenant {
    pub fn contacts(&self) -> ContactsStore<'_> {
        ContactsStore(self)
    }
}

impl ContactsStore<'_> {
    /// A child's contacts, in slot order (the child, parents, carer).
    pub async fn for_child(&self, child: ChildId) -> Result<Vec<ContactRow>, AppError> {
        Ok(self.for_children(Some(child)).await?.remove(&child).unwrap_or_default())
    }

    /// Contacts by child: one child's, or every child's in the authority.
    pub async fn for_children(&self, child: Option<ChildId>) -> Result<HashMap<ChildId, Vec<ContactRow>>, AppError> {
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let stored: Vec<StoredContact> = sqlx::query_as(
            "SELECT child_id, slot, first_name, language, delivery, email, postal_address FROM child_contacts
             WHERE authority_id = $1 AND ($2 IS NULL OR child_id = $2)",
        )
        .bind(authority_id)
        .bind(child.map(ChildId::get))
        .fetch_all(db)
        .await?;
        let mut by_child: HashMap<ChildId, Vec<ContactRow>> = HashMap::new();
        for contact in stored {
            let (child, row) = contact.row()?;
            by_child.entry(child).or_default().push(row);
        }
        for rows in by_child.values_mut() {
            rows.sort_by_key(|r| Slot::ALL.iter().position(|s| *s == r.slot));
        }
        Ok(by_child)
    }

    /// How many contacts each child of the authority has (children with none are left out).
    pub async fn counts(&self) -> Result<HashMap<ChildId, usize>, AppError> {
        #[derive(sqlx::FromRow)]
        struct Count {
            child_id: i64,
            contacts: i64,
        }
        let (db, authority_id) = (self.0.db(), self.0.authority());
        let counts: Vec<Count> =
            sqlx::query_as("SELECT child_id, COUNT(*) AS contacts FROM child_contacts WHERE authority_id = $1 GROUP BY child_id")
                .bind(authority_id)
                .fetch_all(db)
                .await?;
        Ok(counts.into_iter().map(|c| (ChildId::new(c.child_id), usize::try_from(c.contacts).unwrap_or(0))).collect())
    }

    /// Sets (or with `None`, empties) one slot of one child of this authority. False when the
    /// child is not this authority's.
    pub async fn set(&self, child: ChildId, slot: Slot, contact: Option<&Contact>) -> Result<bool, AppError> {
        let (authority_id, now) = (self.0.authority(), self.0.now());
        let mut tx = crate::server::db::begin_write(self.0.db()).await?;
        let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM children WHERE id = $1 AND authority_id = $2")
            .bind(child)
            .bind(authority_id)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Ok(false);
        }
        replace(&mut tx, authority_id, child.get(), slot, contact, now).await?;
        sqlx::query("UPDATE children SET updated_at = $1 WHERE id = $2 AND authority_id = $3")
            .bind(now)
            .bind(child)
            .bind(authority_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }
}
