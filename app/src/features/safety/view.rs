//! The "I don't feel safe" screen: who to call now, and that the IRO has been told.

use crate::components::child::{screen, ChildScreen, EasyLine};
use crate::components::child_page::title;
use crate::components::use_lang;
use crate::features::safety::api::load_safe;
use crate::i18n::T;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// After "I don't feel safe": help now, at once, and who has been told.
#[component]
pub fn SafeScreen() -> impl IntoView {
    let lang = use_lang();
    let back = use_query_map().with_untracked(|q| q.get("back")).unwrap_or_default();
    // Never fails (see `load_safe`): without the council's duty line (a busy moment, or not
    // signed in) the page still gives 999, Meic and Childline.
    let page = OnceResource::new(async move { load_safe().await.unwrap_or_default() });
    let (heading, symbol) = title("safe_title");
    view! {
        <Suspense>
            {move || {
                let (heading, symbol, back) = (heading.clone(), symbol.clone(), back.clone());
                Suspend::new(async move {
                    let page = page.await;
                    let back = crate::domain::text::back_path(&back, "/my-review");
                    view! {
                        <ChildScreen title=heading symbol=symbol signed_in=false back=back.clone()>
                            <div class="safe-now" role="alert">
                                <ul class="easy-read">
                                    <EasyLine key="safe_danger"/>
                                    {page.signed_in.then(|| view! {
                                        <EasyLine key="safe_told"/>
                                        <EasyLine key="safe_contact"/>
                                    })}
                                    <EasyLine key="safe_talk"/>
                                </ul>
                                <p><a class="button button--danger button--big" href="tel:999">{T::HelpCall999.get(lang)}</a></p>
                                {(!page.duty_phone.is_empty()).then(|| view! {
                                    <p>
                                        <a href=format!("tel:{}", page.duty_phone.replace(' ', ""))>
                                            {T::SafeDutyNumber.fill(lang, &[("name", &page.duty_name), ("phone", &page.duty_phone)])}
                                        </a>
                                    </p>
                                })}
                            </div>
                            {page.signed_in.then(|| {
                                let s = screen("safe_back");
                                view! { <p><a class="button button--big" href=back.clone()>{s.get_text(lang)}</a></p> }
                            })}
                        </ChildScreen>
                    }
                })
            }}
        </Suspense>
    }
}
