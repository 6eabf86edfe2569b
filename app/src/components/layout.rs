//! The frame around every page: skip link, header with language switch and "Help now", footer.

use crate::components::{use_here, use_lang, use_viewer};
use crate::i18n::{Lang, T};
use leptos::prelude::*;
use leptos_meta::Title;

/// A page: its `<title>`, one `<h1>`, and the shared header and footer.
#[component]
pub fn Page(
    /// The page's heading and title.
    title: T,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let full_title = format!("{} – {}", title.get(lang), T::AppName.get(lang));
    view! {
        <Title text=full_title/>
        <SiteHeader/>
        <main id="main" tabindex="-1">
            <h1>{title.get(lang)}</h1>
            {children()}
        </main>
        <SiteFooter/>
    }
}

/// The skip link and the header every page shares: name, "Help now", language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let viewer = use_viewer();
    view! {
        <a class="skip-link" href="#main">{T::SkipToContent.get(lang)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=if viewer.is_some() { "/staff" } else { "/" }>
                    <img src=crate::components::child::symbol_src("heard") alt="" width="32" height="32"/>
                    <span>{T::AppName.get(lang)}</span>
                </a>
                <nav class="site-nav" aria-label=T::MainNavigation.get(lang)>
                    <a class="help-now-link" href="/help-now">{T::HelpNow.get(lang)}</a>
                    {viewer.map(|_| view! {
                        <a href="/staff/account">{T::MyAccount.get(lang)}</a>
                        <form method="post" action="/api/sign_out" class="inline-form">
                            <button type="submit" class="link-button">{T::SignOut.get(lang)}</button>
                        </form>
                    })}
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
    }
    .into_any()
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    view! {
        <footer class="site-footer">
            <ul>
                <li><a href="/help-now">{T::FooterHelp.get(lang)}</a></li>
                <li><a href="/accessibility">{T::FooterAccessibility.get(lang)}</a></li>
                <li><a href="/credits">{T::FooterCredits.get(lang)}</a></li>
            </ul>
        </footer>
    }
}

/// Switches language: a button for each of Cymraeg and English the page is not in, as in Wales
/// they come first, and where more are offered, a menu of the rest, each named in itself. Plain
/// forms and a `<details>`, so it works before any script loads.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let here = use_here();
    let more: Vec<Lang> = offered_langs().into_iter().filter(|choice| *choice != lang && !choice.is_staff()).collect();
    view! {
        <form method="post" action="/api/set_language" class="language-switch">
            <input type="hidden" name="back" value=here.clone()/>
            {lang.also_offered().into_iter().map(|other| view! {
                <button type="submit" name="lang" value=other.code() lang=other.code()>{other.own_name()}</button>
            }).collect_view()}
        </form>
        {(!more.is_empty()).then(|| view! {
            <details class="language-menu">
                <summary>
                    <img src=crate::components::child::symbol_src("language") alt="" width="24" height="24"/>
                    <span>{T::LanguageSwitchLabel.get(lang)}</span>
                </summary>
                <form method="post" action="/api/set_language" class="language-menu__list">
                    <input type="hidden" name="back" value=here/>
                    {more
                        .into_iter()
                        .map(|choice| view! {
                            <button type="submit" name="lang" value=choice.code() lang=choice.code() dir=choice.direction().as_str()>
                                {choice.own_name()}
                            </button>
                        })
                        .collect_view()}
                </form>
            </details>
        })}
    }
}

/// A language's name on a staff page: Welsh and English in themselves, any other in the
/// reader's language with its own name beside it, marked with its language and direction.
#[component]
pub fn LanguageName(of: Lang) -> impl IntoView {
    let lang = use_lang();
    if of.is_staff() {
        view! { <span lang=of.code()>{of.own_name()}</span> }.into_any()
    } else {
        view! { {of.staff_name(lang)} " (" <span lang=of.code() dir=of.direction().as_str()>{of.own_name()}</span> ")" }.into_any()
    }
}

/// The languages this page offers (see `server::security::offered_langs`): Welsh and English
/// where nothing else is known.
pub fn offered_langs() -> Vec<Lang> {
    use_context::<crate::i18n::Offered>().map(|o| o.0).unwrap_or_else(|| Lang::STAFF.to_vec())
}
