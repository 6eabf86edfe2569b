//! Server functions for a child's contacts: set one, remove one.

use crate::model::{ChildId, Failure};
use leptos::prelude::*;

#[server(endpoint = "save_contact")]
pub async fn save_contact(
    child_id: ChildId,
    slot: Option<String>,
    first_name: Option<String>,
    language: Option<String>,
    delivery: Option<String>,
    email: Option<String>,
    postal_address: Option<String>,
) -> Result<(), Failure> {
    let person = crate::domain::reviews::InviteeInput {
        audience: String::new(),
        first_name: first_name.unwrap_or_default(),
        language: language.unwrap_or_default(),
        delivery: delivery.unwrap_or_default(),
        email: email.unwrap_or_default(),
        postal_address: postal_address.unwrap_or_default(),
    };
    let input = crate::domain::contacts::ContactInput { slot: slot.unwrap_or_default(), person };
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::contacts::service::save(&state, &viewer, child_id, &input).await,
        Err(error) => Err(error.into()),
    };
    let back = crate::features::contacts::service::back_to(child_id);
    crate::server::forms::finish("save_contact", &back, input.values(), result).await
}

#[server(endpoint = "remove_contact")]
pub async fn remove_contact(child_id: ChildId, slot: String) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::contacts::service::remove(&state, &viewer, child_id, &slot).await,
        Err(error) => Err(error.into()),
    };
    let back = crate::features::contacts::service::back_to(child_id);
    crate::server::forms::finish("remove_contact", &back, Vec::new(), result).await
}
