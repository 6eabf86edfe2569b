//! Server functions for the import: a checked file's preview, and importing it.

use super::ImportPreview;
use crate::model::Failure;
use leptos::prelude::*;

#[server(endpoint = "import_preview")]
pub async fn load_import_preview(id: i64) -> Result<ImportPreview, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::import::service::preview(&state, &viewer, id).await?)
}

/// Imports a checked file: all of it or nothing; back to its preview either way.
#[server(endpoint = "apply_import")]
pub async fn apply_import(id: i64) -> Result<(), Failure> {
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::import::service::apply(&state, &viewer, id).await,
        Err(error) => Err(error.into()),
    };
    crate::server::forms::finish("apply_import", &format!("/staff/admin/import/{id}"), Vec::new(), result).await
}
