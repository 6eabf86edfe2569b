//! Pages for invitees: typing a letter's code, arriving from a link, and their review.
//! Child screens: a symbol beside every idea, short sentences, big targets, no script needed.

use crate::components::child::{AdultHelp, EasyLine};
use crate::components::flash::flash_for;
use crate::components::use_lang;
use crate::components::{ErrorSummary, HelpNowPanel, NoticeBox, Page};
use crate::domain::reviews::{Arrangement, Audience};
use crate::features::entry::api::{entry_contacts, greet_link, my_review};
use crate::features::entry::{TeamContact, ViewsState};
use crate::i18n::T;
use crate::present::meeting_when;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Who to ask when a code or link does not work: every council's review team (the page cannot
/// say which council the code belonged to, or even whether it existed).
#[component]
fn WhoToAsk(contacts: Vec<TeamContact>) -> impl IntoView {
    let lang = use_lang();
    let listed: Vec<TeamContact> = contacts.into_iter().filter(|c| !c.phone.is_empty() || !c.email.is_empty()).collect();
    view! {
        <section class="card" aria-labelledby="who-to-ask">
            <h2 id="who-to-ask">{T::EntryAskHeading.get(lang)}</h2>
            <ul class="easy-read">
                <EasyLine key="entry_ask_carer"/>
                <EasyLine key="entry_ask_letter"/>
            </ul>
            {(!listed.is_empty()).then(|| view! {
                <ul class="contact-list">
                    {listed
                        .into_iter()
                        .map(|TeamContact { name_en, name_cy, phone, email }| {
                            let name = lang.pick(&name_en, &name_cy).to_string();
                            view! {
                                <li>
                                    <strong>{name}</strong>
                                    {(!phone.is_empty()).then(|| view! { <br/><a href=format!("tel:{}", phone.replace(' ', ""))>{phone.clone()}</a> })}
                                    {(!email.is_empty()).then(|| view! { <br/><a href=format!("mailto:{email}")>{email.clone()}</a> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
pub fn StartPage() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("enter");
    // The team's contacts are extra help: without them (a busy moment) the page still works.
    let contacts = OnceResource::new(async move { entry_contacts().await.unwrap_or_default() });
    view! {
        <Page title=T::EntryTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let contacts = contacts.await;
                    let failed = !flash.errors.is_empty();
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <ul class="easy-read">
                            <EasyLine key="entry_have_letter"/>
                            <EasyLine key="entry_type_code"/>
                        </ul>
                        <form method="post" action="/api/enter_code" class="form code-form" novalidate>
                            <div class=if failed { "field field--error" } else { "field" }>
                                <label for="code">{T::EntryCodeLabel.get(lang)}</label>
                                <p class="hint" id="code-hint">{T::EntryCodeHint.get(lang)}</p>
                                <input id="code" name="code" type="text" class="code-input" autocomplete="off" autocapitalize="characters"
                                    spellcheck="false" inputmode="text" maxlength="20" aria-describedby="code-hint"
                                    aria-invalid=failed.then_some("true") value=flash.value("code").unwrap_or_default()/>
                            </div>
                            <button type="submit" class="button button--primary button--big">{T::EntryStart.get(lang)}</button>
                        </form>
                        <ul class="easy-read">
                            <EasyLine key="entry_have_link"/>
                        </ul>
                        {failed.then(|| view! { <WhoToAsk contacts=contacts.clone()/> })}
                        <HelpNowPanel/>
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// Where a link from an email lands. Reading it changes nothing; the Start button does.
#[component]
pub fn LinkPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|p| p.get("token")).unwrap_or_default();
    let again = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("again").is_some());
    let greeting = {
        let token = token.clone();
        // A link that cannot be read now says "this link does not work" with the way to get help;
        // a busy server has also set 503, which the server answers with its calm page.
        OnceResource::new(async move { greet_link(token, again).await.ok().flatten() })
    };
    // The team's contacts are extra help: without them (a busy moment) the page still works.
    let contacts = OnceResource::new(async move { entry_contacts().await.unwrap_or_default() });
    view! {
        <Page title=T::EntryTitle>
            <Suspense>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match greeting.await {
                            Some(greeting) if greeting.reload_in_their_language => {
                                #[cfg(feature = "ssr")]
                                leptos_axum::redirect(&format!("/i/{token}?again=1"));
                                ().into_any()
                            }
                            Some(greeting) => view! {
                                <ul class="easy-read">
                                    {
                                        let hello = T::EntryHello.fill(lang, &[("name", &greeting.first_name)]);
                                        let listen = T::Listen.get(lang).to_string();
                                        view! {
                                            <li><img src=crate::components::child::symbol_src("wave") alt="" width="48" height="48"/>
                                                <p>{hello.clone()}</p>
                                                <crate::components::child::SpeakWords words=hello.clone() lang=lang.code().to_string()
                                                    label=listen.clone() name=format!("{listen}: {hello}")/></li>
                                        }
                                    }
                                    <EasyLine key="entry_press_start"/>
                                </ul>
                                <form method="post" action="/api/open_link" class="form">
                                    <input type="hidden" name="token" value=token/>
                                    <button type="submit" class="button button--primary button--big">{T::EntryStart.get(lang)}</button>
                                </form>
                                <HelpNowPanel/>
                            }
                            .into_any(),
                            None => {
                                let contacts = contacts.await;
                                view! {
                                    <div class="error-summary" role="alert">
                                        <p>{T::EntryNotWorking.get(lang)}</p>
                                    </div>
                                    <p><a class="button" href="/start">{T::EntryTryCode.get(lang)}</a></p>
                                    <WhoToAsk contacts=contacts/>
                                    <HelpNowPanel/>
                                }
                                .into_any()
                            }
                        }
                    })
                }}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn MyReviewPage() -> impl IntoView {
    let lang = use_lang();
    // As for a link: nobody signed in and a failure both lead back to the start, and a busy
    // server has set 503 (the calm page).
    let review = OnceResource::new(async move { my_review().await.ok().flatten() });
    view! {
        <Suspense>
                {move || Suspend::new(async move {
                    let Some(r) = review.await else {
                        return view! {
                            <Page title=T::MyReviewTitle>
                                <ul class="easy-read">
                                    <EasyLine key="entry_signed_out"/>
                                </ul>
                                <p><a class="button button--primary button--big" href="/start">{T::EntryTryCode.get(lang)}</a></p>
                            </Page>
                        }
                        .into_any();
                    };
                    let council = lang.pick(&r.authority_en, &r.authority_cy).to_string();
                    let adult = r.audience != Audience::Child;
                    let meeting = match &r.meeting {
                        Some(m) => {
                            let when = meeting_when(m.on, &m.at, lang);
                            let about = match r.audience {
                                Audience::Child => T::MyReviewWhenChild.fill(lang, &[("when", &when)]),
                                _ => T::MyReviewWhenAdult.fill(lang, &[("name", &r.child_name), ("when", &when)]),
                            };
                            let symbol = match m.arrangement {
                                Arrangement::InPerson | Arrangement::Hybrid => crate::components::child::symbol_src("place"),
                                Arrangement::Video => crate::components::child::symbol_src("video"),
                                Arrangement::Phone => crate::components::child::symbol_src("phone"),
                            };
                            view! {
                                <li><img src=crate::components::child::symbol_src("calendar") alt="" width="48" height="48"/><p>{about}</p></li>
                                <li><img src=symbol alt="" width="48" height="48"/>
                                    <p>{m.arrangement.label().get(lang)}<br/><span class="pre-line" dir="auto">{m.details.clone()}</span></p></li>
                            }
                            .into_any()
                        }
                        None => view! { <EasyLine key="review_not_confirmed"/> }.into_any(),
                    };
                    let intro = match r.audience {
                        Audience::Parent => view! {
                            <EasyLine key="parent_intro_what"/>
                            <EasyLine key="parent_intro_iro"/>
                            <EasyLine key="parent_intro_private"/>
                            <EasyLine key="parent_intro_skip"/>
                            <EasyLine key="parent_intro_written"/>
                            <EasyLine key="adult_intro_saves"/>
                            <EasyLine key="parent_intro_advocate"/>
                        }
                        .into_any(),
                        Audience::Carer => view! {
                            <EasyLine key="carer_intro_what"/>
                            <EasyLine key="carer_intro_iro"/>
                            <EasyLine key="carer_intro_private"/>
                            <EasyLine key="adult_intro_saves"/>
                        }
                        .into_any(),
                        _ => ().into_any(),
                    };
                    let views_button = r.views.filter(|_| adult).map(|views| {
                        let label = match views {
                            ViewsState::NotStarted => T::GiveYourViews,
                            ViewsState::Started => T::AdultFormCarryOn,
                            ViewsState::Sent => T::SeeWhatYouSent,
                        };
                        view! { <p><a class="button button--primary button--big" href="/form">{label.get(lang)}</a></p> }
                    });
                    let team = (adult && (!r.team_phone.is_empty() || !r.team_email.is_empty())).then(|| view! {
                        <p>
                            {T::MyReviewQuestions.get(lang)}
                            {(!r.team_phone.is_empty()).then(|| view! { " " <a href=format!("tel:{}", r.team_phone.replace(' ', ""))>{r.team_phone.clone()}</a> })}
                            {(!r.team_email.is_empty()).then(|| view! { " " <a href=format!("mailto:{}", r.team_email)>{r.team_email.clone()}</a> })}
                        </p>
                    });
                    view! {
                        <Page title=T::MyReviewTitle.for_adults(adult)>
                        <ul class="easy-read">
                            <li><img src=crate::components::child::symbol_src("wave") alt="" width="48" height="48"/><p>{T::EntryHello.fill(lang, &[("name", &r.first_name)])}</p></li>
                            {meeting}
                            {intro}
                            <li><img src=crate::components::child::symbol_src("people") alt="" width="48" height="48"/><p>{T::MyReviewFrom.fill(lang, &[("council", &council)])}</p></li>
                        </ul>
                        {views_button}
                        {(r.audience == Audience::Child).then(|| view! {
                            <p><a class="button button--primary button--big" href="/form">{T::FormCarryOn.get(lang)}</a></p>
                            <p><a class="button button--big" href="/message">{T::TellMyIro.get(lang)}</a></p>
                        })}
                        {team}
                        {if adult {
                            view! { <AdultHelp audience=r.audience/> }.into_any()
                        } else {
                            view! { <HelpNowPanel/> }.into_any()
                        }}
                        <form method="post" action="/api/leave_review" class="form">
                            <button type="submit" class="button button--big">{T::EntryLeave.get(lang)}</button>
                        </form>
                        </Page>
                    }
                    .into_any()
                })}
        </Suspense>
    }
}
