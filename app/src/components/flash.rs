//! Data for pages, read on the server while the page renders.

use crate::model::Flash;
use leptos::prelude::*;

/// The one-time message for `form` on this page, if any.
#[server(endpoint = "page_flash")]
pub async fn page_flash(form: String) -> Result<Option<Flash>, ServerFnError> {
    use crate::server::error::OrServerFnError;
    let session = crate::server::forms::session().await.or_sfn()?;
    crate::server::flash::take(&session, &form).await.or_sfn()
}
