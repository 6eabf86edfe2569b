//! Pages that show one record, named by the `:id` in their route.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The `:id` route parameter, when it is a number.
pub fn param_id() -> Option<i64> {
    use_params_map().with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i64>().ok())
}

/// Loads a page's record once, for the `:id` in its route; `None` (shown as "not found") when
/// the id is not a number or the record is not the viewer's to see.
pub fn load_for_id<T, F, Fut>(fetch: F) -> OnceResource<Option<T>>
where
    T: Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: FnOnce(i64) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<T, ServerFnError>> + Send + 'static,
{
    let id = param_id();
    OnceResource::new(async move {
        match id {
            Some(id) => fetch(id).await.ok(),
            None => None,
        }
    })
}
