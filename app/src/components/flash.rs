//! The one-time notice and errors a form leaves for the page it comes back to.

use crate::components::{ErrorSummary, NoticeBox};
use crate::model::Failure;
use crate::model::Flash;
use leptos::prelude::*;

/// The one-time message for `form` on this page, if any.
#[server(endpoint = "page_flash")]
pub async fn page_flash(form: String) -> Result<Option<Flash>, Failure> {
    let session = crate::server::forms::session().await?;
    Ok(crate::server::flash::take(&session, &form).await?)
}

/// The page's one-time message. Loaded once per render: taking a flash consumes it, and a
/// `Suspend` closure may run more than once while the page renders.
pub fn flash_for(form: &'static str) -> OnceResource<Flash> {
    // A one-time message that cannot be read is no message: the page itself still shows.
    OnceResource::new(async move { page_flash(form.to_string()).await.ok().flatten().unwrap_or_default() })
}

/// The one-time notice and errors a form left for this page, whichever form it was: for pages
/// whose buttons come back to them from several forms.
#[component]
pub fn PageFlash() -> impl IntoView {
    let flash = flash_for("");
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let flash = flash.await;
                view! {
                    <NoticeBox notice=flash.notice.clone()/>
                    <ErrorSummary flash=flash/>
                }
            })}
        </Suspense>
    }
}
