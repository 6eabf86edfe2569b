//! What every page reads from the request: its language, the signed-in member of staff, the path.

use crate::i18n::Lang;
use leptos::prelude::*;

/// The language pages render in.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The signed-in member of staff, if any (server-side rendering only).
pub fn use_viewer() -> Option<crate::model::Viewer> {
    #[cfg(feature = "ssr")]
    {
        crate::server::auth::current_viewer()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The current path and query, for forms that come back to this page.
pub fn use_here() -> String {
    let location = leptos_router::hooks::use_location();
    let path = location.pathname.get_untracked();
    let query = location.search.get_untracked();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}
