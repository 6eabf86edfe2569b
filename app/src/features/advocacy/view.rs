//! The advocacy offer screen, in the child's or the parent's words.

use crate::components::child::{screen, ChildScreen, EasyLine, Listen, Symbol};
use crate::components::child_page::{child_page, title};
use crate::components::use_lang;
use crate::components::{ErrorSummary, NoticeBox};
use crate::domain::reviews::Audience;
use crate::features::advocacy::api::load_advocacy;
use crate::features::advocacy::AdvocacyPage;
use crate::i18n::T;
use crate::model::Flash;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The active offer of an advocate: what they do, from whom, and yes / tell me more / no.
#[component]
pub fn AdvocacyScreen() -> impl IntoView {
    let more = use_query_map().with_untracked(|q| q.get("more").is_some());
    let show = if more {
        |page, flash| view! { <AdvocacyView page=page more=true flash=flash/> }.into_any()
    } else {
        |page, flash| view! { <AdvocacyView page=page more=false flash=flash/> }.into_any()
    };
    child_page(load_advocacy, "advocacy", show)
}

#[component]
fn AdvocacyView(page: AdvocacyPage, more: bool, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let parent = page.audience == Audience::Parent;
    let (heading, symbol) = title(if parent { "parent_advocacy_title" } else { "advocacy_title" });
    let choices = if parent {
        [("yes", "parent_advocacy_yes"), ("more", "parent_advocacy_tell_more"), ("no", "advocacy_no")]
    } else {
        [("yes", "advocacy_yes"), ("more", "advocacy_tell_more"), ("no", "advocacy_no")]
    };
    let asked = page.reference.clone();
    // What an advocate is, and four lines more after "tell me more": a parent's own words, or a child's.
    let lines: [&'static str; 8] = if parent {
        [
            "parent_advocacy_what",
            "parent_advocacy_help",
            "parent_advocacy_separate",
            "parent_advocacy_free",
            "parent_advocacy_more_1",
            "parent_advocacy_more_2",
            "parent_advocacy_more_3",
            "parent_advocacy_more_4",
        ]
    } else {
        [
            "advocacy_what",
            "advocacy_help",
            "advocacy_separate",
            "advocacy_free",
            "advocacy_more_1",
            "advocacy_more_2",
            "advocacy_more_3",
            "advocacy_more_4",
        ]
    };
    let shown = if more { 8 } else { 4 };
    let about = view! {
        <ul class="easy-read">{lines.into_iter().take(shown).map(|key| view! { <EasyLine key=key/> }).collect_view()}</ul>
    };
    view! {
        <ChildScreen title=heading symbol=symbol older=page.band.is_older() signed_in=true back="/form/advocate".to_string() audience=page.audience>
            <NoticeBox notice=flash.notice.clone()/>
            <ErrorSummary flash=flash.clone()/>
            {about}
            {(!page.provider.is_empty()).then(|| view! {
                <p class="provider">
                    {T::AdvocacyFrom.for_adults(parent).fill(lang, &[("provider", &page.provider)])}
                    {(!page.provider_phone.is_empty()).then(|| view! { " " <a href=format!("tel:{}", page.provider_phone.replace(' ', ""))>{page.provider_phone.clone()}</a> })}
                </p>
            })}
            {match asked {
                Some(reference) => view! {
                    <ul class="easy-read">
                        {if parent { view! { <EasyLine key="adult_advocacy_asked"/> } } else { view! { <EasyLine key="advocacy_asked"/> } }}
                    </ul>
                    <p>{T::AdvocacyReference.for_adults(parent).fill(lang, &[("reference", &reference)])}</p>
                    <p><a class="button button--primary button--big" href=page.next.clone()>
                        {screen("next").get_text(lang)}
                    </a></p>
                }
                .into_any(),
                None => view! {
                    <form method="post" action="/api/advocacy_choice" class="form">
                        <div class="choices choices--stack" id="advocacy">
                            {choices
                                .into_iter()
                                .filter(|(value, _)| !(more && *value == "more"))
                                .map(|(value, key)| {
                                    let s = screen(key);
                                    let words = s.get_text(lang);
                                    view! {
                                        <div class="spoken-row">
                                            <button type="submit" name="choice" value=value class="button button--big button--choice">
                                                <Symbol concept=s.symbol.clone() size=40/>
                                                <span>{words}</span>
                                            </button>
                                            <Listen text=s.text()/>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </form>
                    <p><a href=page.back.clone()>{screen("back").get_text(lang)}</a></p>
                }
                .into_any(),
            }}
        </ChildScreen>
    }
}
