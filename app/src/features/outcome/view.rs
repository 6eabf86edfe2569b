//! The outcome letter: the IRO's page for writing it after the meeting, and the child's screen
//! for reading it (their symbols, read-aloud, in the language they chose).

use crate::components::child::{screen, ChildScreen, EasyLine, Listen, SpeakWords, Symbol};
use crate::components::child_page::{child_page, title};
use crate::components::flash::flash_for;
use crate::components::forms::{TextArea, TextField};
use crate::components::route::load_for_id;
use crate::components::use_lang;
use crate::components::{ErrorSummary, NoticeBox, Page};
use crate::domain::children::format_form_date;
use crate::domain::reviews::ReviewStatus;
use crate::features::outcome::api::{load_child_letter, load_outcome_page};
use crate::features::outcome::{ChildLetter, LetterText, OutcomePage};
use crate::i18n::{long_date, Lang, T};
use crate::model::Flash;
use leptos::prelude::*;

/// Sentences longer than this are flagged to the IRO as hard for a child to read.
const PLAIN_SENTENCE_WORDS: usize = 15;

/// The four parts: field name, the IRO's label, the child's heading (screen words).
const PARTS: [(&str, T, &str); 4] = [
    ("talked", T::OutcomeTalked, "letter_talked"),
    ("decided", T::OutcomeDecided, "letter_decided"),
    ("next_steps", T::OutcomeNext, "letter_next"),
    ("who_to_ask", T::OutcomeWhoToAsk, "letter_ask"),
];

fn part<'a>(text: &'a LetterText, field: &str) -> &'a str {
    match field {
        "talked" => &text.talked,
        "decided" => &text.decided,
        "next_steps" => &text.next_steps,
        _ => &text.who_to_ask,
    }
}

#[component]
pub fn OutcomeLetterPage() -> impl IntoView {
    let lang = use_lang();
    let data = load_for_id(load_outcome_page);
    let flash = flash_for("outcome");
    view! {
        <Page title=T::OutcomeTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Ok(page) => view! { <OutcomeView page=page flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn OutcomeView(page: OutcomePage, flash: Flash, lang: Lang) -> impl IntoView {
    let name = page.child_name.clone();
    let back = view! {
        <p class="lead"><a href=format!("/staff/reviews/{}", page.review_id)>{name.clone()}</a></p>
    };
    if let Some(sent_on) = page.sent_on {
        let read = match page.read_on {
            Some(on) => T::OutcomeReadOn.fill(lang, &[("name", &name), ("date", &long_date(on, lang))]),
            None => T::OutcomeNotRead.fill(lang, &[("name", &name)]),
        };
        return view! {
            <NoticeBox notice=flash.notice.clone()/>
            {back}
            <p>{T::OutcomeSentOn.fill(lang, &[("date", &long_date(sent_on, lang))])}" "{read}</p>
            <article class="card outcome-letter">
                {PARTS.iter().map(|(field, label, _)| view! {
                    <h2>{label.get(lang)}</h2>
                    <p class="pre-line" dir="auto" lang=page.language.code()>{part(&page.letter, field).to_string()}</p>
                }).collect_view()}
            </article>
        }
        .into_any();
    }
    let value = |field: &str| flash.value(field).unwrap_or_else(|| part(&page.letter, field).to_string());
    let long = PARTS.iter().any(|(field, _, _)| crate::domain::text::has_long_sentence(&value(field), PLAIN_SENTENCE_WORDS));
    let booked = page.status == ReviewStatus::Booked;
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        {back}
        <p>{T::OutcomeIntro.fill(lang, &[("name", &name)])}</p>
        <p><strong>{T::OutcomeLanguage.fill(lang, &[("language", page.language.own_name()), ("name", &name)])}</strong></p>
        {page.delivery.is_none().then(|| view! { <p class="notice notice--warning">{T::OutcomeNoInvitation.get(lang)}</p> })}
        {(booked && !page.meeting_passed).then(|| view! {
            <p class="hint">{T::OutcomeTooEarly.fill(lang, &[("date", &long_date(page.meeting_on, lang))])}</p>
        })}
        {long.then(|| view! { <p class="notice notice--warning">{T::OutcomeLongSentences.get(lang)}</p> })}
        <form method="post" action="/api/save_outcome_letter" class="form">
            <input type="hidden" name="review_id" value=page.review_id.to_string()/>
            {PARTS.iter().map(|(field, label, _)| {
                let error = flash.error(field).cloned();
                if *field == "who_to_ask" {
                    view! { <TextArea name=field label=*label hint=T::OutcomeWhoToAskHint value=value(field) error=error/> }.into_any()
                } else {
                    view! { <TextArea name=field label=*label value=value(field) error=error/> }.into_any()
                }
            }).collect_view()}
            {booked.then(|| view! {
                <TextField name="held_on" label=T::OutcomeHeldOn kind="date"
                    value=flash.value("held_on").filter(|v| !v.is_empty()).unwrap_or_else(|| format_form_date(page.meeting_on))
                    error=flash.error("held_on").cloned()/>
            })}
            <div class="button-row">
                <button type="submit" class="button">{T::OutcomeSaveDraft.get(lang)}</button>
                <button type="submit" class="button button--primary" name="send" value="1" aria-describedby="send-hint">
                    {T::OutcomeSend.fill(lang, &[("name", &name)])}
                </button>
            </div>
            <p class="hint" id="send-hint">{T::OutcomeSendHint.get(lang)}</p>
        </form>
    }
    .into_any()
}

/// The child's screen: the letter in four parts, each with its symbol and read-aloud.
#[component]
pub fn LetterScreen() -> impl IntoView {
    child_page(load_child_letter, "letter", |page, _| view! { <LetterView page=page/> }.into_any())
}

#[component]
fn LetterView(page: ChildLetter) -> impl IntoView {
    let lang = use_lang();
    let (heading, symbol) = title("letter_title");
    let theirs = page.language.code().to_string();
    let from = screen("letter_from");
    let listen = screen("letter_listen_words").get_text(lang);
    view! {
        <ChildScreen title=heading symbol=symbol older=page.band.is_older() signed_in=true back="/letter".to_string()>
            <ul class="easy-read">
                <EasyLine key="letter_what"/>
                <EasyLine key="letter_wrote"/>
            </ul>
            <article class="outcome-letter">
                {PARTS.iter().map(|(field, _, key)| {
                    let s = screen(key);
                    let words = part(&page.letter, field).to_string();
                    // Each button names the part it reads, after the words it shows.
                    let name = format!("{listen}: {}", s.get_text(lang));
                    view! {
                        <section class="letter-part" aria-labelledby=format!("part-{field}")>
                            <div class="spoken-row">
                                <h2 id=format!("part-{field}")><Symbol concept=s.symbol.clone() size=48/><span>{s.get_text(lang)}</span></h2>
                                <Listen text=s.text()/>
                            </div>
                            <p class="pre-line letter-words" dir="auto" lang=theirs.clone()>{words.clone()}</p>
                            <SpeakWords words=words lang=theirs.clone() label=listen.clone() name=name/>
                        </section>
                    }
                }).collect_view()}
                <p class="letter-from">
                    <Symbol concept=from.symbol.clone() size=32/>
                    <span>{format!("{} – {}", from.get_text(lang), page.iro_name)}</span>
                </p>
                <p class="hint">{T::MessageSentOn.fill(lang, &[("date", &long_date(page.sent_on, lang))])}</p>
            </article>
        </ChildScreen>
    }
}
