//! The keys of every text Heard shows (one per Fluent message, generated at build time from
//! `app/locales/en`) and the languages it shows them in. The texts themselves are in `i18n`.

use serde::{Deserialize, Serialize};

// `enum T`, `T::ALL`, `T::id`, `T::file` and `T::vars`, generated from app/locales/en by build.rs.
include!(concat!(env!("OUT_DIR"), "/i18n_keys.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    En,
    Cy,
    /// Arabic.
    Ar,
    /// Polish.
    Pl,
    /// Romanian.
    Ro,
    /// Pashto.
    Ps,
    /// Persian: Farsi and Dari.
    Fa,
    /// Tigrinya.
    Ti,
    /// Central Kurdish (Sorani).
    Ckb,
}

/// Which way a language's script runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How far a language's words can be trusted: an admin sees this before offering a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// The language every message is first written in.
    Source,
    /// Checked by a qualified translator.
    Reviewed,
    /// Not yet checked by a qualified translator.
    Draft,
}

impl Lang {
    /// Every language, Welsh and English first (in Wales they are never second to another).
    pub const ALL: [Lang; 9] = [Lang::Cy, Lang::En, Lang::Ar, Lang::Ckb, Lang::Fa, Lang::Pl, Lang::Ps, Lang::Ro, Lang::Ti];

    /// The languages of the staff pages and every council: always offered, never switched off.
    pub const STAFF: [Lang; 2] = [Lang::Cy, Lang::En];

    /// The language's code (BCP 47), which is also its folder under `app/locales`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
            Lang::Ar => "ar",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
            Lang::Ps => "ps",
            Lang::Fa => "fa",
            Lang::Ti => "ti",
            Lang::Ckb => "ckb",
        }
    }

    /// Reads a language code such as `cy`, `cy-GB`, `en-GB`, `fa-AF` or `ckb`. Dari (`prs`)
    /// is written Persian; Kurdish in Arabic script (`ku-Arab`) is Sorani.
    pub fn parse(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let mut parts = lower.split(['-', '_']);
        let primary = parts.next()?;
        match primary {
            "cy" => Some(Lang::Cy),
            "en" => Some(Lang::En),
            "ar" => Some(Lang::Ar),
            "pl" => Some(Lang::Pl),
            "ro" => Some(Lang::Ro),
            "ps" => Some(Lang::Ps),
            "fa" | "prs" => Some(Lang::Fa),
            "ti" => Some(Lang::Ti),
            "ckb" => Some(Lang::Ckb),
            "ku" if parts.any(|part| part == "arab") => Some(Lang::Ckb),
            _ => None,
        }
    }

    /// The language's own name, as shown on the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
            Lang::Ar => "العربية",
            Lang::Pl => "Polski",
            Lang::Ro => "Română",
            Lang::Ps => "پښتو",
            Lang::Fa => "فارسی / دری",
            Lang::Ti => "ትግርኛ",
            Lang::Ckb => "کوردی سۆرانی",
        }
    }

    /// The language's name for staff, in English or Welsh (`staff`).
    pub fn staff_name(self, staff: Lang) -> &'static str {
        let (en, cy) = match self {
            Lang::En => ("English", "Saesneg"),
            Lang::Cy => ("Welsh", "Cymraeg"),
            Lang::Ar => ("Arabic", "Arabeg"),
            Lang::Pl => ("Polish", "Pwyleg"),
            Lang::Ro => ("Romanian", "Rwmaneg"),
            Lang::Ps => ("Pashto", "Pashto"),
            Lang::Fa => ("Farsi / Dari", "Ffarsi / Dari"),
            Lang::Ti => ("Tigrinya", "Tigrinya"),
            Lang::Ckb => ("Kurdish (Sorani)", "Cwrdeg (Sorani)"),
        };
        staff.pick(en, cy)
    }

    /// The language as staff read it: Welsh and English by their own names, any other by its
    /// name in `staff`'s language with its own beside it ("Arabic (العربية)").
    pub fn staff_label(self, staff: Lang) -> String {
        if self.is_staff() {
            self.own_name().to_string()
        } else {
            format!("{} ({})", self.staff_name(staff), self.own_name())
        }
    }

    /// Which way the language's script runs: Arabic script right to left.
    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar | Lang::Ps | Lang::Fa | Lang::Ckb => Direction::Rtl,
            Lang::En | Lang::Cy | Lang::Pl | Lang::Ro | Lang::Ti => Direction::Ltr,
        }
    }

    /// Whether a qualified translator has checked the words. A translator who checks a
    /// language changes its line here, in the same change as their corrections.
    pub fn review(self) -> Review {
        match self {
            Lang::En => Review::Source,
            // Heard's own Welsh, not yet checked by a qualified translator either.
            Lang::Cy | Lang::Ar | Lang::Pl | Lang::Ro | Lang::Ps | Lang::Fa | Lang::Ti | Lang::Ckb => Review::Draft,
        }
    }

    /// Whether Heard has recorded clips of its fixed words in this language: those for which
    /// espeak-ng has a voice (`.ci/tools/make-audio.mjs` records them). Pashto, Tigrinya and
    /// Sorani have none, so their words are read by the device's own voice where it has one.
    pub fn has_clips(self) -> bool {
        matches!(self, Lang::En | Lang::Cy | Lang::Ar | Lang::Fa | Lang::Pl | Lang::Ro)
    }

    /// Whether the staff pages (and so every council) have this language.
    pub fn is_staff(self) -> bool {
        Lang::STAFF.contains(&self)
    }

    /// The language a staff page is shown in for someone who chose this one: staff pages are in
    /// Welsh and English only.
    pub fn for_staff(self) -> Lang {
        if self.is_staff() {
            self
        } else {
            Lang::En
        }
    }

    /// Of something kept in Welsh and English only (a council's name), the one to show: the
    /// Welsh in Welsh, else the English.
    pub fn pick<'a>(self, en: &'a str, cy: &'a str) -> &'a str {
        if self == Lang::Cy {
            cy
        } else {
            en
        }
    }

    /// The staff languages a message in this language also points to ("also in Welsh",
    /// "also in English"): Welsh first, never itself.
    pub fn also_offered(self) -> Vec<Lang> {
        Lang::STAFF.into_iter().filter(|other| *other != self).collect()
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
