//! "Help now": who to call straight away. The same words and place on every page.

use crate::components::use_lang;
use crate::i18n::T;
use leptos::prelude::*;

#[component]
pub fn HelpNowPanel() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="help-now" aria-labelledby="help-now-heading">
            <h2 id="help-now-heading">
                <img src=crate::components::child::symbol_src("help") alt="" width="32" height="32"/>
                {T::HelpNowTitle.get(lang)}
            </h2>
            <p>{T::HelpNowIntro.get(lang)}</p>
            <ul class="help-list">
                <li>
                    <p>{T::HelpDanger.get(lang)}</p>
                    <a class="button button--danger" href="tel:999">{T::HelpCall999.get(lang)}</a>
                </li>
                <li>
                    <p>{T::HelpMeic.get(lang)}</p>
                    <p>{T::HelpMeicWeb.get(lang)}</p>
                    <a class="button" href="tel:08088023456">{T::HelpCallMeic.get(lang)}</a>
                    <a class="button" href="sms:84001">{T::HelpTextMeic.get(lang)}</a>
                </li>
                <li>
                    <p>{T::HelpChildline.get(lang)}</p>
                    <a class="button" href="tel:08001111">{T::HelpCallChildline.get(lang)}</a>
                </li>
            </ul>
        </section>
    }
}
