//! The server's side of translation: the .ftl files (compiled in by `include_str!`, listed in the
//! generated `FTL_FILES`) parsed once into one Fluent bundle per language, and every message's
//! plain text kept once, so that `T::get` can hand out `&'static str`.
//!
//! Anything wrong (a file Fluent cannot parse, a message missing in a language, a folder with no
//! `Lang`) panics at first use, naming it; `build.rs` refuses to build in those cases already,
//! and the unit tests use every message, so it cannot reach a running server.

use super::{soft_mutation, Lang, FTL_FILES, T};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::LazyLock;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Lang, Bundle>> = LazyLock::new(load);

/// Every message's text by language, as `T::get` gives it.
static TEXTS: LazyLock<HashMap<(T, Lang), String>> = LazyLock::new(|| {
    let mut texts = HashMap::with_capacity(T::ALL.len() * Lang::ALL.len());
    for &key in T::ALL {
        for lang in Lang::ALL {
            texts.insert((key, lang), format(key, lang, &placeholders(key)));
        }
    }
    texts
});

fn load() -> HashMap<Lang, Bundle> {
    for (code, file, _) in FTL_FILES {
        assert!(
            Lang::parse(code).is_some_and(|lang| lang.code() == *code),
            "app/locales/{code}/{file}: there is no Lang for {code:?} (add it to the Lang enum in app/src/i18n/mod.rs)"
        );
    }
    let mut bundles = HashMap::new();
    for lang in Lang::ALL {
        let id = lang.code().parse().unwrap_or_else(|e| panic!("{:?} is not a language identifier: {e}", lang.code()));
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around variables: they would end up in HTML, email and PDFs.
        bundle.set_use_isolating(false);
        // Staff pages are in Welsh and English only; another language's bundle borrows the
        // English staff words, so a staff text asked for in it (which no page does) is English.
        let borrowed = FTL_FILES.iter().filter(|(code, file, _)| !lang.is_staff() && *code == "en" && *file == "staff.ftl");
        for (code, file, text) in FTL_FILES.iter().filter(|(code, _, _)| *code == lang.code()).chain(borrowed) {
            let resource = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, errors)| panic!("app/locales/{code}/{file} does not parse: {errors:?}"));
            bundle.add_resource(resource).unwrap_or_else(|errors| panic!("app/locales/{code}/{file}: {errors:?}"));
        }
        let missing: Vec<&str> =
            T::ALL.iter().map(|key| key.id()).filter(|id| bundle.get_message(id).and_then(|m| m.value()).is_none()).collect();
        assert!(missing.is_empty(), "app/locales/{}/ lacks messages: {}", lang.code(), missing.join(", "));
        bundles.insert(lang, bundle);
    }
    bundles
}

/// Each variable as `{name}` (and `{ $name_soft }` as `{name}` too), as the text came before
/// Fluent: `T::get` keeps them for code that fills them itself.
fn placeholders(key: T) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for var in key.vars() {
        args.set(*var, format!("{{{var}}}"));
        args.set(format!("{var}_soft"), format!("{{{var}}}"));
    }
    args
}

/// A value that reads back exactly as a number (`7`, `2.5`, not `007` or `1e3`) becomes one, so
/// that it chooses a plural variant; anything else stays text.
fn value(text: &str) -> FluentValue<'static> {
    match FluentValue::try_number(text) {
        FluentValue::Number(number) if number.as_string() == text => FluentValue::Number(number),
        _ => FluentValue::from(text.to_string()),
    }
}

/// Parses every .ftl file and renders every text once, so that a broken file stops the server at
/// start-up rather than on somebody's first page.
pub(super) fn load_all() {
    LazyLock::force(&TEXTS);
}

pub(super) fn get(key: T, lang: Lang) -> &'static str {
    TEXTS.get(&(key, lang)).map(String::as_str).unwrap_or_else(|| panic!("no text for {key:?} in {lang:?}"))
}

pub(super) fn fill(key: T, lang: Lang, given: &[(&str, &str)]) -> String {
    let mut args = placeholders(key);
    for (name, text) in given {
        args.set(format!("{name}_soft"), soft_mutation(text, lang));
    }
    // After the derived `_soft` forms, so a caller's own `x_soft` wins.
    for (name, text) in given {
        args.set(name.to_string(), value(text));
    }
    format(key, lang, &args)
}

fn format(key: T, lang: Lang, args: &FluentArgs) -> String {
    let bundle = &BUNDLES[&lang];
    let pattern = bundle
        .get_message(key.id())
        .and_then(|message| message.value())
        .unwrap_or_else(|| panic!("app/locales/{}/ has no message {}", lang.code(), key.id()));
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
    // Every variable is given (as `{name}` when the caller did not), so Fluent has nothing to
    // complain of unless a message refers to another message or term that is not there.
    assert!(errors.is_empty(), "{} ({}) in {}: {errors:?}", key.id(), key.file(), lang.code());
    text
}
