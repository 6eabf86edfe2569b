//! The one way a page says it could not show what was asked: in the reader's language, never
//! with internal words. A busy or broken server has also set the page's status (503 or 500),
//! which the server answers with its calm "try again" page.

use crate::components::use_lang;
use crate::i18n::T;
use crate::model::Failure;
use leptos::prelude::*;

/// What the reader is told for each kind of failure.
pub fn failure_words(failure: Failure) -> T {
    match failure {
        Failure::NotFound => T::ErrNotFound,
        Failure::SignedOut => T::SessionEnded,
        Failure::Invalid(key) => key,
        Failure::Busy => T::CalmBusy,
        Failure::Broken | Failure::BadRequest | Failure::Unreachable => T::CalmBroken,
    }
}

#[component]
pub fn FailureView(failure: Failure) -> impl IntoView {
    let lang = use_lang();
    view! { <p>{failure_words(failure).get(lang)}</p> }
}
