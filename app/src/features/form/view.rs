//! The consultation screens: for a child, language, what this is, their secret, the form screen
//! by screen, the offer of an advocate, the check, the receipt, and "I don't feel safe"; parents
//! and carers walk the same screens in a calmer look with their own words (a passphrase, no
//! sharing choices, advocacy for parents only). Every screen is a plain HTML form that works
//! before (or without) WebAssembly.

use crate::features::form::api::{form_resume, form_step, load_advocacy, load_child_status, load_messages, load_safe, load_said, read_message};
use crate::features::form::{AdvocacyPage, ChildStatus, MessagePage, SaidItem, SaidPage, StepPage};
use crate::app::use_lang;
use crate::components::child::{screen, ChildScreen, EasyLine, Listen, Symbol};
use crate::components::forms::textarea_text;
use crate::components::keeper::FormKeeper;
use crate::components::{ErrorSummary, NoticeBox};
use crate::domain::forms::{self, Answer, Band, Kind, MessageKind, Question, Sharing, DONT_SAY, HOUSES_SECTION};
use crate::domain::reviews::Audience;
use crate::i18n::{long_date, Lang, T};
use crate::model::Flash;
use crate::model::Go;
use crate::features::staff::view::flash_for;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Sends the browser on (303 on the server) and leaves a link for anyone still here.
fn go_to(path: String) -> AnyView {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(&path);
    let lang = use_lang();
    view! { <p><a class="button button--primary" href=path>{T::FormCarryOn.get(lang)}</a></p> }.into_any()
}

/// A child page whose data could not be loaded. Only someone not signed in goes to `/start`: a
/// busy or broken server has already set its status (503 or 500), which the server answers with
/// a calm "try again" page, so a child is never sent back to the start by a busy moment.
fn after_error(error: &str) -> AnyView {
    if error.ends_with("unauthenticated") {
        go_to("/start".into())
    } else {
        ().into_any()
    }
}

fn older(band: Band) -> bool {
    band.is_older()
}

pub(crate) fn title(key: &str) -> (forms::Text, String) {
    let s = screen(key);
    (s.text(), s.symbol.clone())
}

/// Loads a child page's data once and shows it, or first sends the child where they need to go
/// (not signed in, secret not given, form already sent).
pub(crate) fn child_page<T, Fut>(
    load: impl FnOnce() -> Fut + Send + 'static,
    form: &'static str,
    show: fn(T, Flash) -> AnyView,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    Fut: std::future::Future<Output = Result<Go<T>, ServerFnError>> + Send + 'static,
{
    let page = OnceResource::new(async move { load().await.map_err(|e| e.to_string()) });
    let flash = flash_for(form);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let flash = flash.await;
                match page.await {
                    Err(error) => after_error(&error),
                    Ok(Go::To(path)) => go_to(path),
                    Ok(Go::Show(data)) => show(data, flash),
                }
            })}
        </Suspense>
    }
}

/// What a screen before the form shows, given where the child stands: its content, or where to
/// send them instead.
type StatusBody = fn(ChildStatus, Flash, Lang) -> Result<AnyView, String>;

/// A screen before the form (welcome, about, secret, unlock): loads where the child stands and
/// the screen's form messages, sends anyone not signed in to `/start`, and frames the content.
#[component]
fn StatusScreen(
    key: &'static str,
    /// The title parents and carers see instead, when theirs differs.
    #[prop(optional)]
    adult_key: Option<&'static str>,
    path: &'static str,
    form: &'static str,
    body: StatusBody,
) -> impl IntoView {
    let lang = use_lang();
    let status = OnceResource::new(async move { load_child_status().await.map_err(|e| e.to_string()) });
    let flash = flash_for(form);
    view! {
        <Suspense>
            {move || {
                Suspend::new(async move {
                    let flash = flash.await;
                    let child = match status.await {
                        Ok(Some(child)) => child,
                        Ok(None) => return go_to("/start".into()),
                        Err(error) => return after_error(&error),
                    };
                    let (band, audience) = (child.band, child.audience);
                    let (heading, symbol) = title(if audience == Audience::Child { key } else { adult_key.unwrap_or(key) });
                    match body(child, flash, lang) {
                        Err(target) => go_to(target),
                        Ok(content) => view! {
                            <ChildScreen title=heading symbol=symbol older=older(band) signed_in=true back=path.to_string() audience=audience>
                                {content}
                            </ChildScreen>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// After the link or code: choose Cymraeg or English.
#[component]
pub fn WelcomePage() -> impl IntoView {
    view! { <StatusScreen key="choose_language" path="/welcome" form="welcome" body=welcome/> }
}

fn welcome(child: ChildStatus, _: Flash, lang: Lang) -> Result<AnyView, String> {
    // Parents and carers start from their review page, in the language of their invitation.
    if child.audience != Audience::Child {
        return Err("/my-review".into());
    }
    if child.has_secret && !child.unlocked {
        return Err("/unlock".into());
    }
    Ok(view! {
        <p class="lead">{T::EntryHello.fill(lang, &[("name", &child.first_name)])}</p>
        <div class="language-choice">
            {Lang::ALL
                .into_iter()
                .map(|choice| view! {
                    <form method="post" action="/api/set_language">
                        <input type="hidden" name="lang" value=choice.code()/>
                        <input type="hidden" name="back" value="/about"/>
                        <button type="submit" class="button button--big button--choice" lang=choice.code()>
                            {choice.own_name()}
                        </button>
                    </form>
                })
                .collect_view()}
        </div>
    }
    .into_any())
}

/// What this is and who will read it, with the honest limit of privacy.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! { <StatusScreen key="about_title" path="/about" form="about" body=about/> }
}

fn about(child: ChildStatus, _: Flash, lang: Lang) -> Result<AnyView, String> {
    if child.audience != Audience::Child {
        return Err("/my-review".into());
    }
    let next = if child.has_secret { "/form" } else { "/secret" };
    Ok(view! {
        <ul class="easy-read">
            <EasyLine key="about_what"/>
            <EasyLine key="about_say"/>
            <EasyLine key="about_iro"/>
            <EasyLine key="about_skip"/>
            <EasyLine key="about_private"/>
            <EasyLine key="about_safety"/>
            <EasyLine key="about_saves"/>
        </ul>
        <p><a class="button button--primary button--big" href=next>{screen("next").get_text(lang)}</a></p>
    }
    .into_any())
}

/// The picture grid for making or giving a picture code.
#[component]
fn PictureGrid(error: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let has_error = error.is_some();
    view! {
        <fieldset class=if has_error { "picture-grid field--error" } else { "picture-grid" } id="pictures">
            <legend>{T::SecretPicturesLegend.get(lang)}</legend>
            {error.map(|e| view! { <p class="error-message">{e}</p> })}
            <div class="choices choices--pictures">
                {forms::PICTURES
                    .into_iter()
                    .map(|name| {
                        let s = screen(&format!("pic_{name}"));
                        let words = s.get_text(lang);
                        let id = format!("pic_{name}");
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() name=format!("a[{id}]") value="on"/>
                                <label for=id>
                                    <Symbol concept=s.symbol.clone() size=64/>
                                    <span>{words.clone()}</span>
                                </label>
                                <Listen text=s.text()/>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The phrase fields for making or giving a passphrase.
#[component]
fn PhraseFields(confirm: bool, flash: Flash, #[prop(optional)] adult: bool) -> impl IntoView {
    let lang = use_lang();
    let phrase_error = flash.error("phrase").map(|m| m.text(lang));
    let again_error = flash.error("phrase_again").map(|m| m.text(lang));
    let phrase_class = if phrase_error.is_some() { "field field--error" } else { "field" };
    let again_class = if again_error.is_some() { "field field--error" } else { "field" };
    view! {
        <div class=phrase_class>
            <label for="phrase">{T::SecretPhraseLabel.get(lang)}</label>
            {phrase_error.map(|e| view! { <p class="error-message" id="phrase-error">{e}</p> })}
            <input id="phrase" name="a[phrase]" type="password" autocomplete=if confirm { "new-password" } else { "current-password" }
                maxlength="200" spellcheck="false"/>
        </div>
        {confirm.then(|| view! {
            <div class=again_class>
                <label for="phrase_again">{T::SecretPhraseAgain.for_adults(adult).get(lang)}</label>
                {again_error.clone().map(|e| view! { <p class="error-message" id="phrase_again-error">{e}</p> })}
                <input id="phrase_again" name="a[phrase_again]" type="password" autocomplete="new-password" maxlength="200" spellcheck="false"/>
            </div>
        })}
    }
}

/// First visit: the child makes a secret of their own. Pictures come first for younger children,
/// the phrase first for older ones; either can be chosen.
#[component]
pub fn SecretPage() -> impl IntoView {
    view! { <StatusScreen key="secret_title" adult_key="adult_secret_title" path="/secret" form="secret" body=make_secret/> }
}

fn make_secret(child: ChildStatus, flash: Flash, lang: Lang) -> Result<AnyView, String> {
    if child.has_secret {
        return Err(if child.unlocked { "/form".into() } else { "/unlock".into() });
    }
    if child.audience != Audience::Child {
        // Parents and carers make a passphrase.
        return Ok(view! {
            <ErrorSummary flash=flash.clone()/>
            <ul class="easy-read">
                <EasyLine key="adult_secret_why"/>
                <EasyLine key="adult_secret_words"/>
                <EasyLine key="adult_secret_keep"/>
            </ul>
            <form method="post" action="/api/set_secret" class="form secret-form">
                <input type="hidden" name="kind" value="phrase"/>
                <PhraseFields confirm=true flash=flash.clone() adult=true/>
                <button type="submit" class="button button--primary button--big">{T::SecretUsePhrase.get(lang)}</button>
            </form>
        }
        .into_any());
    }
    let pictures_error = flash.error("pictures").map(|m| m.text(lang));
    let pictures = view! {
        <form method="post" action="/api/set_secret" class="form secret-form">
            <input type="hidden" name="kind" value="pictures"/>
            <ul class="easy-read"><EasyLine key="secret_pictures"/></ul>
            <PictureGrid error=pictures_error/>
            <button type="submit" class="button button--primary button--big">{T::SecretUsePictures.get(lang)}</button>
        </form>
    };
    let phrase = view! {
        <form method="post" action="/api/set_secret" class="form secret-form">
            <input type="hidden" name="kind" value="phrase"/>
            <ul class="easy-read"><EasyLine key="secret_words"/></ul>
            <PhraseFields confirm=true flash=flash.clone()/>
            <button type="submit" class="button button--primary button--big">{T::SecretUsePhrase.get(lang)}</button>
        </form>
    };
    let forms = if older(child.band) { view! { {phrase}{pictures} }.into_any() } else { view! { {pictures}{phrase} }.into_any() };
    Ok(view! {
        <ErrorSummary flash=flash.clone()/>
        <ul class="easy-read">
            <EasyLine key="secret_why"/>
            <EasyLine key="secret_keep"/>
        </ul>
        {forms}
    }
    .into_any())
}

/// A returning child gives their secret.
#[component]
pub fn UnlockPage() -> impl IntoView {
    view! { <StatusScreen key="unlock_title" path="/unlock" form="unlock" body=unlock/> }
}

fn unlock(child: ChildStatus, flash: Flash, lang: Lang) -> Result<AnyView, String> {
    if !child.has_secret {
        return Err("/secret".into());
    }
    if child.unlocked {
        return Err("/form".into());
    }
    let body = if child.locked && child.audience != Audience::Child {
        view! { <ul class="easy-read"><EasyLine key="adult_unlock_locked"/></ul> }.into_any()
    } else if child.locked {
        view! { <ul class="easy-read"><EasyLine key="unlock_locked"/></ul> }.into_any()
    } else {
        let inputs = if child.picture_secret {
            view! {
                <ul class="easy-read"><EasyLine key="unlock_pictures"/></ul>
                <PictureGrid error=flash.error("pictures").map(|m| m.text(lang))/>
            }
            .into_any()
        } else {
            let adult = child.audience != Audience::Child;
            view! {
                <ul class="easy-read">
                    {if adult { view! { <EasyLine key="adult_unlock_words"/> } } else { view! { <EasyLine key="unlock_words"/> } }}
                </ul>
                <PhraseFields confirm=false flash=flash.clone() adult=adult/>
            }
            .into_any()
        };
        view! {
            <ErrorSummary flash=flash.clone()/>
            <form method="post" action="/api/unlock" class="form secret-form">
                {inputs}
                <button type="submit" class="button button--primary button--big">{T::UnlockGo.for_adults(child.audience != Audience::Child).get(lang)}</button>
            </form>
        }
        .into_any()
    };
    Ok(view! {
        <p class="lead">{T::EntryHello.fill(lang, &[("name", &child.first_name)])}</p>
        {body}
    }
    .into_any())
}

/// `/form`: carries on where the child left off.
#[component]
pub fn FormResume() -> impl IntoView {
    let target = OnceResource::new(async move { form_resume().await.map_err(|e| e.to_string()) });
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(path) => go_to(path),
                    Err(error) => after_error(&error),
                }
            })}
        </Suspense>
    }
}

/// Pictures showing how far through the form the child is (not "question 7 of 43").
#[component]
fn Progress(sections: Vec<(String, forms::Text)>, current: usize, adult: bool) -> impl IntoView {
    let lang = use_lang();
    let total = sections.len();
    view! {
        <nav class="progress" aria-label=T::FormProgress.for_adults(adult).get(lang)>
            <p class="progress__text">{T::FormPart.fill(lang, &[("n", &(current + 1).to_string()), ("total", &total.to_string())])}</p>
            <ol>
                {sections
                    .into_iter()
                    .enumerate()
                    .map(|(i, (symbol, name))| {
                        let (class, state) = match i.cmp(&current) {
                            std::cmp::Ordering::Less => ("progress__done", Some(T::FormDone)),
                            std::cmp::Ordering::Equal => ("progress__here", Some(T::FormHere)),
                            std::cmp::Ordering::Greater => ("progress__todo", None),
                        };
                        let label = match state {
                            Some(s) => format!("{} ({})", name.get(lang), s.get(lang)),
                            None => name.get(lang).to_string(),
                        };
                        view! {
                            <li class=class aria-current=(i == current).then_some("step")>
                                <Symbol concept=symbol size=32/>
                                <span class="visually-hidden">{label}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// Who may see an answer: "just for my IRO" is chosen unless the child changes it.
#[component]
fn SharingChoice(question_id: String, sharing: Sharing) -> impl IntoView {
    let lang = use_lang();
    let name = format!("a[{}]", forms::sharing_field(&question_id));
    let ask = screen("sharing_question");
    let options = [(Sharing::Private, "sharing_private"), (Sharing::Share, "sharing_share")];
    view! {
        <fieldset class="sharing">
            <legend><Symbol concept=ask.symbol.clone() size=32/>{ask.get_text(lang)}</legend>
            {options
                .into_iter()
                .map(|(value, key)| {
                    let s = screen(key);
                    let id = format!("{question_id}-sharing-{}", value.as_str());
                    view! {
                        <div class="choice choice--row">
                            <input type="radio" id=id.clone() name=name.clone() value=value.as_str() checked=sharing == value/>
                            <label for=id><Symbol concept=s.symbol.clone() size=32/><span>{s.get_text(lang)}</span></label>
                            <Listen text=s.text()/>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// One question: its symbol, words and read-aloud, the answers as pictures, then (if offered)
/// their own words and who may see them.
#[component]
fn QuestionBlock(question: Question, answer: Answer, flash: Flash, big: bool, adult: bool) -> impl IntoView {
    let lang = use_lang();
    let q = question;
    let words_key = forms::words_field(&q.id);
    let typed_words = flash.value(&words_key).unwrap_or_else(|| answer.words.clone());
    let chosen = |option: &str| -> bool {
        if !flash.values.is_empty() {
            if q.kind.many() {
                flash.value(&forms::option_field(&q.id, option)).is_some()
            } else {
                flash.value(&forms::choice_field(&q.id)).as_deref() == Some(option)
            }
        } else {
            answer.choices.iter().any(|c| c == option)
        }
    };
    let sharing = flash.value(&forms::sharing_field(&q.id)).and_then(|s| Sharing::parse(&s)).unwrap_or(answer.sharing);
    let words_error = flash.error(&words_key).map(|m| m.text(lang));
    let choice_error = flash.error(&format!("q-{}", q.id)).map(|m| m.text(lang));
    let question_words = q.text.get(lang).to_string();
    let group_class = match (q.kind, big) {
        (Kind::Faces, _) => "choices choices--faces",
        (_, true) => "choices choices--big",
        _ => "choices",
    };
    let options = q
        .options
        .iter()
        .map(|o| {
            let id = format!("{}-{}", q.id, o.id);
            let (kind, name, value) = if q.kind.many() {
                ("checkbox", format!("a[{}]", forms::option_field(&q.id, &o.id)), "on".to_string())
            } else {
                ("radio", format!("a[{}]", forms::choice_field(&q.id)), o.id.clone())
            };
            let class = if o.id == DONT_SAY { "choice choice--dont-say" } else { "choice" };
            view! {
                <div class=class>
                    <input type=kind id=id.clone() name=name value=value checked=chosen(&o.id)/>
                    <label for=id>
                        <Symbol concept=o.symbol.clone() size=if big { 64 } else { 48 }/>
                        <span>{o.text.get(lang).to_string()}</span>
                    </label>
                    <Listen text=o.text.clone()/>
                </div>
            }
        })
        .collect_view();
    let words_box = q.words.then(|| {
        let label = match (q.kind, adult) {
            (Kind::Words, _) => None,
            (_, true) => Some(screen("adult_words_label")),
            (_, false) => Some(screen("words_label")),
        };
        let has_error = words_error.is_some();
        view! {
            <div class=if has_error { "field field--error words" } else { "field words" }>
                {match label {
                    Some(l) => view! {
                        <div class="spoken-row">
                            <label for=words_key.clone()><Symbol concept=l.symbol.clone() size=32/>{l.get_text(lang)}</label>
                            <Listen text=l.text()/>
                        </div>
                    }
                    .into_any(),
                    None => view! { <label class="visually-hidden" for=words_key.clone()>{question_words.clone()}</label> }.into_any(),
                }}
                {words_error.clone().map(|e| view! { <p class="error-message" id=format!("{words_key}-error")>{e}</p> })}
                <textarea id=words_key.clone() name=format!("a[{words_key}]") rows="4" dir="auto">{textarea_text(&typed_words)}</textarea>
            </div>
        }
    });
    let sharing_choice = q.shareable().then(|| view! { <SharingChoice question_id=q.id.clone() sharing=sharing/> });
    let head = view! {
        <Symbol concept=q.symbol.clone() size=if big { 72 } else { 48 }/>
        <span>{question_words.clone()}</span>
    };
    if q.kind.is_choice() {
        view! {
            <fieldset class="question" id=format!("q-{}", q.id)>
                <legend class="question__text">{head}</legend>
                <div class="question__listen"><Listen text=q.text.clone()/></div>
                {choice_error.map(|e| view! { <p class="error-message">{e}</p> })}
                <div class=group_class>{options}</div>
                {words_box}
                {sharing_choice}
            </fieldset>
        }
        .into_any()
    } else {
        view! {
            <div class="question" id=format!("q-{}", q.id)>
                <p class="question__text">{head}</p>
                <div class="question__listen"><Listen text=q.text.clone()/></div>
                {words_box}
                {sharing_choice}
            </div>
        }
        .into_any()
    }
}

/// One screen of the form.
#[component]
pub fn StepScreen() -> impl IntoView {
    let step = use_params_map().with_untracked(|p| p.get("n")).and_then(|n| n.parse::<i64>().ok()).unwrap_or(1);
    child_page(move || form_step(step), "consult", |page, flash| view! { <StepView page=page flash=flash/> }.into_any())
}

#[component]
fn StepView(page: StepPage, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let (symbol, heading) = page.sections[page.section].clone();
    let here = format!("/form/screen/{}", page.step);
    let big = page.band.one_question_per_step();
    let next = screen("next");
    let back = screen("back");
    let later = screen("finish_later");
    let questions = page
        .questions
        .iter()
        .map(|q| {
            let answer = page.answers.iter().find(|a| a.question_id == q.id).cloned().unwrap_or_default();
            view! { <QuestionBlock question=q.clone() answer=answer flash=flash.clone() big=big adult=page.audience != Audience::Child/> }
        })
        .collect_view();
    view! {
        <ChildScreen title=heading symbol=symbol older=older(page.band) signed_in=true back=here audience=page.audience>
            <Progress sections=page.sections.clone() current=page.section adult=page.audience != Audience::Child/>
            <ErrorSummary flash=flash.clone()/>
            <form method="post" action="/api/save_step" class="form consult-form" id="consult-form" novalidate>
                <input type="hidden" name="step" value=page.step.to_string()/>
                // Set to "1" by the form keeper once the script runs.
                <input type="hidden" name="scripted" id="consult-form-scripted" value=""/>
                {questions}
                // Beside the buttons: a child pressing "Next" with no connection reads why here.
                <FormKeeper
                    form_id="consult-form".to_string()
                    draft_key=page.draft_key.clone()
                    step=page.step
                    saving=T::FormSaving.get(lang).to_string()
                    saved=T::FormSaved.get(lang).to_string()
                    offline=T::FormOffline.for_adults(page.audience != Audience::Child).get(lang).to_string()
                    retrying=T::FormRetrying.for_adults(page.audience != Audience::Child).get(lang).to_string()
                    signed_out=T::FormSignedOut.for_adults(page.audience != Audience::Child).get(lang).to_string()
                />
                <div class="form-actions">
                    <button type="submit" name="go" value="next" class="button button--primary button--big">
                        <Symbol concept=next.symbol.clone() size=32/>{next.get_text(lang)}
                    </button>
                    <button type="submit" name="go" value="back" class="button button--big">
                        <Symbol concept=back.symbol.clone() size=32/>{back.get_text(lang)}
                    </button>
                    <button type="submit" name="go" value="later" class="button">
                        <Symbol concept=later.symbol.clone() size=32/>{later.get_text(lang)}
                    </button>
                </div>
            </form>
        </ChildScreen>
    }
}

/// After "save and finish later".
#[component]
pub fn LaterPage() -> impl IntoView {
    view! { <StatusScreen key="finish_later" path="/form" form="later" body=later/> }
}

fn later(child: ChildStatus, _: Flash, lang: Lang) -> Result<AnyView, String> {
    let adult = child.audience != Audience::Child;
    Ok(view! {
        <ul class="easy-read">
            <li><Symbol concept="tick".to_string()/><p>{T::FormLaterSaved.for_adults(adult).get(lang)}</p></li>
            <li><Symbol concept="key".to_string()/><p>{T::FormLaterReturn.for_adults(adult).get(lang)}</p></li>
        </ul>
        <p><a class="button button--primary button--big" href="/form">{T::FormCarryOn.for_adults(adult).get(lang)}</a></p>
        <form method="post" action="/api/leave_review" class="form">
            <button type="submit" class="button button--big">{T::EntryLeave.get(lang)}</button>
        </form>
    }
    .into_any())
}

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
        <ChildScreen title=heading symbol=symbol older=older(page.band) signed_in=true back="/form/advocate".to_string() audience=page.audience>
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

/// What one answer said, as the child sees it back.
#[component]
fn SaidAnswer(item: SaidItem) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="said">
            // Read aloud beside each line, as on the form: the question, then each answer chosen.
            <p class="said__question"><Symbol concept=item.symbol.clone() size=32/>{item.question.get(lang).to_string()}</p>
            <Listen text=item.question.clone()/>
            {(!item.choices.is_empty()).then(|| view! {
                <ul class="said__choices">
                    {item.choices.iter().map(|c| view! {
                        <li><Symbol concept=c.symbol.clone() size=40/><span>{c.text.get(lang).to_string()}</span><Listen text=c.text.clone()/></li>
                    }).collect_view()}
                </ul>
            })}
            {(!item.words.is_empty()).then(|| view! { <p class="said__words pre-line" dir="auto">{item.words.clone()}</p> })}
        </div>
    }
}

fn sharing_tag(sharing: Sharing, lang: Lang) -> impl IntoView {
    match sharing {
        Sharing::Private => view! { <span class="tag tag--private">{T::SharingPrivateTag.get(lang)}</span> }.into_any(),
        Sharing::Share => view! { <span class="tag tag--share">{T::SharingShareTag.get(lang)}</span> }.into_any(),
    }
}

/// The check before sending: both lists of who may see what, changeable, then send.
#[component]
pub fn CheckScreen() -> impl IntoView {
    child_page(load_said, "check", |page: SaidPage, flash| {
        if page.submitted {
            go_to("/form/done".into())
        } else if page.audience != Audience::Child {
            view! { <AdultCheckView page=page flash=flash/> }.into_any()
        } else {
            view! { <CheckView page=page flash=flash/> }.into_any()
        }
    })
}

#[component]
fn CheckView(page: SaidPage, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let (heading, symbol) = title("check_title");
    let list = |sharing: Sharing| {
        let items: Vec<SaidItem> = page.items.iter().filter(|i| i.shareable && i.sharing == sharing).cloned().collect();
        if items.is_empty() {
            return view! { <p class="hint">{T::CheckNothing.get(lang)}</p> }.into_any();
        }
        view! {
            <ul class="said-list">
                {items.into_iter().map(|item| {
                    let id = item.question_id.clone();
                    let s = item.sharing;
                    view! { <li><SaidAnswer item=item/><SharingChoice question_id=id sharing=s/></li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let private = list(Sharing::Private);
    let shared = list(Sharing::Share);
    let send = screen("check_send");
    view! {
        <ChildScreen title=heading symbol=symbol older=older(page.band) signed_in=true back="/form/check".to_string()>
            <NoticeBox notice=flash.notice.clone()/>
            <ErrorSummary flash=flash.clone()/>
            <ul class="easy-read"><EasyLine key="check_change"/></ul>
            <form method="post" action="/api/check_answers" class="form">
                <section aria-labelledby="private-heading">
                    <h2 id="private-heading" class="spoken-row">
                        <Symbol concept=screen("check_private").symbol.clone() size=40/>
                        <span>{screen("check_private").get_text(lang)}</span>
                    </h2>
                    <Listen text=screen("check_private").text()/>
                    {private}
                </section>
                <section aria-labelledby="shared-heading">
                    <h2 id="shared-heading" class="spoken-row">
                        <Symbol concept=screen("check_shared").symbol.clone() size=40/>
                        <span>{screen("check_shared").get_text(lang)}</span>
                    </h2>
                    <Listen text=screen("check_shared").text()/>
                    {shared}
                </section>
                <div class="form-actions">
                    <button type="submit" name="send" value="1" class="button button--primary button--big">
                        <Symbol concept=send.symbol.clone() size=32/>{send.get_text(lang)}
                    </button>
                    <button type="submit" class="button">{T::CheckSaveChoices.get(lang)}</button>
                </div>
            </form>
            <p><a href=page.advocacy_path.clone()>{screen("back").get_text(lang)}</a></p>
        </ChildScreen>
    }
}

/// A parent's or carer's check before sending: everything they said, then send.
#[component]
fn AdultCheckView(page: SaidPage, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let (heading, symbol) = title("adult_check_title");
    let send = screen("adult_check_send");
    view! {
        <ChildScreen title=heading symbol=symbol older=true signed_in=true back="/form/check".to_string() audience=page.audience>
            <NoticeBox notice=flash.notice.clone()/>
            <ErrorSummary flash=flash.clone()/>
            <ul class="easy-read">
                <EasyLine key="adult_check_what"/>
                <EasyLine key="adult_check_change"/>
            </ul>
            {if page.items.is_empty() {
                view! { <p class="hint">{T::AdultCheckNothing.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <ul class="said-list">
                        {page.items.iter().cloned().map(|item| view! { <li><SaidAnswer item=item/></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <form method="post" action="/api/check_answers" class="form">
                <button type="submit" name="send" value="1" class="button button--primary button--big">
                    <Symbol concept=send.symbol.clone() size=32/>{send.get_text(lang)}
                </button>
            </form>
            <p><a href="/form/screen/1">{T::CheckChangeAnswers.get(lang)}</a></p>
            <p><a href=page.advocacy_path.clone()>{screen("back").get_text(lang)}</a></p>
        </ChildScreen>
    }
}

/// The receipt: thanks, their good things shown back, what happens next, what they said, and
/// room to add more until the report deadline.
#[component]
pub fn DoneScreen() -> impl IntoView {
    child_page(load_said, "add_more", |page: SaidPage, flash| {
        if page.submitted && page.audience != Audience::Child {
            view! { <AdultDoneView page=page flash=flash/> }.into_any()
        } else if page.submitted {
            view! { <DoneView page=page flash=flash/> }.into_any()
        } else {
            go_to("/form/check".into())
        }
    })
}

#[component]
fn DoneView(page: SaidPage, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let (heading, symbol) = title("done_title");
    let good: Vec<SaidItem> =
        page.items.iter().filter(|i| i.section_id == HOUSES_SECTION && i.question_id.contains("good")).cloned().collect();
    view! {
        <ChildScreen title=heading symbol=symbol older=older(page.band) signed_in=true back="/form/done".to_string()>
            <NoticeBox notice=flash.notice.clone()/>
            <ErrorSummary flash=flash.clone()/>
            <ul class="easy-read">
                <EasyLine key="done_sent"/>
                {if page.read { view! { <EasyLine key="message_read"/> } } else { view! { <EasyLine key="done_read"/> } }}
                {page.meeting_on.map(|on| view! {
                    <li><Symbol concept="calendar".to_string()/><p>{T::DoneMeeting.fill(lang, &[("date", &long_date(on, lang))])}</p></li>
                })}
            </ul>
            {(!good.is_empty()).then(|| view! {
                <section class="celebrate" aria-labelledby="good-heading">
                    <h2 id="good-heading"><Symbol concept=screen("done_good").symbol.clone() size=40/>{screen("done_good").get_text(lang)}</h2>
                    {good.into_iter().map(|item| view! { <SaidAnswer item=item/> }).collect_view()}
                </section>
            })}
            {page.advocacy_reference.clone().map(|r| view! {
                <ul class="easy-read"><EasyLine key="advocacy_asked"/></ul>
                <p>{T::AdvocacyReference.fill(lang, &[("reference", &r)])}</p>
            })}
            <section aria-labelledby="said-heading">
                <h2 id="said-heading">{T::DoneWhatYouSaid.get(lang)}</h2>
                <ul class="said-list">
                    {page.items.iter().cloned().map(|item| {
                        let tag = item.shareable.then(|| sharing_tag(item.sharing, lang));
                        view! { <li><SaidAnswer item=item/>{tag}</li> }
                    }).collect_view()}
                    {page.additions.iter().map(|a| view! {
                        <li>
                            <p class="hint">{T::AddedOn.fill(lang, &[("date", &long_date(a.added_on, lang))])}</p>
                            <p class="said__words pre-line" dir="auto">{a.words.clone()}</p>
                            {sharing_tag(a.sharing, lang)}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            {page.can_add.then(|| view! { <AddMore deadline=page.report_deadline adult=false flash=flash.clone()/> })}
            <p><a class="button button--big" href="/message">{T::TellMyIro.get(lang)}</a></p>
            <form method="post" action="/api/leave_review" class="form">
                <button type="submit" class="button button--big">{T::EntryLeave.get(lang)}</button>
            </form>
        </ChildScreen>
    }
}

/// Room to add more until the report deadline: a child chooses who may know it, an adult's goes
/// to the IRO like the rest.
#[component]
fn AddMore(deadline: time::Date, adult: bool, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let more_error = flash.error("more").map(|m| m.text(lang));
    let heading = screen(if adult { "adult_done_more" } else { "done_more" });
    view! {
        <section aria-labelledby="more-heading">
            <h2 id="more-heading"><Symbol concept=heading.symbol.clone() size=40/>{heading.get_text(lang)}</h2>
            <p>{T::DoneAddUntil.for_adults(adult).fill(lang, &[("date", &long_date(deadline, lang))])}</p>
            <form method="post" action="/api/add_more" class="form">
                <div class=if more_error.is_some() { "field field--error" } else { "field" }>
                    <label for="more">{T::AddMoreLabel.for_adults(adult).get(lang)}</label>
                    {more_error.clone().map(|e| view! { <p class="error-message" id="more-error">{e}</p> })}
                    <textarea id="more" name="more" dir="auto" rows=if adult { "6" } else { "4" }>{textarea_text(&flash.value("more").unwrap_or_default())}</textarea>
                </div>
                {(!adult).then(|| {
                    // The same choice, with the same symbols and read-aloud, as on the form.
                    let ask = screen("sharing_question");
                    let options = [(Sharing::Private, "sharing_private", "more-private"), (Sharing::Share, "sharing_share", "more-share")];
                    view! {
                        <fieldset class="sharing">
                            <legend><Symbol concept=ask.symbol.clone() size=32/>{ask.get_text(lang)}</legend>
                            {options
                                .into_iter()
                                .map(|(value, key, id)| {
                                    let s = screen(key);
                                    view! {
                                        <div class="choice choice--row">
                                            <input type="radio" id=id name="sharing" value=value.as_str() checked=value == Sharing::Private/>
                                            <label for=id><Symbol concept=s.symbol.clone() size=32/><span>{s.get_text(lang)}</span></label>
                                            <Listen text=s.text()/>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })}
                <button type="submit" class="button button--primary">{T::AddMoreSend.get(lang)}</button>
            </form>
        </section>
    }
}

/// A parent's or carer's receipt: sent, what happens next, what they said, and room to add
/// more until the report deadline.
#[component]
fn AdultDoneView(page: SaidPage, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    let (heading, symbol) = title("adult_done_title");
    view! {
        <ChildScreen title=heading symbol=symbol older=true signed_in=true back="/form/done".to_string() audience=page.audience>
            <NoticeBox notice=flash.notice.clone()/>
            <ErrorSummary flash=flash.clone()/>
            <ul class="easy-read">
                <EasyLine key="adult_done_sent"/>
                {if page.read { view! { <EasyLine key="adult_read"/> } } else { view! { <EasyLine key="adult_done_read"/> } }}
            </ul>
            {page.advocacy_reference.clone().map(|r| view! {
                <ul class="easy-read"><EasyLine key="adult_advocacy_asked"/></ul>
                <p>{T::AdultAdvocacyReference.fill(lang, &[("reference", &r)])}</p>
            })}
            <section aria-labelledby="said-heading">
                <h2 id="said-heading">{T::AdultDoneWhatYouSaid.get(lang)}</h2>
                <ul class="said-list">
                    {page.items.iter().cloned().map(|item| view! { <li><SaidAnswer item=item/></li> }).collect_view()}
                    {page.additions.iter().map(|a| view! {
                        <li>
                            <p class="hint">{T::AddedOn.fill(lang, &[("date", &long_date(a.added_on, lang))])}</p>
                            <p class="said__words pre-line" dir="auto">{a.words.clone()}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            {page.can_add.then(|| view! { <AddMore deadline=page.report_deadline adult=true flash=flash.clone()/> })}
            <p><a class="button button--big" href="/my-review">{T::AdultMyReviewTitle.get(lang)}</a></p>
            <form method="post" action="/api/leave_review" class="form">
                <button type="submit" class="button button--big">{T::EntryLeave.get(lang)}</button>
            </form>
        </ChildScreen>
    }
}

/// After "I don't feel safe": help now, at once, and who has been told.
#[component]
pub fn SafeScreen() -> impl IntoView {
    let lang = use_lang();
    let back = use_query_map().with_untracked(|q| q.get("back")).unwrap_or_default();
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
        <ChildScreen title=heading symbol=symbol older=older(page.band) signed_in=true back="/message".to_string()>
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
    let message = crate::features::reviews::view::load_for_id(read_message);
    view! {
        <crate::components::Page title=T::IroMessageTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let Some(m) = message.await else {
                        return view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any();
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
