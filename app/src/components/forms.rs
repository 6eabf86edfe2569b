//! Form pieces: an error summary that names each problem, fields that keep what was typed.

use crate::components::use_lang;
use crate::i18n::T;
use crate::model::{Flash, Msg};
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

/// The ids a field's hint and error carry, joined for the control's `aria-describedby`.
fn described_by(name: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let ids: Vec<String> =
        [has_hint.then(|| format!("{name}-hint")), has_error.then(|| format!("{name}-error"))].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The frame every field shares: label, hint and error (tied to the control by id), error styling.
#[component]
fn FieldFrame(name: &'static str, label: T, hint: Option<T>, error: Option<Msg>, children: Children) -> impl IntoView {
    let lang = use_lang();
    let has_error = error.is_some();
    view! {
        <div class=if has_error { "field field--error" } else { "field" }>
            <label for=name>{label.get(lang)}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{h.get(lang)}</p> })}
            {error.map(|e| view! { <p class="error-message" id=format!("{name}-error")>{e.text(lang)}</p> })}
            {children()}
        </div>
    }
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
    let described = described_by(name, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    view! {
        <FieldFrame name=name label=label hint=hint error=error>
            <input
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                required=required
                aria-describedby=described
                aria-invalid=invalid
            />
        </FieldFrame>
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
    let described = described_by(name, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    view! {
        <FieldFrame name=name label=label hint=hint error=error>
            <select id=name name=name aria-describedby=described aria-invalid=invalid>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = selected.as_deref() == Some(value.as_str());
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </FieldFrame>
    }
}

/// What goes between `<textarea>` tags. Leptos (tachys 0.2) writes a textarea's children without
/// HTML escaping, as if it were `<script>`, so typed text containing `</textarea>` could break out
/// of the box and become markup. Escaping here keeps it text; the browser shows it as typed.
pub fn textarea_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
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
    let described = described_by(name, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    view! {
        <FieldFrame name=name label=label hint=hint error=error>
            <textarea id=name name=name rows="4" dir="auto" aria-describedby=described aria-invalid=invalid>
                {textarea_text(&value.unwrap_or_default())}
            </textarea>
        </FieldFrame>
    }
}
