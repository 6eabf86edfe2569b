//! The IRO's pre-review pack: in the first screen, whether the child is safe, what they want
//! from the meeting and who has not replied; then every voice in the words it was given in.

use crate::components::child::Symbol;
use crate::components::flash::flash_for;
use crate::components::forms::{ErrorSummary, TextField};
use crate::components::route::load_for_id;
use crate::components::use_lang;
use crate::components::Page;
use crate::domain::forms::{HOUSES_SECTION, WISHES_SECTION};
use crate::domain::reviews::Audience;
use crate::features::media::MediaKind;
use crate::features::pack::api::load_pack;
use crate::features::pack::{PackAnswer, PackData, PackSection, PackVoice};
use crate::i18n::{long_date, Lang, T};
use crate::model::Flash;
use crate::model::ReviewId;
use crate::present::meeting_when;
use crate::present::{advocacy_status, message_kind};
use leptos::prelude::*;

#[component]
pub fn PackPage() -> impl IntoView {
    let lang = use_lang();
    let pack = load_for_id(load_pack);
    let flash = flash_for(crate::features::pack::PDF_FORM);
    view! {
        <Page title=T::PackTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match pack.await {
                        Ok(pack) => view! { <PackView pack=pack flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// What every printed page of the pack carries, in its margins: the pack's title, the child and
/// the meeting at the top, the OFFICIAL-SENSITIVE marking and the page number at the bottom.
/// (A page header in the document would print once; margin boxes print on every page.) The style
/// carries the request's nonce, which the security policy allows for styles.
#[component]
fn PrintedPageMarks(title: String, child: String, when: String, marking: String) -> impl IntoView {
    // A CSS string: quotes and backslashes escaped, and `<` too, so nothing can close the element.
    let quoted = |text: &str| {
        let escaped: String = text
            .chars()
            .map(|c| match c {
                '"' | '\\' | '<' | '>' | '&' | '\n' | '\r' => format!("\\{:x} ", c as u32),
                c => c.to_string(),
            })
            .collect();
        format!("\"{escaped}\"")
    };
    let css = format!(
        "@media print {{ @page {{ @top-center {{ content: {}; font: 9pt sans-serif; }} \
         @bottom-left {{ content: {}; font: 9pt sans-serif; }} \
         @bottom-right {{ content: counter(page) \" / \" counter(pages); font: 9pt sans-serif; }} }} }}",
        quoted(&format!("{title} · {child} · {when}")),
        quoted(&marking)
    );
    #[cfg(feature = "ssr")]
    let nonce = crate::server::security::request_nonce();
    #[cfg(not(feature = "ssr"))]
    let nonce: Option<String> = None;
    view! { <style nonce=nonce>{css}</style> }
}

/// Print, and the protected download (a plain form: the file comes back as the answer).
#[component]
fn PackCopies(review_id: ReviewId, flash: Flash, lang: Lang) -> impl IntoView {
    // The password is for this one file: no password manager should offer to keep it.
    view! {
        <section class="card no-print pack-copies" id="download" aria-labelledby="pack-download">
            <PrintButton label=T::PackPrint.get(lang).to_string()/>
            <h2 id="pack-download">{T::PackDownloadHeading.get(lang)}</h2>
            <ErrorSummary flash=flash.clone()/>
            <form method="post" action=format!("/staff/reviews/{review_id}/pack.pdf")>
                <TextField name="password" label=T::PackDownloadPassword kind="password" autocomplete="off"
                    hint=T::PackDownloadHint error=flash.error("password").cloned() required=true/>
                <TextField name="password_again" label=T::PackDownloadAgain kind="password" autocomplete="off"
                    error=flash.error("password_again").cloned() required=true/>
                <button type="submit" class="button button--primary">{T::PackDownloadButton.get(lang)}</button>
            </form>
        </section>
    }
}

/// Opens the browser's print dialogue; shown once the script runs (before that, the browser's
/// own Print does the same).
#[island]
fn PrintButton(label: String) -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="button" hidden=move || !ready.get() on:click=print>{label}</button>
    }
}

#[component]
fn PackView(pack: PackData, flash: Flash, lang: Lang) -> impl IntoView {
    let r = &pack.review;
    let name = r.child_name.clone();
    let when = meeting_when(r.meeting_on, &r.meeting_at, lang);
    let wishes = pack.child.as_ref().and_then(|c| c.sections.iter().find(|s| s.id == WISHES_SECTION).cloned());
    view! {
        <PrintedPageMarks title=T::PackTitle.get(lang).to_string() child=name.clone() when=when.clone() marking=T::PdfMarking.get(lang).to_string()/>
        <div class="pack">
            <p class="lead">
                {T::PackFor.fill(lang, &[("name", &name), ("when", &when), ("deadline", &long_date(r.report_deadline, lang))])}
            </p>
            {pack.covering.then(|| view! { <p class="notice">{T::PackCovering.get(lang)}</p> })}
            <p class="no-print"><a href="#download">{T::PackCopiesLink.get(lang)}</a></p>
            {(!pack.alerts.is_empty()).then(|| view! {
                <section class="card pack-alerts" aria-labelledby="pack-alerts">
                    <h2 id="pack-alerts"><Symbol concept="not-safe".to_string() size=32/>{T::PackAlertsHeading.fill(lang, &[("name", &name)])}</h2>
                    <p class="hint">{T::PackTimesUk.get(lang)}</p>
                    <ul>
                        {pack.alerts.iter().map(|a| view! {
                            <li>
                                {T::PackAlertLine.fill(lang, &[("date", &long_date(a.raised_on, lang)), ("time", &a.raised_time)])}
                                " – "
                                {match (&a.acknowledged_by, a.acknowledged_on) {
                                    (Some(by), Some(on)) => T::PackAlertDealt.fill(lang, &[("name", by), ("date", &long_date(on, lang))]),
                                    _ => T::PackAlertOpen.get(lang).to_string(),
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="card" aria-labelledby="pack-wishes">
                <h2 id="pack-wishes">{T::PackWishesHeading.fill(lang, &[("name", &name)])}</h2>
                {match wishes {
                    Some(section) => view! { <Answers answers=section.answers/> }.into_any(),
                    None => view! { <p>{T::PackNoWishes.get(lang)}</p> }.into_any(),
                }}
            </section>
            <section class="card" aria-labelledby="pack-waiting">
                <h2 id="pack-waiting">{T::PackWaitingHeading.get(lang)}</h2>
                {if !pack.anyone_invited {
                    view! { <p>{T::PackNobodyInvited.get(lang)}</p> }.into_any()
                } else if pack.waiting.is_empty() {
                    view! { <p>{T::PackEveryoneReplied.get(lang)}</p> }.into_any()
                } else {
                    view! {
                        <ul>
                            {pack.waiting.iter().map(|i| view! {
                                <li>
                                    {format!("{} ({}) – {}", i.first_name, i.audience.label().get(lang), i.status.label().get(lang))}
                                    {i.reminder_sent.then(|| format!(" – {}", T::PackReminded.get(lang)))}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            <section aria-labelledby="pack-child">
                <h2 id="pack-child">{T::PackChildHeading.fill(lang, &[("name", &name)])}</h2>
                {match pack.child.clone() {
                    Some(voice) => view! { <Voice voice=voice skip=WISHES_SECTION/> }.into_any(),
                    None => view! { <p>{T::PackNotStarted.fill(lang, &[("name", &name)])}</p> }.into_any(),
                }}
            </section>
            {(!pack.messages.is_empty()).then(|| view! {
                <section aria-labelledby="pack-messages">
                    <h2 id="pack-messages">{T::PackMessagesHeading.fill(lang, &[("name", &name)])}</h2>
                    <ul class="said-list">
                        {pack.messages.iter().map(|m| view! {
                            <li>
                                <p class="hint">{T::MessageSentOn.fill(lang, &[("date", &long_date(m.sent_on, lang))])}</p>
                                <p class="said__question">{T::PackMessageAbout.get(lang)}" "{message_kind(m.kind, lang)}</p>
                                {(!m.words.is_empty()).then(|| view! { <p class="said__words pre-line" dir="auto" lang=m.language.code()>{m.words.clone()}</p> })}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {(!pack.advocacy.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="pack-advocacy">
                    <h2 id="pack-advocacy">{T::PackAdvocacyHeading.get(lang)}</h2>
                    <ul>
                        {pack.advocacy.iter().map(|a| {
                            let state = advocacy_status(&a.status);
                            view! {
                                <li>
                                    {format!("{} ({}) – ", a.first_name, a.audience.label().get(lang))}
                                    {T::PackAdvocacy.fill(lang, &[("reference", &a.reference), ("status", state.get(lang))])}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section aria-labelledby="pack-adults">
                <h2 id="pack-adults">{T::PackAdultsHeading.get(lang)}</h2>
                {if pack.adults.is_empty() {
                    view! { <p>{T::PackNoAdults.get(lang)}</p> }.into_any()
                } else {
                    pack.adults.iter().cloned().map(|voice| view! {
                        <article class="card pack-voice">
                            <h3>{format!("{} ({})", voice.first_name, voice.audience.label().get(lang))}</h3>
                            <Voice voice=voice skip="" nested=true/>
                        </article>
                    }).collect_view().into_any()
                }}
            </section>
            <PackCopies review_id=r.id flash=flash lang=lang/>
        </div>
    }
}

/// One person's answers, section by section; the Three Houses side by side.
#[component]
fn Voice(
    voice: PackVoice,
    skip: &'static str,
    /// Under a person's own heading (parents and carers): section headings one level lower.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let lang = use_lang();
    let status = voice.sent_on.map(|on| T::PackSentOn.fill(lang, &[("date", &long_date(on, lang))])).unwrap_or_default();
    let used = voice.languages_line(lang);
    let sections: Vec<PackSection> = voice.sections.into_iter().filter(|s| s.id != skip).collect();
    view! {
        <p class="hint">{status}</p>
        {used.map(|(line, interpreter)| view! {
            <p class="pack-language">
                <Symbol concept="language".to_string() size=24/>
                {line}
                {interpreter.then(|| view! { " " {T::PackInterpreter.get(lang)} })}
            </p>
        })}
        {sections.into_iter().map(|s| {
            let houses = s.id == HOUSES_SECTION && voice.audience == Audience::Child;
            view! {
                <section class="pack-section">
                    {if nested {
                        view! { <h4><Symbol concept=s.symbol.clone() size=32/>{s.title.get(lang).to_string()}</h4> }.into_any()
                    } else {
                        view! { <h3><Symbol concept=s.symbol.clone() size=32/>{s.title.get(lang).to_string()}</h3> }.into_any()
                    }}
                    <div class=if houses { "houses" } else { "answers" }>
                        <Answers answers=s.answers/>
                    </div>
                </section>
            }
        }).collect_view()}
        {(!voice.additions.is_empty()).then(|| view! {
            {if nested {
                view! { <h4>{T::PackAddedLater.get(lang)}</h4> }.into_any()
            } else {
                view! { <h3>{T::PackAddedLater.get(lang)}</h3> }.into_any()
            }}
            <ul class="said-list">
                {voice.additions.into_iter().map(|a| view! {
                    <li>
                        <p class="hint">{T::AddedOn.fill(lang, &[("date", &long_date(a.added_on, lang))])}</p>
                        <p class="said__words pre-line" dir="auto" lang=a.language.code()>{a.words}</p>
                        {a.private.then(|| view! { <span class="tag tag--private">{T::PackPrivateTag.get(lang)}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// Answers as given: the question in the reader's language, the answer in the author's, with the
/// symbols they saw.
#[component]
fn Answers(answers: Vec<PackAnswer>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="said-list">
            {answers.into_iter().map(|a| {
                let theirs = a.language;
                view! {
                    <li class="said">
                        <p class="said__question"><Symbol concept=a.symbol.clone() size=32/>{a.question.get(lang).to_string()}</p>
                        {(!a.choices.is_empty()).then(|| view! {
                            <ul class="said__choices" lang=theirs.code()>
                                {a.choices.iter().map(|c| {
                                    // Heard's own answers are shown as the author saw them; in a
                                    // language staff may not read, the reader's words come first.
                                    let seen = c.text.get(theirs).to_string();
                                    view! {
                                        <li><Symbol concept=c.symbol.clone() size=40/>
                                            {if theirs.is_staff() {
                                                view! { <span>{seen}</span> }.into_any()
                                            } else {
                                                view! { <span lang=lang.code()>{c.text.get(lang).to_string()}</span> " " <span class="hint" dir="auto">{format!("({seen})")}</span> }.into_any()
                                            }}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        })}
                        {(!a.words.is_empty()).then(|| view! { <p class="said__words pre-line" dir="auto" lang=theirs.code()>{a.words.clone()}</p> })}
                        {a.media.iter().map(|m| {
                            let question = a.question.get(lang).to_string();
                            match m.kind {
                                // Fetched only when played: each play is one audited opening.
                                MediaKind::Voice => view! {
                                    <figure class="pack-media">
                                        <figcaption><Symbol concept="microphone".to_string() size=24/>{T::PackMediaVoice.get(lang)}</figcaption>
                                        <audio controls=true preload="none" src=m.path.clone()></audio>
                                    </figure>
                                }.into_any(),
                                MediaKind::Drawing => view! {
                                    <figure class="pack-media">
                                        <figcaption><Symbol concept="art".to_string() size=24/>{T::PackMediaDrawing.get(lang)}</figcaption>
                                        <img class="pack-media__drawing" loading="lazy" src=m.path.clone() alt=T::PackMediaDrawingAlt.fill(lang, &[("question", &question)])/>
                                    </figure>
                                }.into_any(),
                            }
                        }).collect_view()}
                        {a.private.then(|| view! { <span class="tag tag--private">{T::PackPrivateTag.get(lang)}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
