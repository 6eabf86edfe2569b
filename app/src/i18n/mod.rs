//! Every word Heard shows, in English and Welsh, in Fluent files checked complete by the build.
//!
//! The words live in `app/locales/<language>/*.ftl` (see `app/locales/README.md`). `build.rs`
//! generates [`T`] from the English files, one variant per message, so a `T::X` with no English
//! message does not compile, and refuses to build when Welsh lacks a message or uses other
//! variables: a missing translation cannot ship.
//!
//! Translation happens on the server only: the .ftl files and the Fluent crates are compiled in
//! with the `ssr` feature, never into the WebAssembly bundle. Islands receive translated strings
//! as props; under `hydrate` alone, [`T::get`] and [`T::fill`] give empty text.

mod dates;
#[cfg(feature = "ssr")]
mod fluent;
#[cfg(all(test, feature = "ssr"))]
mod tests;

pub use dates::{long_date, month_year, short_date, short_month, soft_mutation};

pub use crate::model::{Direction, Lang, Review, T};

// `FTL_FILES` (server only): the text of every .ftl file.
include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));

/// Loads every text now (server only): a broken translation file stops the server at start-up.
#[cfg(feature = "ssr")]
pub fn load() {
    fluent::load_all();
}

/// The cookie that remembers the chosen language (not personal data; no consent needed).
pub const LANG_COOKIE: &str = "heard_lang";

/// The cookie that remembers which languages the invitee's council offers (codes only).
pub const OFFER_COOKIE: &str = "heard_offer";

/// The languages the language menu of the page being made offers (see
/// `server::security::offered_langs`).
#[derive(Clone, Debug, PartialEq)]
pub struct Offered(pub Vec<Lang>);

impl T {
    /// The text in `lang`. A message with variables comes with them as `{name}` (as `fill`
    /// expects), and a plural in its default form.
    ///
    /// Server only: under `hydrate` without `ssr` this is empty, since the .ftl files are not in
    /// the WebAssembly bundle (islands never call it; they receive translated strings as props).
    pub fn get(self, lang: Lang) -> &'static str {
        #[cfg(feature = "ssr")]
        {
            fluent::get(self, lang)
        }
        #[cfg(not(feature = "ssr"))]
        {
            let _ = lang;
            ""
        }
    }

    /// The text in `lang` with its variables filled: `("minutes", "7")` fills `{ $minutes }`. A
    /// value that is a plain number (`7`, `2.5`) chooses a plural variant; every value `x` also
    /// fills `{ $x_soft }` with its Welsh soft mutation ("dydd Llun" → "ddydd Llun"; the same in
    /// English) for after "ar", "tan" and the like. A variable left out stays as `{name}`.
    ///
    /// Server only, like [`T::get`]: empty under `hydrate` without `ssr`.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        #[cfg(feature = "ssr")]
        {
            fluent::fill(self, lang, args)
        }
        #[cfg(not(feature = "ssr"))]
        {
            let _ = (lang, args);
            String::new()
        }
    }
}

/// A message in the language it is shown in (its dates written out in that language too, and
/// soft-mutated as `$name_soft` for the Welsh that needs it).
impl crate::model::Msg {
    pub fn text(&self, lang: Lang) -> String {
        let dates: Vec<(String, String)> = self.dates.iter().map(|(n, d)| (n.clone(), long_date(*d, lang))).collect();
        let args: Vec<(&str, &str)> = self.args.iter().chain(dates.iter()).map(|(n, v)| (n.as_str(), v.as_str())).collect();
        self.key.fill(lang, &args)
    }
}
