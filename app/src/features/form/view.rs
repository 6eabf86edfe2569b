//! The form's screens: welcome, what this is, each screen of questions, later, the check, and done.

use crate::components::child::{screen, ChildScreen, EasyLine, Listen, Symbol};
use crate::components::child_page::{after_error, child_page, go_to, title};
use crate::components::forms::textarea_text;
use crate::components::keeper::FormKeeper;
use crate::components::use_lang;
use crate::components::{ErrorSummary, NoticeBox};
use crate::domain::forms::{self, Answer, Kind, Question, Sharing, DONT_SAY, HOUSES_SECTION};
use crate::domain::reviews::Audience;
use crate::features::form::api::{form_resume, form_step, load_said};
use crate::features::form::{SaidItem, SaidPage, StepPage, SAVE_WITH_FILES};
use crate::features::media::view::{MediaChoice, MediaGiven};
use crate::features::media::MediaKind;
use crate::features::secret::view::StatusScreen;
use crate::features::secret::ChildStatus;
use crate::i18n::{long_date, Lang, T};
use crate::model::Flash;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

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
            {crate::components::layout::offered_langs()
                .into_iter()
                .map(|choice| view! {
                    <form method="post" action="/api/set_language">
                        <input type="hidden" name="lang" value=choice.code()/>
                        <input type="hidden" name="back" value="/about"/>
                        <button type="submit" class="button button--big button--choice" lang=choice.code() dir=choice.direction().as_str()>
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

/// `/form`: carries on where the child left off.
#[component]
pub fn FormResume() -> impl IntoView {
    let target = OnceResource::new(async move { form_resume().await });
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(path) => go_to(path),
                    Err(error) => after_error(error),
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
fn QuestionBlock(question: Question, answer: Answer, media: Vec<MediaKind>, flash: Flash, big: bool, adult: bool) -> impl IntoView {
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
    // Say it or draw it: wherever the answer is in their own words, and each of the Three Houses.
    let media_choice = q.takes_media().then(|| view! { <MediaChoice question_id=q.id.clone() given=media flash=flash.clone()/> });
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
                {media_choice}
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
                {media_choice}
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
    let takes_media = page.questions.iter().any(|q| q.takes_media());
    let next = screen("next");
    let back = screen("back");
    let later = screen("finish_later");
    let questions = page
        .questions
        .iter()
        .map(|q| {
            let answer = page.answers.iter().find(|a| a.question_id == q.id).cloned().unwrap_or_default();
            let media = page.media.iter().filter(|g| g.question_id == q.id).map(|g| g.kind).collect();
            view! { <QuestionBlock question=q.clone() answer=answer media=media flash=flash.clone() big=big adult=page.audience != Audience::Child/> }
        })
        .collect_view();
    view! {
        <ChildScreen title=heading symbol=symbol older=page.band.is_older() signed_in=true back=here audience=page.audience>
            <Progress sections=page.sections.clone() current=page.section adult=page.audience != Audience::Child/>
            <ErrorSummary flash=flash.clone()/>
            // A screen that takes recordings and drawings sends files: a multipart form, to a route of its own.
            <form
                method="post"
                action=if takes_media { SAVE_WITH_FILES } else { "/api/save_step" }
                enctype=takes_media.then_some("multipart/form-data")
                class="form consult-form"
                id="consult-form"
                novalidate
            >
                <input type="hidden" name="step" value=page.step.to_string()/>
                // With files there are buttons (add, take away) before "Next": pressing Enter
                // still means "Next", as the form's first button.
                {takes_media.then(|| view! {
                    <button type="submit" name="go" value="enter" class="visually-hidden" tabindex="-1" aria-hidden="true">
                        {next.get_text(lang)}
                    </button>
                })}
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
            {item.media.iter().map(|&kind| view! { <MediaGiven question_id=item.question_id.clone() kind=kind/> }).collect_view()}
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
        <ChildScreen title=heading symbol=symbol older=page.band.is_older() signed_in=true back="/form/check".to_string()>
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
        <ChildScreen title=heading symbol=symbol older=page.band.is_older() signed_in=true back="/form/done".to_string()>
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
