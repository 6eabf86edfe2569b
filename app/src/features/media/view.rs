//! Say it or draw it on a form screen: for one answer, a recording and a drawing, each either
//! chosen (a phone's own recorder or camera opens from the file field, no script needed) or
//! already given (played or shown back, and able to be taken away).

use crate::components::child::{screen, Listen, Symbol};
use crate::components::use_lang;
use crate::features::media::{field_id, own_path, MediaKind};
use crate::model::Flash;
use leptos::prelude::*;

/// The recording and drawing for one answer. `given` lists the kinds already kept.
#[component]
pub fn MediaChoice(question_id: String, given: Vec<MediaKind>, flash: Flash) -> impl IntoView {
    let lang = use_lang();
    // "Add it" sends a chosen file and stays, to hear or see it back; once both are given there is
    // nothing left to choose.
    let add = (given.len() < MediaKind::ALL.len()).then(|| {
        let add = screen("media_add");
        view! {
            <button type="submit" name="go" value="stay" class="button">
                <Symbol concept=add.symbol.clone() size=32/>{add.get_text(lang)}
            </button>
        }
    });
    let one = move |kind: MediaKind| {
        let id = field_id(&question_id, kind);
        let (ask, remove) = match kind {
            MediaKind::Voice => ("media_voice", "media_remove_voice"),
            MediaKind::Drawing => ("media_drawing", "media_remove_drawing"),
        };
        if given.contains(&kind) {
            let remove = screen(remove);
            view! {
                <div class="media-given-row" id=id>
                    <MediaGiven question_id=question_id.clone() kind=kind/>
                    <button type="submit" name="go" value=format!("remove:{}:{question_id}", kind.as_str()) class="button">
                        <Symbol concept=remove.symbol.clone() size=32/>{remove.get_text(lang)}
                    </button>
                </div>
            }
            .into_any()
        } else {
            let ask = screen(ask);
            let error = flash.error(&id).map(|m| m.text(lang));
            let error_id = format!("{id}-error");
            let accept = match kind {
                MediaKind::Voice => "audio/*",
                MediaKind::Drawing => "image/*",
            };
            view! {
                <div class=if error.is_some() { "field field--error media-field" } else { "field media-field" }>
                    <div class="spoken-row">
                        <label for=id.clone()><Symbol concept=ask.symbol.clone() size=32/>{ask.get_text(lang)}</label>
                        <Listen text=ask.text()/>
                    </div>
                    {error.clone().map(|e| view! { <p class="error-message" id=error_id.clone()>{e}</p> })}
                    // A recording opens the phone's recorder; a drawing may be a photo or a saved picture.
                    <input
                        type="file"
                        id=id
                        name=kind.field(&question_id)
                        accept=accept
                        capture=(kind == MediaKind::Voice).then_some("user")
                        aria-describedby=error.is_some().then_some(error_id)
                    />
                </div>
            }
            .into_any()
        }
    };
    let voice = one(MediaKind::Voice);
    let drawing = one(MediaKind::Drawing);
    view! {
        <div class="media-choice">
            {voice}
            {drawing}
            {add}
        </div>
    }
}

/// A recording or drawing given, as the author sees it back on the check and the receipt.
#[component]
pub fn MediaGiven(question_id: String, kind: MediaKind) -> impl IntoView {
    let lang = use_lang();
    let kept = screen(match kind {
        MediaKind::Voice => "media_voice_kept",
        MediaKind::Drawing => "media_drawing_kept",
    });
    let src = own_path(&question_id, kind);
    view! {
        <div class="media-given">
            <div class="spoken-row">
                <p><Symbol concept=kept.symbol.clone() size=32/>{kept.get_text(lang)}</p>
                <Listen text=kept.text()/>
            </div>
            {match kind {
                MediaKind::Voice => view! { <audio controls=true preload="none" src=src></audio> }.into_any(),
                MediaKind::Drawing => view! { <img class="media-given__drawing" src=src alt=kept.get_text(lang)/> }.into_any(),
            }}
        </div>
    }
}
