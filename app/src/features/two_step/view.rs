//! Two-step sign-in's pages: the code step, setting up (at sign-in or from the account), the
//! recovery codes shown once, and the parts of the account and staff pages about it.

use super::api::{recovery_codes, two_step_rule, two_step_set_up, two_step_status};
use super::{SetUp, Status};
use crate::components::flash::flash_for;
use crate::components::{use_lang, ErrorSummary, NoticeBox, Page, TextField};
use crate::i18n::{Lang, T};
use crate::model::Flash;
use leptos::prelude::*;

/// The code field every two-step form uses: apps fill it in on phones (`one-time-code`).
#[component]
fn CodeField(label: T, #[prop(optional)] hint: Option<T>, flash: Flash) -> impl IntoView {
    match hint {
        Some(hint) => view! {
            <TextField name="code" label=label hint=hint autocomplete="one-time-code" error=flash.error("code").cloned() required=true/>
        }
        .into_any(),
        None => view! {
            <TextField name="code" label=label autocomplete="one-time-code" error=flash.error("code").cloned() required=true/>
        }
        .into_any(),
    }
}

/// `/sign-in/code`: after a right password, the code from the app (or a recovery code).
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("");
    view! {
        <Page title=T::TwoStepCodeTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <p>{T::TwoStepCodeIntro.get(lang)}</p>
                        <form method="post" action="/api/sign_in/code" class="form" novalidate>
                            <CodeField label=T::TwoStepCodeLabel hint=T::TwoStepCodeHint flash=flash.clone()/>
                            <button type="submit" class="button button--primary">{T::TwoStepContinue.get(lang)}</button>
                        </form>
                        <p><a href="/sign-in">{T::TwoStepStartOver.get(lang)}</a></p>
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// `/sign-in/set-up` and `/staff/account/two-step`: the QR code, the key to type, and the code
/// that proves the app has it.
#[component]
pub fn SetUpPage() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("");
    let set_up = OnceResource::new(async move { two_step_set_up().await });
    view! {
        <Page title=T::TwoStepSetUpTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match set_up.await {
                        Ok(set_up) => view! { <SetUpView set_up=set_up flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn SetUpView(set_up: SetUp, flash: Flash, lang: Lang) -> impl IntoView {
    if set_up.already_on {
        // At sign-in the way on is the code step; from the account, back to it.
        let (href, label) =
            if set_up.at_sign_in { (super::CODE_PAGE, T::TwoStepCodeTitle) } else { ("/staff/account", T::TwoStepBackToAccount) };
        return view! {
            <p>{T::TwoStepAlreadyOn.get(lang)}</p>
            <p><a href=href>{label.get(lang)}</a></p>
        }
        .into_any();
    }
    let intro = if set_up.at_sign_in { T::TwoStepSetUpRequired } else { T::TwoStepSetUpIntro };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p>{intro.get(lang)}</p>
        <ol class="steps">
            <li>{T::TwoStepStepApp.get(lang)}</li>
            <li>
                <p>{T::TwoStepStepScan.get(lang)}</p>
                <div class="two-step__qr" role="img" aria-label=T::TwoStepQrLabel.get(lang) inner_html=set_up.qr_svg></div>
                <p>{T::TwoStepCannotScan.get(lang)}</p>
                <p><code id="two-step-secret" class="two-step__secret">{set_up.secret}</code></p>
            </li>
            <li>{T::TwoStepStepCode.get(lang)}</li>
        </ol>
        <form method="post" action="/api/sign_in/confirm_two_step" class="form" novalidate>
            <input type="hidden" name="at_sign_in" value=if set_up.at_sign_in { "true" } else { "false" }/>
            <CodeField label=T::TwoStepCodeLabel flash=flash.clone()/>
            <button type="submit" class="button button--primary">{T::TwoStepTurnOn.get(lang)}</button>
        </form>
        {set_up.at_sign_in.then(|| view! { <p><a href="/sign-in">{T::TwoStepStartOver.get(lang)}</a></p> })}
    }
    .into_any()
}

/// `/staff/account/recovery-codes`: new recovery codes, shown this once.
#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("");
    let codes = OnceResource::new(async move { recovery_codes().await });
    view! {
        <Page title=T::TwoStepCodesTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let codes = match codes.await {
                        Ok(codes) => codes,
                        Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    };
                    if codes.is_empty() {
                        return view! {
                            <p>{T::TwoStepCodesGone.get(lang)}</p>
                            <p><a href="/staff/account">{T::TwoStepBackToAccount.get(lang)}</a></p>
                        }
                        .into_any();
                    }
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <p>{T::TwoStepCodesIntro.get(lang)}</p>
                        <p><strong>{T::TwoStepCodesOnce.get(lang)}</strong></p>
                        <ul class="recovery-codes" aria-label=T::TwoStepCodesTitle.get(lang)>
                            {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
                        </ul>
                        <p><a href="/staff" class="button button--primary">{T::TwoStepCodesDone.get(lang)}</a></p>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}

/// The account page's section: on or off, and what one can do about it.
#[component]
pub fn AccountTwoStep(flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let status = OnceResource::new(async move { two_step_status().await });
    view! {
        <section aria-labelledby="two-step" class="card">
            <h2 id="two-step">{T::TwoStepHeading.get(lang)}</h2>
            <Suspense>
                {move || {
                    let flash = flash.clone();
                    Suspend::new(async move {
                        match status.await {
                            Ok(status) => view! { <StatusView status=status flash=flash lang=lang/> }.into_any(),
                            Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

#[component]
fn StatusView(status: Status, flash: Flash, lang: Lang) -> impl IntoView {
    if !status.on {
        return view! {
            <p>{T::TwoStepIsOffText.get(lang)}</p>
            {status.required.then(|| view! { <p>{T::TwoStepRequiredText.get(lang)}</p> })}
            <p><a href=super::SET_UP_PAGE class="button">{T::TwoStepSetUpLink.get(lang)}</a></p>
        }
        .into_any();
    }
    let left = status.codes_left.to_string();
    view! {
        <p>{T::TwoStepIsOn.fill(lang, &[("left", &left)])}</p>
        {status.required.then(|| view! { <p>{T::TwoStepRequiredText.get(lang)}</p> })}
        <ErrorSummary flash=flash.clone()/>
        <form method="post" action="/api/manage_two_step" class="form" novalidate>
            <CodeField label=T::TwoStepManageLabel flash=flash.clone()/>
            <div class="button-row">
                <button type="submit" name="action" value="new_codes" class="button">{T::TwoStepNewCodes.get(lang)}</button>
                {(!status.required).then(|| view! {
                    <button type="submit" name="action" value="turn_off" class="button">{T::TwoStepTurnOff.get(lang)}</button>
                })}
            </div>
        </form>
    }
    .into_any()
}

/// The staff page's section for admins: whether everyone must use two-step sign-in.
#[component]
pub fn TwoStepRule() -> impl IntoView {
    let lang = use_lang();
    let rule = OnceResource::new(async move { two_step_rule().await });
    view! {
        <section aria-labelledby="two-step-rule" class="card">
            <h2 id="two-step-rule">{T::TwoStepHeading.get(lang)}</h2>
            <p>{T::TwoStepRuleIntro.get(lang)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let everyone = rule.await.unwrap_or_default();
                    view! {
                        <form method="post" action="/api/set_two_step_rule" class="form" novalidate>
                            <div class="field field--checkbox">
                                <input type="checkbox" id="two_step_everyone" name="everyone" value="1" checked=everyone/>
                                <label for="two_step_everyone">{T::TwoStepRuleEveryone.get(lang)}</label>
                            </div>
                            <button type="submit" class="button">{T::TwoStepRuleSave.get(lang)}</button>
                        </form>
                    }
                })}
            </Suspense>
        </section>
    }
}
