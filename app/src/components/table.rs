//! A data table that scrolls inside its own box at narrow widths (WCAG reflow allows this for tables).

use crate::components::use_lang;
use crate::i18n::T;
use leptos::prelude::*;

#[component]
pub fn DataTable(
    /// Names the table for screen readers.
    caption: T,
    columns: Vec<T>,
    /// The `<tr>` rows.
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="table-wrap">
            <table>
                <caption>{caption.get(lang)}</caption>
                <thead>
                    <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c.get(lang)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
