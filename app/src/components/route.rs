//! Pages that show one record, named by the `:id` in their route.

use crate::model::Failure;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` route parameter, read as the id type its page expects (a whole number).
pub fn param_id<I: std::str::FromStr>() -> Option<I> {
    use_params_map().with_untracked(|p| p.get("id")).and_then(|id| id.parse::<I>().ok())
}

/// Loads a page's record once, for the `:id` in its route: "not found" when the id is not a
/// number or the record is not the viewer's to see, and any other failure as it came.
pub fn load_for_id<I, T, F, Fut>(fetch: F) -> OnceResource<Result<T, Failure>>
where
    T: Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    I: std::str::FromStr + Send + 'static,
    F: FnOnce(I) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<T, Failure>> + Send + 'static,
{
    let id = param_id();
    OnceResource::new(async move {
        match id {
            Some(id) => fetch(id).await,
            None => Err(Failure::NotFound),
        }
    })
}
