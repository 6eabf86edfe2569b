//! The child's "tell my IRO" screen and the IRO's page for one message.

use crate::components::child::{screen, ChildScreen, EasyLine, Listen, Symbol};
use crate::components::child_page::{child_page, title};
use crate::components::forms::textarea_text;
use crate::components::use_lang;
use crate::components::{ErrorSummary, NoticeBox};
use crate::domain::forms::MessageKind;
use crate::features::messages::api::{load_messages, read_message};
use crate::features::messages::MessagePage;
use crate::i18n::{long_date, T};
use crate::model::Flash;
use leptos::prelude::*;

/// "Tell my IRO": a short message at any time, with a picture for what it is about.
#[component]
pub fn MessageScreen() -> impl IntoView {
    child_page(load_messages, "message", |page, flash| view! { <MessageView page=page flash=flash/> }.into_any())
}

#[component]
fn MessageView(page: MessagePage, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let (heading, symbol) = title("message_title");
    let chosen = flash.value("kind");
    let words = flash.value("words").unwrap_or_default();
    let kind_error = flash.error("kind").map(|m| m.text(lang));
    let words_error = flash.error("words").map(|m| m.text(lang));
    let ask = screen("message_kind");
    let write = screen("message_words");
    let send = screen("message_send");
    view! {
        <ChildScreen title=heading symbol=symbol older=page.band.is_older() signed_in=true back="/message".to_string()>
            <NoticeBox notice=flash.notice.clone()/>
            <ErrorSummary flash=flash.clone()/>
            <ul class="easy-read"><EasyLine key="message_what"/></ul>
            <form method="post" action="/api/send_message" class="form consult-form">
                <fieldset class="question" id="kind">
                    <legend class="question__text"><Symbol concept=ask.symbol.clone()/><span>{ask.get_text(lang)}</span></legend>
                    <div class="question__listen"><Listen text=ask.text()/></div>
                    {kind_error.map(|e| view! { <p class="error-message">{e}</p> })}
                    <div class="choices">
                        {MessageKind::ALL
                            .into_iter()
                            .map(|kind| {
                                let s = screen(kind.screen_key());
                                let id = format!("kind-{}", kind.as_str());
                                view! {
                                    <div class="choice">
                                        <input type="radio" id=id.clone() name="kind" value=kind.as_str() checked=chosen.as_deref() == Some(kind.as_str())/>
                                        <label for=id><Symbol concept=s.symbol.clone() size=48/><span>{s.get_text(lang)}</span></label>
                                        <Listen text=s.text()/>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                <div class=if words_error.is_some() { "field field--error words" } else { "field words" }>
                    <div class="spoken-row">
                        <label for="words"><Symbol concept=write.symbol.clone() size=32/>{write.get_text(lang)}</label>
                        <Listen text=write.text()/>
                    </div>
                    {words_error.clone().map(|e| view! { <p class="error-message" id="words-error">{e}</p> })}
                    <textarea id="words" name="words" rows="5" dir="auto">{textarea_text(&words)}</textarea>
                </div>
                <button type="submit" class="button button--primary button--big">
                    <Symbol concept=send.symbol.clone() size=32/>{send.get_text(lang)}
                </button>
            </form>
            {(!page.sent.is_empty()).then(|| view! {
                <section aria-labelledby="sent-heading">
                    <h2 id="sent-heading">{T::MessagesSentHeading.get(lang)}</h2>
                    <ul class="said-list">
                        {page.sent.iter().map(|m| {
                            let s = screen(m.kind.screen_key());
                            let read = screen("message_read");
                            view! {
                                <li>
                                    <p class="said__question"><Symbol concept=s.symbol.clone() size=32/>{s.get_text(lang)}</p>
                                    <p class="hint">{T::MessageSentOn.fill(lang, &[("date", &long_date(m.sent_on, lang))])}</p>
                                    {(!m.words.is_empty()).then(|| view! { <p class="said__words pre-line" dir="auto">{m.words.clone()}</p> })}
                                    {if m.read {
                                        view! { <p class="spoken-row"><Symbol concept=read.symbol.clone() size=32/><span>{read.get_text(lang)}</span></p> }.into_any()
                                    } else {
                                        view! { <p class="hint">{T::MessageNotReadYet.get(lang)}</p> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </ChildScreen>
    }
}

/// A child's message, for their IRO (every opening is audited).
#[component]
pub fn IroMessagePage() -> impl IntoView {
    let lang = use_lang();
    let message = crate::components::route::load_for_id(read_message);
    view! {
        <crate::components::Page title=T::IroMessageTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let m = match message.await {
                        Ok(m) => m,
                        Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    };
                    let s = screen(m.kind.screen_key());
                    view! {
                        <p>{T::IroMessageFrom.fill(lang, &[("name", &m.child_name), ("date", &long_date(m.sent_on, lang))])}</p>
                        <dl class="summary">
                            <div><dt>{T::IroMessageAbout.get(lang)}</dt>
                                <dd class="spoken-row"><Symbol concept=s.symbol.clone() size=32/><span>{s.get_text(lang)}</span></dd></div>
                            <div><dt>{T::IroMessageWords.get(lang)}</dt>
                                <dd lang=m.language.code() dir="auto">
                                    {if m.words.is_empty() {
                                        view! { <span class="hint">{T::IroMessageNoWords.get(lang)}</span> }.into_any()
                                    } else {
                                        view! { <span class="pre-line" dir="auto">{m.words.clone()}</span> }.into_any()
                                    }}
                                </dd></div>
                        </dl>
                        <p><a href=format!("/staff/children/{}", m.child_id)>{m.child_name.clone()}</a></p>
                    }
                    .into_any()
                })}
            </Suspense>
        </crate::components::Page>
    }
}
