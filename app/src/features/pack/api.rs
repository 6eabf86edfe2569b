//! Server functions for the IRO's pre-review pack: thin, each calls `service`.

use super::*;
use crate::model::Failure;
use leptos::prelude::*;

/// The pack for one review: its IRO only; every opening is audited and marks what was sent as read.
#[server(endpoint = "pack")]
pub async fn load_pack(id: crate::model::ReviewId) -> Result<PackData, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::pack::service::pack(&state, &viewer, id).await?)
}
