//! Setting and removing a child's contacts: the authority's IROs and business support, each
//! change audited by its place only (the audit trail holds nobody's details).

use crate::domain::contacts::{Contact, ContactInput, Slot};
use crate::features::contacts::Contacts;
use crate::features::reviews::service::REVIEW_STAFF;
use crate::i18n::T;
use crate::model::{ChildId, Msg, Viewer};
use crate::server::forms::{Done, Failed};
use crate::server::tenant::Tenant;
use crate::server::{audit, AppError, AppState};

/// The child's page, at its contacts.
pub fn back_to(child: ChildId) -> String {
    format!("/staff/children/{child}#contacts")
}

/// A child's contacts as their page shows them; the page's own read is audited there.
pub async fn for_child(tenant: &Tenant, child: ChildId) -> Result<Contacts, AppError> {
    Ok(Contacts {
        rows: tenant.contacts().for_child(child).await?,
        post_enabled: tenant.settings().post_enabled().await?,
        languages: crate::features::languages::service::offered(tenant).await?,
    })
}

pub async fn save(state: &AppState, viewer: &Viewer, child: ChildId, input: &ContactInput) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let contact = Contact::parse(input, tenant.settings().post_enabled().await?).map_err(Failed::Invalid)?;
    crate::features::languages::service::check_offered(&tenant, contact.invitee.language).await?;
    if !tenant.contacts().set(child, contact.slot, Some(&contact)).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "contact.saved", "child", Some(child.get()), contact.slot.as_str()).await?;
    let notice = Msg::new(T::ContactSaved).with("name", contact.invitee.first_name);
    Ok(Done::to(back_to(child)).with_notice(notice))
}

pub async fn remove(state: &AppState, viewer: &Viewer, child: ChildId, slot: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let slot = Slot::parse(slot).ok_or(AppError::Invalid(T::ErrContactSlot))?;
    if !tenant.contacts().set(child, slot, None).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "contact.removed", "child", Some(child.get()), slot.as_str()).await?;
    Ok(Done::to(back_to(child)).with_notice(Msg::new(T::ContactRemoved)))
}
