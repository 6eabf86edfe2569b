//! The screens before the form that need to know where the invitee stands, and the secret
//! screens: making one (pictures or a phrase) and giving it again.

use crate::components::child::{screen, ChildScreen, EasyLine, Listen, Symbol};
use crate::components::child_page::{after_error, go_to, title};
use crate::components::flash::flash_for;
use crate::components::use_lang;
use crate::components::ErrorSummary;
use crate::domain::forms::{self};
use crate::domain::reviews::Audience;
use crate::features::secret::api::load_child_status;
use crate::features::secret::ChildStatus;
use crate::i18n::{Lang, T};
use crate::model::Flash;
use leptos::prelude::*;

/// What a screen before the form shows, given where the child stands: its content, or where to
/// send them instead.
pub type StatusBody = fn(ChildStatus, Flash, Lang) -> Result<AnyView, String>;

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
    let forms = if child.band.is_older() { view! { {phrase}{pictures} }.into_any() } else { view! { {pictures}{phrase} }.into_any() };
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

/// A screen before the form (welcome, about, secret, unlock): loads where the child stands and
/// the screen's form messages, sends anyone not signed in to `/start`, and frames the content.
#[component]
pub fn StatusScreen(
    key: &'static str,
    /// The title parents and carers see instead, when theirs differs.
    #[prop(optional)]
    adult_key: Option<&'static str>,
    path: &'static str,
    form: &'static str,
    body: StatusBody,
) -> impl IntoView {
    let lang = use_lang();
    let status = OnceResource::new(async move { load_child_status().await });
    let flash = flash_for(form);
    view! {
        <Suspense>
            {move || {
                Suspend::new(async move {
                    let flash = flash.await;
                    let child = match status.await {
                        Ok(Some(child)) => child,
                        Ok(None) => return go_to("/start".into()),
                        Err(error) => return after_error(error),
                    };
                    let (band, audience) = (child.band, child.audience);
                    let (heading, symbol) = title(if audience == Audience::Child { key } else { adult_key.unwrap_or(key) });
                    match body(child, flash, lang) {
                        Err(target) => go_to(target),
                        Ok(content) => view! {
                            <ChildScreen title=heading symbol=symbol older=band.is_older() signed_in=true back=path.to_string() audience=audience>
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
