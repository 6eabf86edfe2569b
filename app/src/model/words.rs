//! The keys of every text Heard shows (one per Fluent message, generated at build time from
//! `app/locales/en`) and the languages it shows them in. The texts themselves are in `i18n`.

use serde::{Deserialize, Serialize};

// `enum T`, `T::ALL`, `T::id`, `T::file` and `T::vars`, generated from app/locales/en by build.rs.
include!(concat!(env!("OUT_DIR"), "/i18n_keys.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Cy, Lang::En];

    /// The language's code, which is also its folder under `app/locales`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// Reads a language code such as `cy`, `cy-GB`, `en` or `en-GB`.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "cy" => Some(Lang::Cy),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as shown on the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }
}

impl T {
    /// The words for a parent or carer when they differ from a child's (Welsh "chi", not "ti").
    /// The child's words are in `child.ftl`, the adult's in `family.ftl`.
    pub fn for_adults(self, adult: bool) -> T {
        if !adult {
            return self;
        }
        match self {
            T::SecretPhraseAgain => T::AdultSecretPhraseAgain,
            T::UnlockGo => T::AdultUnlockGo,
            T::FormLaterSaved => T::AdultFormLaterSaved,
            T::FormLaterReturn => T::AdultFormLaterReturn,
            T::AdvocacyFrom => T::AdultAdvocacyFrom,
            T::AdvocacyReference => T::AdultAdvocacyReference,
            T::DoneWhatYouSaid => T::AdultDoneWhatYouSaid,
            T::DoneAddUntil => T::AdultDoneAddUntil,
            T::AddMoreLabel => T::AdultAddMoreLabel,
            T::CheckNothing => T::AdultCheckNothing,
            T::FormProgress => T::AdultFormProgress,
            T::FormOffline => T::AdultFormOffline,
            T::FormRetrying => T::AdultFormRetrying,
            T::FormSignedOut => T::AdultFormSignedOut,
            T::SecretPhraseShort => T::AdultSecretPhraseShort,
            T::SecretPhraseLong => T::AdultSecretPhraseLong,
            T::SecretPhraseDiffer => T::AdultSecretPhraseDiffer,
            T::UnlockWrong => T::AdultUnlockWrong,
            T::UnlockLocked => T::AdultUnlockLocked,
            T::ConsultTooLong => T::AdultConsultTooLong,
            T::ConsultNotAChoice => T::AdultConsultNotAChoice,
            T::AddMoreEmpty => T::AdultAddMoreEmpty,
            T::AddMoreClosed => T::AdultAddMoreClosed,
            T::AddMoreSaved => T::AdultAddMoreSaved,
            T::AdvocacyAsked => T::AdultAdvocacyAsked,
            T::ConsultAlreadySent => T::AdultConsultAlreadySent,
            T::FormCarryOn => T::AdultFormCarryOn,
            T::MyReviewTitle => T::AdultMyReviewTitle,
            T::CheckSaved => T::AdultCheckSaved,
            other => other,
        }
    }
}
