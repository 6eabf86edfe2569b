//! The IRO's pre-review pack: everything the child, parents and carers said, alerts first, as a
//! page and as a password-protected PDF.

pub mod api;
#[cfg(feature = "ssr")]
pub mod pdf;
#[cfg(feature = "ssr")]
pub mod route;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::{Choice, MessageKind, Text};
use crate::domain::reviews::{Audience, InvitationStatus};
use crate::features::reviews::ReviewDetail;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use time::Date;

/// The pack page's form for the protected download (its errors come back under this name).
pub const PDF_FORM: &str = "pack-pdf";

/// An urgent alert as the pack shows it: when, and who is dealing with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackAlert {
    pub raised_on: Date,
    pub raised_time: String,
    pub acknowledged_by: Option<String>,
    pub acknowledged_on: Option<Date>,
}

/// One answer as its author gave it: the question in the IRO's language, the answer in theirs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackAnswer {
    pub symbol: String,
    pub question: Text,
    pub choices: Vec<Choice>,
    pub words: String,
    pub language: Lang,
    /// The child asked for this to be just for their IRO.
    pub private: bool,
    /// Recordings and drawings given for this answer.
    pub media: Vec<PackMedia>,
}

/// A recording or drawing in the pack, and where the IRO plays or sees it (each opening audited).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackMedia {
    pub id: i64,
    pub kind: crate::features::media::MediaKind,
    pub path: String,
}

impl PackMedia {
    pub fn new(review_id: crate::model::ReviewId, id: i64, kind: crate::features::media::MediaKind) -> PackMedia {
        PackMedia { id, kind, path: format!("/staff/reviews/{}/media/{id}", review_id.get()) }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackSection {
    pub id: String,
    pub symbol: String,
    pub title: Text,
    pub answers: Vec<PackAnswer>,
}

/// Something added after sending.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackAddition {
    pub added_on: Date,
    pub words: String,
    pub language: Lang,
    pub private: bool,
}

/// Everything one person (the child, a parent, a carer) said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackVoice {
    pub audience: Audience,
    pub first_name: String,
    pub sent_on: Option<Date>,
    pub sections: Vec<PackSection>,
    pub additions: Vec<PackAddition>,
}

impl PackVoice {
    /// The languages this person answered in, in `Lang::ALL` order.
    pub fn languages(&self) -> Vec<Lang> {
        let used: Vec<Lang> = self
            .sections
            .iter()
            .flat_map(|s| s.answers.iter().map(|a| a.language))
            .chain(self.additions.iter().map(|a| a.language))
            .collect();
        Lang::ALL.into_iter().filter(|lang| used.contains(lang)).collect()
    }

    /// "Answered in …" in the reader's language, and whether an interpreter is needed (a
    /// language staff do not read); `None` before they answered anything.
    pub fn languages_line(&self, lang: Lang) -> Option<(String, bool)> {
        let used = self.languages();
        if used.is_empty() {
            return None;
        }
        let names = used.iter().map(|l| if l.is_staff() { l.staff_name(lang).to_string() } else { l.staff_label(lang) });
        let line = crate::i18n::T::PackLanguageUsed.fill(lang, &[("languages", &names.collect::<Vec<_>>().join(", "))]);
        Some((line, used.iter().any(|l| !l.is_staff())))
    }
}

/// Someone asked for their views who has not sent them yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackWaiting {
    pub first_name: String,
    pub audience: Audience,
    pub status: InvitationStatus,
    pub reminder_sent: bool,
}

/// A request for an advocate made through this review: who, the reference, and its status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackAdvocacy {
    pub first_name: String,
    pub audience: Audience,
    pub reference: String,
    pub status: String,
}

/// A "tell my IRO" message from the child.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackMessage {
    pub kind: MessageKind,
    pub words: String,
    pub language: Lang,
    pub sent_on: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackData {
    pub review: ReviewDetail,
    pub alerts: Vec<PackAlert>,
    pub child: Option<PackVoice>,
    pub adults: Vec<PackVoice>,
    pub messages: Vec<PackMessage>,
    pub advocacy: Vec<PackAdvocacy>,
    /// People asked for their views who have not sent them (not those invited to the meeting only).
    pub waiting: Vec<PackWaiting>,
    /// Anyone at all was asked for their views.
    pub anyone_invited: bool,
    /// Opened by an IRO covering for the child's own (nothing is marked read).
    pub covering: bool,
}
