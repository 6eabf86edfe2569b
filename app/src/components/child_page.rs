//! What every child, parent and carer page does first: load its data, or send them where they
//! need to go; and its title with its symbol.

use crate::components::child::screen;
use crate::components::flash::flash_for;
use crate::components::use_lang;
use crate::domain::forms::{self};
use crate::i18n::T;
use crate::model::Failure;
use crate::model::Flash;
use crate::model::Go;
use leptos::prelude::*;

/// Sends the browser on (303 on the server) and leaves a link for anyone still here.
pub fn go_to(path: String) -> AnyView {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(&path);
    let lang = use_lang();
    view! { <p><a class="button button--primary" href=path>{T::FormCarryOn.get(lang)}</a></p> }.into_any()
}

/// A child page whose data could not be loaded. Only someone not signed in goes to `/start`: a
/// busy or broken server has already set its status (503 or 500), which the server answers with
/// a calm "try again" page, so a child is never sent back to the start by a busy moment.
pub fn after_error(error: Failure) -> AnyView {
    if error == Failure::SignedOut {
        go_to("/start".into())
    } else {
        ().into_any()
    }
}

pub fn title(key: &str) -> (forms::Text, String) {
    let s = screen(key);
    (s.text(), s.symbol.clone())
}

/// Loads a child page's data once and shows it, or first sends the child where they need to go
/// (not signed in, secret not given, form already sent).
pub fn child_page<T, Fut>(load: impl FnOnce() -> Fut + Send + 'static, form: &'static str, show: fn(T, Flash) -> AnyView) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    Fut: std::future::Future<Output = Result<Go<T>, Failure>> + Send + 'static,
{
    let page = OnceResource::new(async move { load().await });
    let flash = flash_for(form);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let flash = flash.await;
                match page.await {
                    Err(error) => after_error(error),
                    Ok(Go::To(path)) => go_to(path),
                    Ok(Go::Show(data)) => show(data, flash),
                }
            })}
        </Suspense>
    }
}
