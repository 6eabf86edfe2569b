//! The HTML shell, the routes, and the request-wide context (language, signed-in staff, CSP nonce).

use crate::i18n::Lang;
use crate::pages::{admin, children, consult, entry, outcome, pack, public, reports, reviews, staff};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_lang();
    provide_context(lang);
    #[cfg(feature = "ssr")]
    if let Some(nonce) = crate::server::security::request_nonce() {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="stylesheet" href="/pkg/heard.css"/>
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
            <Routes fallback=public::NotFound>
                <Route path=path!("") view=public::Landing ssr=SsrMode::Async/>
                <Route path=path!("/help-now") view=public::HelpNowPage ssr=SsrMode::Async/>
                <Route path=path!("/accessibility") view=public::Accessibility ssr=SsrMode::Async/>
                <Route path=path!("/credits") view=public::Credits ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=staff::SignIn ssr=SsrMode::Async/>
                <Route path=path!("/staff") view=staff::StaffHome ssr=SsrMode::Async/>
                <Route path=path!("/staff/account") view=staff::Account ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/staff") view=staff::StaffAdmin ssr=SsrMode::Async/>
                <Route path=path!("/staff/children") view=children::ChildrenList ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/new") view=children::ChildNew ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/:id") view=children::ChildPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/:id/edit") view=children::ChildEdit ssr=SsrMode::Async/>
                <Route path=path!("/staff/children/:id/book") view=reviews::BookReview ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id") view=reviews::ReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id/edit") view=reviews::EditBooking ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id/pack") view=pack::PackPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id/outcome") view=outcome::OutcomeLetterPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/invitations/:id/letter") view=reviews::LetterPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/settings") view=admin::SettingsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reports") view=reports::Reports ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/outbox") view=admin::OutboxPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/audit") view=admin::AuditPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/admin/cover") view=admin::CoverAdminPage ssr=SsrMode::Async/>
                <Route path=path!("/start") view=entry::StartPage ssr=SsrMode::Async/>
                <Route path=path!("/i/:token") view=entry::LinkPage ssr=SsrMode::Async/>
                <Route path=path!("/my-review") view=entry::MyReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/welcome") view=consult::WelcomePage ssr=SsrMode::Async/>
                <Route path=path!("/about") view=consult::AboutPage ssr=SsrMode::Async/>
                <Route path=path!("/secret") view=consult::SecretPage ssr=SsrMode::Async/>
                <Route path=path!("/unlock") view=consult::UnlockPage ssr=SsrMode::Async/>
                <Route path=path!("/form") view=consult::FormResume ssr=SsrMode::Async/>
                <Route path=path!("/form/screen/:n") view=consult::StepScreen ssr=SsrMode::Async/>
                <Route path=path!("/form/later") view=consult::LaterPage ssr=SsrMode::Async/>
                <Route path=path!("/form/advocate") view=consult::AdvocacyScreen ssr=SsrMode::Async/>
                <Route path=path!("/form/check") view=consult::CheckScreen ssr=SsrMode::Async/>
                <Route path=path!("/form/done") view=consult::DoneScreen ssr=SsrMode::Async/>
                <Route path=path!("/safe") view=consult::SafeScreen ssr=SsrMode::Async/>
                <Route path=path!("/message") view=consult::MessageScreen ssr=SsrMode::Async/>
                <Route path=path!("/letter") view=outcome::LetterScreen ssr=SsrMode::Async/>
                <Route path=path!("/staff/messages/:id") view=consult::IroMessagePage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

/// The language of this request: the visitor's choice (cookie), else their browser's preference
/// for Welsh or English, else English.
fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().map(|parts| crate::server::security::lang_from_headers(&parts.headers)).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}

/// The language pages render in.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The signed-in member of staff, if any (server-side rendering only).
pub fn use_viewer() -> Option<crate::model::Viewer> {
    #[cfg(feature = "ssr")]
    {
        crate::server::auth::current_viewer()
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The current path and query, for forms that come back to this page.
pub fn use_here() -> String {
    let location = leptos_router::hooks::use_location();
    let path = location.pathname.get_untracked();
    let query = location.search.get_untracked();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}
