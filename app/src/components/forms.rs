//! Form pieces: an error summary that names each problem, fields that keep what was typed.

use crate::api::{Flash, Msg};
use crate::app::use_lang;
use crate::i18n::T;
use leptos::prelude::*;

/// Lists a form's problems at its top, each linking to its field (GOV.UK pattern).
#[component]
pub fn ErrorSummary(flash: Flash) -> impl IntoView {
    let lang = use_lang();
    (!flash.errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{T::ErrorSummaryTitle.get(lang)}</h2>
                <ul>
                    {flash
                        .errors
                        .iter()
                        .map(|e| {
                            let text = e.msg.text(lang);
                            if e.field.is_empty() {
                                view! { <li>{text}</li> }.into_any()
                            } else {
                                view! { <li><a href=format!("#{}", e.field)>{text}</a></li> }.into_any()
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A confirmation after something worked.
#[component]
pub fn NoticeBox(notice: Option<Msg>) -> impl IntoView {
    let lang = use_lang();
    notice.map(|n| view! { <div class="notice" role="status"><p>{n.text(lang)}</p></div> })
}

/// A labelled input with its hint and error tied to it for screen readers.
#[component]
pub fn TextField(
    name: &'static str,
    label: T,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] value: Option<String>,
    #[prop(default = None)] error: Option<Msg>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let lang = use_lang();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let has_error = error.is_some();
    view! {
        <div class=if has_error { "field field--error" } else { "field" }>
            <label for=name>{label.get(lang)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h.get(lang)}</p> })}
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()>{e.text(lang)}</p> })}
            <input
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                required=required
                aria-describedby=described
                aria-invalid=has_error.then_some("true")
            />
        </div>
    }
}

/// A labelled `<select>`; `options` are (value, shown text).
#[component]
pub fn SelectField(
    name: &'static str,
    label: T,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: Option<String>,
    #[prop(optional)] hint: Option<T>,
    #[prop(default = None)] error: Option<Msg>,
) -> impl IntoView {
    let lang = use_lang();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [hint.map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())].into_iter().flatten().collect::<Vec<_>>();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let has_error = error.is_some();
    view! {
        <div class=if has_error { "field field--error" } else { "field" }>
            <label for=name>{label.get(lang)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h.get(lang)}</p> })}
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()>{e.text(lang)}</p> })}
            <select id=name name=name aria-describedby=described aria-invalid=has_error.then_some("true")>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = selected.as_deref() == Some(value.as_str());
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled `<textarea>` that keeps what was typed.
#[component]
pub fn TextArea(
    name: &'static str,
    label: T,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] value: Option<String>,
    #[prop(default = None)] error: Option<Msg>,
) -> impl IntoView {
    let lang = use_lang();
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = [hint.map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())].into_iter().flatten().collect::<Vec<_>>();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let has_error = error.is_some();
    view! {
        <div class=if has_error { "field field--error" } else { "field" }>
            <label for=name>{label.get(lang)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h.get(lang)}</p> })}
            {error.map(|e| view! { <p class="error-message" id=error_id.clone()>{e.text(lang)}</p> })}
            <textarea id=name name=name rows="4" aria-describedby=described aria-invalid=has_error.then_some("true")>
                {value.unwrap_or_default()}
            </textarea>
        </div>
    }
}
