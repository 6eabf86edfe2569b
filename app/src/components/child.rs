//! Pieces of every child screen (and the easy-read screens parents and carers share): a symbol
//! beside each idea, a read-aloud button beside each question and answer, the same help in the
//! same place, and the frame around them.

use crate::components::help::HelpNowPanel;
use crate::components::layout::{SiteFooter, SiteHeader};
use crate::components::use_lang;
use crate::domain::forms::{ScreenText, Text};
use crate::domain::reviews::Audience;
use crate::i18n::{Lang, T};
use leptos::prelude::*;
use leptos_meta::Title;

/// Words for a child screen (server side; the browser never needs the word list).
pub fn screen(key: &str) -> ScreenText {
    #[cfg(feature = "ssr")]
    {
        crate::domain::forms::library::get().screen(key).clone()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = key;
        ScreenText::default()
    }
}

/// The recorded clip of these words in this language.
pub fn clip(lang: Lang, text: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        crate::domain::forms::library::clip_path(lang, text)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, text);
        String::new()
    }
}

/// Where a symbol is served: Heard's own Noto Emoji set, unless the deployment maps the
/// concept to its own licensed picture.
pub fn symbol_src(concept: &str) -> String {
    #[cfg(feature = "ssr")]
    if let Some(url) = crate::server::symbols::override_for(concept) {
        return url;
    }
    format!("/symbols/{concept}.svg")
}

/// Symbols that point the way the page reads (back, next): mirrored on right-to-left pages.
const DIRECTIONAL: [&str; 2] = ["back", "next"];

/// A symbol beside its words: decorative, so screen readers hear the words once.
#[component]
pub fn Symbol(concept: String, #[prop(default = 48)] size: u32) -> impl IntoView {
    let class = if DIRECTIONAL.contains(&concept.as_str()) { "symbol symbol--directional" } else { "symbol" };
    view! { <img class=class src=symbol_src(&concept) alt="" width=size height=size/> }
}

/// Plays the recorded words. Before the script loads it is a link to the clip, so it still
/// works (in a new tab) on a phone that never runs WebAssembly. Never plays by itself.
#[island]
pub fn ReadAloud(src: String, label: String, words: String) -> impl IntoView {
    let href = src.clone();
    let name = format!("{label}: {words}");
    let play = move |ev: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            player::play(&src);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&ev, &src);
    };
    view! {
        <a class="read-aloud" href=href target="_blank" rel="noopener" aria-label=name on:click=play>
            <img src=crate::components::child::symbol_src("listen") alt="" width="24" height="24"/>
            <span>{label}</span>
        </a>
    }
}

/// Reads words aloud with the device's own voice, for words no clip was made for (the IRO's
/// letter). Shown only once the script runs and the device has a voice for the words' language
/// (Welsh read by an English voice would be worse than none).
#[island]
pub fn SpeakWords(words: String, lang: String, label: String, name: String) -> impl IntoView {
    let ready = RwSignal::new(false);
    let wanted = lang.clone();
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        player::can_say(&wanted, move |has| ready.set(has));
        #[cfg(not(feature = "hydrate"))]
        let _ = &wanted;
    });
    let speak = move |_: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        player::say(&words, &lang);
        #[cfg(not(feature = "hydrate"))]
        let _ = (&words, &lang);
    };
    view! {
        <button type="button" class="read-aloud" aria-label=name hidden=move || !ready.get() on:click=speak>
            <img src=crate::components::child::symbol_src("listen") alt="" width="24" height="24"/>
            <span>{label}</span>
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod player {
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue};

    thread_local! {
        static PLAYING: RefCell<Option<web_sys::HtmlAudioElement>> = const { RefCell::new(None) };
        static REPORTED: RefCell<bool> = const { RefCell::new(false) };
    }

    /// One clip at a time: a new press stops the one playing.
    pub fn play(src: &str) {
        PLAYING.with(|playing| {
            if let Some(old) = playing.borrow_mut().take() {
                let _ = old.pause();
            }
            if let Ok(audio) = web_sys::HtmlAudioElement::new_with_src(src) {
                let _ = audio.play();
                *playing.borrow_mut() = Some(audio);
            }
        });
        report_use();
    }

    /// Whether the device has a voice for the language (English voices are everywhere; others
    /// often are not). A device lists its voices only once it has loaded them, so `ready` is
    /// told again when the list changes.
    pub fn can_say(lang: &str, ready: impl Fn(bool) + 'static) {
        use wasm_bindgen::closure::Closure;
        let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
            return ready(false);
        };
        if lang == "en" {
            return ready(true);
        }
        let wanted = lang.to_string();
        let has = move |synth: &web_sys::SpeechSynthesis| {
            synth.get_voices().iter().any(|voice| {
                voice.dyn_into::<web_sys::SpeechSynthesisVoice>().is_ok_and(|v| {
                    let tag = v.lang().to_ascii_lowercase().replace('_', "-");
                    tag == wanted || tag.starts_with(&format!("{wanted}-"))
                })
            })
        };
        ready(has(&synth));
        let listener = synth.clone();
        let changed = Closure::<dyn Fn()>::new(move || ready(has(&listener)));
        // A listener of its own for each button (an `onvoiceschanged` would keep only the last).
        let _ = synth.add_event_listener_with_callback("voiceschanged", changed.as_ref().unchecked_ref());
        // Lives as long as the page: the island is never unmounted.
        changed.forget();
    }

    /// Speaks the words in their language with the device's voice (one at a time).
    pub fn say(words: &str, lang: &str) {
        PLAYING.with(|playing| {
            if let Some(old) = playing.borrow_mut().take() {
                let _ = old.pause();
            }
        });
        let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
            return;
        };
        synth.cancel();
        if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(words) {
            utterance.set_lang(match lang {
                "cy" => "cy-GB",
                "en" => "en-GB",
                other => other,
            });
            utterance.set_rate(0.9);
            synth.speak(&utterance);
        }
        report_use();
    }

    /// Tells the server once per page that read-aloud was used (a count for the service
    /// manager's reports; nothing about what was played).
    fn report_use() {
        let first = REPORTED.with(|r| !r.replace(true));
        if !first {
            return;
        }
        if let Some(window) = web_sys::window() {
            let init = web_sys::RequestInit::new();
            init.set_method("POST");
            init.set_body(&JsValue::from_str(""));
            let _ = window.fetch_with_str_and_init("/api/read_aloud_used", &init);
        }
    }
}

/// The read-aloud button for words in the page's language: Heard's recorded clip where it has
/// clips in the language; else the device's own voice, shown only if the device has one for
/// the language; else no button at all (never a voice of another language).
#[component]
pub fn ReadAloudWords(words: String) -> impl IntoView {
    let lang = use_lang();
    let label = T::Listen.get(lang).to_string();
    if lang.has_clips() {
        view! { <ReadAloud src=clip(lang, &words) label=label words=words/> }.into_any()
    } else {
        let name = format!("{label}: {words}");
        view! { <SpeakWords words=words lang=lang.code().to_string() label=label name=name/> }.into_any()
    }
}

/// Words with their symbol and read-aloud button.
#[component]
pub fn Spoken(text: Text, symbol: String) -> impl IntoView {
    let lang = use_lang();
    let words = text.get(lang).to_string();
    view! {
        <li>
            <Symbol concept=symbol/>
            <p>{words.clone()}</p>
            <ReadAloudWords words=words/>
        </li>
    }
}

/// One easy-read line from the screen words.
#[component]
pub fn EasyLine(key: &'static str) -> impl IntoView {
    let s = screen(key);
    view! { <Spoken text=s.text() symbol=s.symbol.clone()/> }
}

/// The read-aloud button for any words.
#[component]
pub fn Listen(text: Text) -> impl IntoView {
    let lang = use_lang();
    let words = text.get(lang).to_string();
    view! { <ReadAloudWords words=words/> }
}

/// The help every child screen ends with, always in the same place: "I don't feel safe" (when
/// the child is signed in), talking to an advocate, and who to call now.
#[component]
pub fn ChildHelp(signed_in: bool, back: String) -> impl IntoView {
    let lang = use_lang();
    let not_safe = screen("not_safe_button");
    view! {
        <section class="child-help" aria-label=T::HelpNowTitle.get(lang)>
            {signed_in.then(|| {
                let words = not_safe.get_text(lang);
                view! {
                    <form method="post" action="/api/not_safe" class="not-safe-form">
                        <input type="hidden" name="back" value=back.clone()/>
                        <p>{T::FormNotSafeHelp.get(lang)}</p>
                        <div class="spoken-row">
                            <button type="submit" class="button button--danger button--big">
                                <Symbol concept=not_safe.symbol.clone() size=32/>
                                <span>{words.clone()}</span>
                            </button>
                            <ReadAloudWords words=words/>
                        </div>
                    </form>
                    <p><a class="button" href="/form/advocate">{T::FormTalkToAdvocate.get(lang)}</a></p>
                }
            })}
            <HelpNowPanel/>
        </section>
    }
    .into_any()
}

/// The help every parent's and carer's screen ends with: their advocate (parents), and who to
/// call when a child is in danger or they need someone to talk to now.
#[component]
pub fn AdultHelp(audience: Audience) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="child-help" aria-labelledby="adult-help-heading">
            <div class="help-now">
                <h2 id="adult-help-heading">
                    <img src=crate::components::child::symbol_src("help") alt="" width="32" height="32"/>
                    {T::HelpNowTitle.get(lang)}
                </h2>
                {(audience == Audience::Parent).then(|| view! {
                    <p><a class="button" href="/form/advocate">{T::FormTalkToAdvocate.get(lang)}</a></p>
                })}
                <ul class="help-list">
                    <li>
                        <p>{T::HelpAdultDanger.get(lang)}</p>
                        <a class="button button--danger" href="tel:999">{T::HelpCall999.get(lang)}</a>
                    </li>
                    <li>
                        <p>{T::HelpSamaritans.get(lang)}</p>
                        <a class="button" href="tel:116123">{T::HelpCallSamaritans.get(lang)}</a>
                        <a class="button" href="tel:08081640123">{T::HelpCallSamaritansWelsh.get(lang)}</a>
                    </li>
                </ul>
            </div>
        </section>
    }
}

/// The frame of a child screen: title with its symbol and read-aloud, the content, the help.
/// Teenagers, care leavers, parents and carers get a calmer look; parents and carers their own help.
#[component]
pub fn ChildScreen(
    title: Text,
    symbol: String,
    #[prop(optional)] older: bool,
    #[prop(optional)] signed_in: bool,
    #[prop(optional)] back: Option<String>,
    /// Who the screen is for, when known (a child's screens need not say).
    #[prop(optional)]
    audience: Option<Audience>,
    children: Children,
) -> impl IntoView {
    let adult = audience.filter(|a| *a != Audience::Child);
    let lang = use_lang();
    let heading = title.get(lang).to_string();
    let full_title = format!("{heading} – {}", T::AppName.get(lang));
    view! {
        <Title text=full_title/>
        <SiteHeader/>
        <main id="main" tabindex="-1" class=if older || adult.is_some() { "child child--older" } else { "child" }>
            <div class="child-title">
                <Symbol concept=symbol size=56/>
                <h1>{heading.clone()}</h1>
                <ReadAloudWords words=heading/>
            </div>
            {children()}
            {match adult {
                Some(audience) => view! { <AdultHelp audience=audience/> }.into_any(),
                None => view! { <ChildHelp signed_in=signed_in back=back.unwrap_or_else(|| "/my-review".into())/> }.into_any(),
            }}
        </main>
        <SiteFooter/>
    }
    .into_any()
}
