//! Server function for the work list: thin, it calls the service.

use super::Worklist;
use crate::model::Failure;
use leptos::prelude::*;

/// One page of the viewer's authority's children, searched, filtered and sorted as asked (each
/// as it came in the address; anything missing or unknown falls back to the default).
#[server(endpoint = "worklist")]
pub async fn load_worklist(
    scope: Option<String>,
    q: Option<String>,
    filter: Option<String>,
    sort: Option<String>,
    page: Option<String>,
) -> Result<Worklist, Failure> {
    let ask = super::WorklistAsk {
        scope: scope.unwrap_or_default(),
        q: q.unwrap_or_default(),
        filter: filter.unwrap_or_default(),
        sort: sort.unwrap_or_default(),
        page: page.unwrap_or_default(),
    };
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::worklist::service::worklist(&state, &viewer, &ask).await?)
}
