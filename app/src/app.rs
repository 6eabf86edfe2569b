//! The HTML shell, the routes, and the request-wide context (language, signed-in staff, CSP nonce).

use crate::features::{
    admin, advocacy, children, entry, form, import, invitations, messages, outcome, overview, pack, public, reports, reviews, safety,
    secret, staff, worklist,
};
use crate::i18n::Lang;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_lang();
    provide_context(lang);
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>() {
        provide_context(crate::i18n::Offered(crate::server::security::offered_langs(parts.uri.path(), &parts.headers)));
    }
    #[cfg(feature = "ssr")]
    if let Some(nonce) = crate::server::security::request_nonce() {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="stylesheet" href="/pkg/heard.css"/>
                {script_fonts(lang).iter().map(|font| view! {
                    <link rel="preload" href=*font r#as="font" r#type="font/woff2" crossorigin="anonymous"/>
                }).collect_view()}
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=public::view::NotFound>
                <Route path=path!("") view=public::view::Landing ssr=SsrMode::Async/>
                <Route path=path!("/help-now") view=public::view::HelpNowPage ssr=SsrMode::Async/>
                <Route path=path!("/accessibility") view=public::view::Accessibility ssr=SsrMode::Async/>
                <Route path=path!("/credits") view=public::view::Credits ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=staff::view::SignIn ssr=SsrMode::Async/>
                <Route path=path!("/staff") view=overview::view::StaffHome ssr=SsrMode::Async/>
                <Route path=path!("/staff/account") view=staff::view::Account ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/council") view=crate::features::council_sign_in::view::ContinuePage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/code") view=crate::features::two_step::view::SignInCodePage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/set-up") view=crate::features::two_step::view::SetUpPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/account/two-step") view=crate::features::two_step::view::SetUpPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/account/recovery-codes") view=crate::features::two_step::view::RecoveryCodesPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/staff") view=staff::view::StaffAdmin ssr=SsrMode::Async/>
                <Route path=path!("/staff/children") view=worklist::view::WorklistPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/new") view=children::view::ChildNew ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/:id") view=overview::view::ChildPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/:id/edit") view=children::view::ChildEdit ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/:id/book") view=reviews::view::BookReview ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id") view=overview::view::ReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id/edit") view=reviews::view::EditBooking ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id/pack") view=pack::view::PackPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id/outcome") view=outcome::view::OutcomeLetterPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/invitations/:id/letter") view=invitations::view::LetterPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/letters") view=invitations::view::LettersPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/settings") view=admin::view::SettingsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reports") view=reports::view::Reports ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/languages") view=crate::features::languages::view::LanguagesPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/outbox") view=admin::view::OutboxPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/audit") view=admin::view::AuditPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/cover") view=admin::view::CoverAdminPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/import") view=import::view::ImportPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/sign-in") view=crate::features::council_sign_in::view::SettingsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/api-keys") view=crate::features::council_api::view::ApiKeysPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/import/:id") view=import::view::ImportPreviewPage ssr=SsrMode::Async/>
                <Route path=path!("/start") view=entry::view::StartPage ssr=SsrMode::Async/>
                <Route path=path!("/i/:token") view=entry::view::LinkPage ssr=SsrMode::Async/>
                <Route path=path!("/my-review") view=entry::view::MyReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/welcome") view=form::view::WelcomePage ssr=SsrMode::Async/>
                <Route path=path!("/about") view=form::view::AboutPage ssr=SsrMode::Async/>
                <Route path=path!("/secret") view=secret::view::SecretPage ssr=SsrMode::Async/>
                <Route path=path!("/unlock") view=secret::view::UnlockPage ssr=SsrMode::Async/>
                <Route path=path!("/form") view=form::view::FormResume ssr=SsrMode::Async/>
                <Route path=path!("/form/screen/:n") view=form::view::StepScreen ssr=SsrMode::Async/>
                <Route path=path!("/form/later") view=form::view::LaterPage ssr=SsrMode::Async/>
                <Route path=path!("/form/advocate") view=advocacy::view::AdvocacyScreen ssr=SsrMode::Async/>
                <Route path=path!("/form/check") view=form::view::CheckScreen ssr=SsrMode::Async/>
                <Route path=path!("/form/done") view=form::view::DoneScreen ssr=SsrMode::Async/>
                <Route path=path!("/safe") view=safety::view::SafeScreen ssr=SsrMode::Async/>
                <Route path=path!("/message") view=messages::view::MessageScreen ssr=SsrMode::Async/>
                <Route path=path!("/letter") view=outcome::view::LetterScreen ssr=SsrMode::Async/>
                <Route path=path!("/staff/messages/:id") view=messages::view::IroMessagePage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

/// The fonts a page in `lang` will need if the device lacks its script (`style/main.css` names
/// them too): fetched with the page rather than when the first letter is laid out.
fn script_fonts(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ar | Lang::Ps | Lang::Fa | Lang::Ckb => &["/fonts/noto-sans-arabic-400.woff2", "/fonts/noto-sans-arabic-700.woff2"],
        Lang::Ti => &["/fonts/noto-sans-ethiopic-400.woff2", "/fonts/noto-sans-ethiopic-700.woff2"],
        Lang::En | Lang::Cy | Lang::Pl | Lang::Ro => &[],
    }
}

/// The language of this request: the visitor's choice (cookie), else their browser's preference
/// for Welsh or English, else English; staff pages in Welsh or English only.
fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|parts| crate::server::security::page_lang(parts.uri.path(), &parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}
