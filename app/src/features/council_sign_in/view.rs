//! Council sign-in's pages: its part of the sign-in page, the page that hands the browser on to
//! the council's sign-in, and the admin's settings (`/staff/admin/sign-in`).

use super::api::{council_sign_in_onward, council_sign_in_settings};
use super::Settings;
use crate::components::flash::flash_for;
use crate::components::{use_lang, ErrorSummary, NoticeBox, Page, TextField};
use crate::i18n::{Lang, T};
use crate::model::Flash;
use leptos::prelude::*;

/// The sign-in page's second way in: the work address names the council whose sign-in to use.
/// `flash` holds this form's errors (and the way back's refusals).
#[component]
pub fn CouncilSignInPart(flash: Flash) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="council-sign-in" class="card">
            <h2 id="council-sign-in">{T::CouncilSignInHeading.get(lang)}</h2>
            <p>{T::CouncilSignInIntro.get(lang)}</p>
            <ErrorSummary flash=flash.clone()/>
            <form method="post" action="/api/sign_in/council" class="form" novalidate>
                <TextField
                    name="council_email"
                    label=T::CouncilSignInEmail
                    kind="email"
                    autocomplete="username"
                    value=flash.value("council_email").unwrap_or_default()
                    error=flash.error("council_email").cloned()
                    required=true
                />
                <button type="submit" class="button">{T::CouncilSignInButton.get(lang)}</button>
            </form>
        </section>
    }
}

/// `/sign-in/council`: hands the browser on to the council's sign-in. A page of Heard's own
/// between the form and the provider, because the sign-in page may post forms to Heard only
/// (`form-action 'self'`); it moves on at once, and has a link for a browser that does not.
#[component]
pub fn ContinuePage() -> impl IntoView {
    let lang = use_lang();
    let onward = OnceResource::new(async move { council_sign_in_onward().await });
    view! {
        <Page title=T::CouncilSignInContinueTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    match onward.await {
                        Ok(onward) if !onward.address.is_empty() => {
                            let refresh = format!("0;url={}", onward.address);
                            let label = T::CouncilSignInContinueLink.fill(lang, &[("council", &onward.council)]);
                            view! {
                                <leptos_meta::Meta http_equiv="refresh" content=refresh/>
                                <p>{T::CouncilSignInContinueIntro.fill(lang, &[("council", &onward.council)])}</p>
                                <p><a class="button button--primary" href=onward.address>{label}</a></p>
                            }
                            .into_any()
                        }
                        Ok(_) => view! {
                            <p>{T::CouncilSignInContinueNothing.get(lang)}</p>
                            <p><a href="/sign-in">{T::SignInTitle.get(lang)}</a></p>
                        }
                        .into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// `/staff/admin/sign-in`: an admin sets their council's OpenID provider.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("");
    let settings = OnceResource::new(async move { council_sign_in_settings().await });
    view! {
        <Page title=T::CouncilSignInSettingsTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match settings.await {
                        Ok(settings) => view! { <SettingsForm settings=settings flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn SettingsForm(settings: Settings, flash: Flash, lang: Lang) -> impl IntoView {
    // After a refused save, what was typed; otherwise what is saved.
    let typed = |field: &str, saved: &str| flash.value(field).unwrap_or_else(|| saved.to_string());
    let status = if settings.on {
        T::CouncilSignInIsOn.fill(lang, &[("domain", &settings.email_domain)])
    } else {
        T::CouncilSignInIsOff.get(lang).to_string()
    };
    let secret_hint = if settings.on { T::CouncilSignInSecretKeepHint } else { T::CouncilSignInSecretHint };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p>{T::CouncilSignInSettingsIntro.get(lang)}</p>
        <p>{T::CouncilSignInSecondFactor.get(lang)}</p>
        <p><strong>{status}</strong></p>
        <h2 id="return-address">{T::CouncilSignInReturnHeading.get(lang)}</h2>
        <p>{T::CouncilSignInReturnIntro.get(lang)}</p>
        <p><code class="break-words">{settings.return_address.clone()}</code></p>
        <h2 id="provider">{T::CouncilSignInProviderHeading.get(lang)}</h2>
        <form method="post" action="/api/set_council_sign_in" class="form" novalidate>
            <TextField name="issuer" label=T::CouncilSignInIssuer kind="url" autocomplete="off" hint=T::CouncilSignInIssuerHint value=typed("issuer", &settings.issuer) error=flash.error("issuer").cloned() required=true/>
            <TextField name="client_id" label=T::CouncilSignInClientId autocomplete="off" value=typed("client_id", &settings.client_id) error=flash.error("client_id").cloned() required=true/>
            <TextField name="client_secret" label=T::CouncilSignInClientSecret kind="password" autocomplete="off" hint=secret_hint error=flash.error("client_secret").cloned() required=!settings.on/>
            <TextField name="email_domain" label=T::CouncilSignInDomain autocomplete="off" hint=T::CouncilSignInDomainHint value=typed("email_domain", &settings.email_domain) error=flash.error("email_domain").cloned() required=true/>
            <button type="submit" name="action" value="save" class="button button--primary">{T::CouncilSignInSave.get(lang)}</button>
        </form>
        {settings.on.then(|| view! {
            <form method="post" action="/api/set_council_sign_in" class="form">
                <button type="submit" name="action" value="turn_off" class="button button--danger">{T::CouncilSignInTurnOff.get(lang)}</button>
            </form>
        })}
    }
}
