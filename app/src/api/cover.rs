//! Server functions for cover between IROs (admins): thin, each calls `server::cover`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverLine {
    pub id: i64,
    pub child_name: String,
    pub iro_name: String,
    pub ends_on: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverPage {
    /// The authority's children and IROs to choose from: (id, name).
    pub children: Vec<(i64, String)>,
    pub iros: Vec<(i64, String)>,
    pub current: Vec<CoverLine>,
}

#[server(endpoint = "cover_page")]
pub async fn load_cover_page() -> Result<CoverPage, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::cover::page().await.or_sfn()
}

/// Lets another IRO open a child's packs until a day (inclusive).
#[server(endpoint = "grant_cover")]
pub async fn grant_cover(child_id: Option<String>, staff_id: Option<String>, until: Option<String>) -> Result<(), ServerFnError> {
    let (child_id, staff_id, until) = (child_id.unwrap_or_default(), staff_id.unwrap_or_default(), until.unwrap_or_default());
    let result = crate::server::cover::grant(&child_id, &staff_id, &until).await;
    let values = vec![("child_id".to_string(), child_id), ("staff_id".to_string(), staff_id), ("until".to_string(), until)];
    crate::server::forms::finish("grant_cover", "/staff/admin/cover", values, result).await
}

#[server(endpoint = "end_cover")]
pub async fn end_cover(id: i64) -> Result<(), ServerFnError> {
    let result = crate::server::cover::end(id).await;
    // The page shows one form's messages: ending cover reports under the same name.
    crate::server::forms::finish("grant_cover", "/staff/admin/cover", Vec::new(), result).await
}
