//! Saving as the child goes: once the script has loaded, every change to a form screen is kept on
//! the device at once and sent to the server a moment later. Words the server has not taken stay
//! on the device and are sent again: with growing pauses while the server is away (a restart),
//! when the connection comes back, and when the page is shown again. The copy on the device is
//! removed as soon as the server has them (a shared phone should not keep a child's words).
//! The status says what is true: "no connection" only when the device is offline, and a refused
//! save (too long, say) says what to change.

use leptos::prelude::*;

/// Watches the form `form_id` and keeps its answers. `draft_key` names this screen's copy on the
/// device (per consultation and screen, so one child's words never fill in another's form);
/// `step` is the screen number sent with each save. The words are the status messages, already
/// in the page's language.
#[island]
#[allow(clippy::too_many_arguments)]
pub fn FormKeeper(
    form_id: String,
    draft_key: String,
    step: i64,
    saving: String,
    saved: String,
    offline: String,
    retrying: String,
    signed_out: String,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let is_offline = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        let words = browser::Words { saving, saved, offline, retrying, signed_out };
        Effect::new(move |_| browser::watch(&form_id, &draft_key, step, words.clone(), status, is_offline));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (form_id, draft_key, step, saving, saved, offline, retrying, signed_out);
    view! {
        <p class=move || if is_offline.get() { "autosave-status autosave-status--offline" } else { "autosave-status" } role="status">
            {move || status.get()}
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::*;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Event, FormData, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement, RequestInit, Response, UrlSearchParams};

    #[derive(Clone)]
    pub struct Words {
        pub saving: String,
        pub saved: String,
        pub offline: String,
        pub retrying: String,
        pub signed_out: String,
    }

    /// What the server said to one save.
    enum Reply {
        /// Kept; where to go now ("" to stay).
        Saved(String),
        /// Refused as it is, with what to change (in the page's language).
        Refused(String),
        /// The person is no longer signed in (their session ended).
        SignedOut,
        /// No answer, or "busy, try again": the words wait on the device and go again.
        Unreachable,
    }

    struct Keeper {
        form: HtmlFormElement,
        key: String,
        step: i64,
        words: Words,
        status: RwSignal<String>,
        offline: RwSignal<bool>,
        timer: Cell<Option<i32>>,
        sending: Cell<bool>,
        again: Cell<bool>,
        /// Tries in a row the server did not answer: the next waits 2^n seconds (at most 30).
        failures: Cell<u32>,
        retry: Cell<Option<i32>>,
    }

    fn online() -> bool {
        web_sys::window().map(|w| w.navigator().on_line()).unwrap_or(true)
    }

    fn has_copy(keeper: &Keeper) -> bool {
        storage().and_then(|s| s.get_item(&keeper.key).ok().flatten()).is_some()
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// The form's fields as a URL-encoded body, the same one a plain submit sends, but for any
    /// files (a recording or drawing goes with the screen's own post, never kept on the device).
    fn encoded(form: &HtmlFormElement) -> Option<String> {
        let data = FormData::new_with_form(form).ok()?;
        let elements = form.elements();
        for i in 0..elements.length() {
            if let Some(input) = elements.item(i).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
                if input.type_() == "file" {
                    data.delete(&input.name());
                }
            }
        }
        let params = UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
        Some(String::from(params.to_string()))
    }

    /// Puts a copy kept on the device back into the form (typed while offline, then reloaded).
    fn restore(form: &HtmlFormElement, draft: &str) {
        let Ok(params) = UrlSearchParams::new_with_str(draft) else { return };
        let elements = form.elements();
        for i in 0..elements.length() {
            let Some(element) = elements.item(i) else { continue };
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                let name = input.name();
                match input.type_().as_str() {
                    "radio" => input.set_checked(params.get(&name).as_deref() == Some(input.value().as_str())),
                    "checkbox" => input.set_checked(params.has(&name)),
                    _ => {}
                }
            } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                if let Some(value) = params.get(&area.name()) {
                    area.set_value(&value);
                }
            }
        }
    }

    pub fn watch(form_id: &str, key: &str, step: i64, words: Words, status: RwSignal<String>, offline: RwSignal<bool>) {
        let Some(window) = web_sys::window() else { return };
        let Some(form) = window.document().and_then(|d| d.get_element_by_id(form_id)).and_then(|e| e.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        // The form now says, when sent, that a script ran (the reports count views sent without one).
        if let Some(flag) = window
            .document()
            .and_then(|d| d.get_element_by_id(&format!("{form_id}-scripted")))
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            flag.set_value("1");
        }
        let keeper = Rc::new(Keeper {
            form,
            key: key.to_string(),
            step,
            words,
            status,
            offline,
            timer: Cell::new(None),
            sending: Cell::new(false),
            again: Cell::new(false),
            failures: Cell::new(0),
            retry: Cell::new(None),
        });
        // Words kept on this device from an earlier visit go back into the form and to the server.
        if let Some(draft) = storage().and_then(|s| s.get_item(&keeper.key).ok().flatten()) {
            restore(&keeper.form, &draft);
            send(keeper.clone());
        }
        let on_change = {
            let keeper = keeper.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| changed(keeper.clone()))
        };
        for event in ["input", "change"] {
            let _ = keeper.form.add_event_listener_with_callback(event, on_change.as_ref().unchecked_ref());
        }
        on_change.forget();
        // Pressing "Next" with no connection would show the browser's error page: stay, and say
        // the words are kept. Online, the copy on the device is dropped as the form goes.
        let on_submit = {
            let keeper = keeper.clone();
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                let online = web_sys::window().map(|w| w.navigator().on_line()).unwrap_or(true);
                if online {
                    // The form itself carries the words now; no copy stays on a shared device.
                    if let Some(storage) = storage() {
                        let _ = storage.remove_item(&keeper.key);
                    }
                } else {
                    event.prevent_default();
                    keep(&keeper);
                    keeper.offline.set(true);
                    keeper.status.set(keeper.words.offline.clone());
                }
            })
        };
        let _ = keeper.form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        on_submit.forget();
        // Words still on the device go again when the connection returns, and when the page is
        // shown again (a phone unlocked, a tab come back to, a page restored from history).
        let resend = {
            let keeper = keeper.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                let visible = web_sys::window().and_then(|w| w.document()).map(|d| !d.hidden()).unwrap_or(true);
                if visible && has_copy(&keeper) {
                    keeper.failures.set(0);
                    send(keeper.clone());
                }
            })
        };
        let _ = window.add_event_listener_with_callback("online", resend.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback("pageshow", resend.as_ref().unchecked_ref());
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", resend.as_ref().unchecked_ref());
        }
        resend.forget();
    }

    /// Tries again after a pause that doubles with each unanswered try (1 s, 2 s, … 30 s), for as
    /// long as the words are not on the server.
    fn retry_later(keeper: &Rc<Keeper>) {
        let Some(window) = web_sys::window() else { return };
        if let Some(id) = keeper.retry.take() {
            window.clear_timeout_with_handle(id);
        }
        let failures = keeper.failures.get();
        let wait_ms = (1000_i32 << failures.min(5)).min(30_000);
        keeper.failures.set(failures + 1);
        let later = {
            let keeper = keeper.clone();
            Closure::once_into_js(move || {
                if has_copy(&keeper) {
                    send(keeper)
                }
            })
        };
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), wait_ms) {
            keeper.retry.set(Some(id));
        }
    }

    fn keep(keeper: &Keeper) {
        if let (Some(storage), Some(body)) = (storage(), encoded(&keeper.form)) {
            let _ = storage.set_item(&keeper.key, &body);
        }
    }

    /// Kept on the device at once; sent after a short pause in typing.
    fn changed(keeper: Rc<Keeper>) {
        keep(&keeper);
        let Some(window) = web_sys::window() else { return };
        if let Some(id) = keeper.timer.take() {
            window.clear_timeout_with_handle(id);
        }
        let later = {
            let keeper = keeper.clone();
            Closure::once_into_js(move || send(keeper))
        };
        if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 800) {
            keeper.timer.set(Some(id));
        }
    }

    /// Sends the form's answers; one request at a time, so an older save never lands after a newer.
    fn send(keeper: Rc<Keeper>) {
        if keeper.sending.replace(true) {
            keeper.again.set(true);
            return;
        }
        leptos::task::spawn_local(async move {
            loop {
                keeper.again.set(false);
                let Some(fields) = encoded(&keeper.form) else { break };
                keeper.status.set(keeper.words.saving.clone());
                match post(&fields, keeper.step).await {
                    Reply::Saved(next) => {
                        if keeper.again.get() {
                            continue;
                        }
                        if let Some(storage) = storage() {
                            let _ = storage.remove_item(&keeper.key);
                        }
                        keeper.failures.set(0);
                        keeper.offline.set(false);
                        keeper.status.set(keeper.words.saved.clone());
                        // "I don't feel safe" was chosen: help comes first.
                        if !next.is_empty() {
                            if let Some(window) = web_sys::window() {
                                let _ = window.location().set_href(&next);
                            }
                        }
                    }
                    Reply::Refused(what_to_change) => {
                        // Kept on the device until it is changed; sending it again as it is
                        // would be refused again.
                        keep(&keeper);
                        keeper.offline.set(true);
                        keeper.status.set(what_to_change);
                    }
                    Reply::SignedOut => {
                        keep(&keeper);
                        keeper.offline.set(true);
                        keeper.status.set(keeper.words.signed_out.clone());
                    }
                    Reply::Unreachable => {
                        keep(&keeper);
                        keeper.offline.set(true);
                        let words = if online() { &keeper.words.retrying } else { &keeper.words.offline };
                        keeper.status.set(words.clone());
                        retry_later(&keeper);
                    }
                }
                if !keeper.again.get() {
                    break;
                }
            }
            keeper.sending.set(false);
        });
    }

    /// Posts to the autosave endpoint and reads its answer: 200 with where to go ("" to stay),
    /// 422 with what to change, 401 when signed out; anything else, or no answer, is unreachable.
    async fn post(fields: &str, step: i64) -> Reply {
        let Some(window) = web_sys::window() else { return Reply::Unreachable };
        let init = RequestInit::new();
        init.set_method("POST");
        let Ok(headers) = web_sys::Headers::new() else { return Reply::Unreachable };
        let _ = headers.set("content-type", "application/x-www-form-urlencoded");
        let _ = headers.set("accept", "application/json");
        init.set_headers(&headers);
        // The form carries its own screen number (`step`), as a plain submit does.
        let _ = step;
        init.set_body(&JsValue::from_str(fields));
        let Some(response) =
            JsFuture::from(window.fetch_with_str_and_init("/api/autosave", &init)).await.ok().and_then(|r| r.dyn_into::<Response>().ok())
        else {
            return Reply::Unreachable;
        };
        let status = response.status();
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
            Err(_) => String::new(),
        };
        let text = text.trim().trim_matches('"').to_string();
        match status {
            200 => Reply::Saved(text),
            422 => Reply::Refused(text),
            401 => Reply::SignedOut,
            _ => Reply::Unreachable,
        }
    }
}
