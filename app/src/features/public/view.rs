//! Pages anyone may open: landing, help now, accessibility statement, credits, not found.

use crate::components::use_lang;
use crate::components::{HelpNowPanel, Page};
use crate::i18n::T;
use leptos::prelude::*;

#[component]
pub fn Landing() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Page title=T::LandingTitle>
            <div class="landing">
                <ul class="easy-read">
                    <li><img src=crate::components::child::symbol_src("child") alt="" width="48" height="48"/><p>{T::LandingIntro1.get(lang)}</p></li>
                    <li><img src=crate::components::child::symbol_src("calendar") alt="" width="48" height="48"/><p>{T::LandingIntro2.get(lang)}</p></li>
                    <li><img src=crate::components::child::symbol_src("speech") alt="" width="48" height="48"/><p>{T::LandingIntro3.get(lang)}</p></li>
                    <li><img src=crate::components::child::symbol_src("family") alt="" width="48" height="48"/><p>{T::LandingIntro4.get(lang)}</p></li>
                    <li><img src=crate::components::child::symbol_src("reader") alt="" width="48" height="48"/><p>{T::LandingIntro5.get(lang)}</p></li>
                </ul>
                <section class="card" aria-labelledby="have-code">
                    <h2 id="have-code">{T::LandingHaveCode.get(lang)}</h2>
                    <p>{T::LandingHaveCodeText.get(lang)}</p>
                    <p><a class="button button--primary button--big" href="/start">{T::LandingTypeCode.get(lang)}</a></p>
                </section>
                <HelpNowPanel/>
                <section class="card card--quiet" aria-labelledby="staff-heading">
                    <h2 id="staff-heading">{T::LandingStaff.get(lang)}</h2>
                    <p><a href="/sign-in">{T::LandingStaffSignIn.get(lang)}</a></p>
                </section>
            </div>
        </Page>
    }
}

#[component]
pub fn HelpNowPage() -> impl IntoView {
    view! {
        <Page title=T::HelpNowTitle>
            <HelpNowPanel/>
        </Page>
    }
}

#[component]
pub fn Accessibility() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Page title=T::A11yTitle>
            <div class="prose">
                <p>{T::A11yP1.get(lang)}</p>
                <p>{T::A11yP2.get(lang)}</p>
                <p>{T::A11yP3.get(lang)}</p>
                <h2>{T::A11yComplianceHeading.get(lang)}</h2>
                <p>{T::A11yCompliance.get(lang)}</p>
                <h2>{T::A11yReportHeading.get(lang)}</h2>
                <p>{T::A11yReport.get(lang)}</p>
                <p>{T::A11yEnforcement.get(lang)}</p>
                <p>{T::A11yPrepared.get(lang)}</p>
            </div>
        </Page>
    }
}

#[component]
pub fn Credits() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Page title=T::CreditsTitle>
            <div class="prose">
                <p>{T::CreditsIntro.get(lang)}</p>
                <ul>
                    <li>"Leptos, axum, tokio, sqlx, lettre, argon2 and the other Rust crates listed in Cargo.lock (MIT / Apache-2.0)"</li>
                    <li>
                        {T::CreditsSymbols.get(lang)} " "
                        <a href="https://github.com/googlefonts/noto-emoji">"Noto Emoji"</a>
                        " © Google, "
                        <a href="https://www.apache.org/licenses/LICENSE-2.0">"Apache License 2.0"</a>
                    </li>
                    <li>
                        {T::CreditsVoices.get(lang)} " "
                        <a href="https://github.com/espeak-ng/espeak-ng">"eSpeak NG"</a>
                        " (GPL-3.0-or-later), "
                        <a href="https://lame.sourceforge.io/">"LAME"</a>
                        " (LGPL-2.0-or-later)"
                    </li>
                    <li>
                        {T::CreditsFonts.get(lang)} " "
                        <a href="https://github.com/notofonts">"Noto Sans"</a>
                        " (Latin, Arabic, Ethiopic) © Google, "
                        <a href="https://openfontlicense.org">"SIL OFL 1.1"</a>
                    </li>
                    <li>{T::CreditsOwnSymbols.get(lang)}</li>
                </ul>
            </div>
        </Page>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Page title=T::NotFoundTitle>
            <p>{T::NotFoundText.get(lang)}</p>
            <p><a class="button" href="/">{T::GoToStart.get(lang)}</a></p>
        </Page>
    }
}
