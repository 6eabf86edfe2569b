//! What staff see at a glance, drawn from every other feature: each role's home (the IRO's
//! children and what needs their attention; business support's bookings, letters and chasing),
//! a child's page and a review's page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;

use crate::domain::children::{AgeBand, LegalBasis};
use crate::domain::forms::MessageKind;
use crate::domain::reviews::Audience;
use crate::features::invitations::InvitationRow;
use crate::features::reviews::PastReview;
use crate::features::reviews::ReviewDetail;
use crate::features::worklist::ChildLine;
use crate::i18n::Lang;
use crate::model::ChildId;
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewPageData {
    pub review: ReviewDetail,
    pub invitations: Vec<InvitationRow>,
    /// Messages about this review (to invitees, alerts, referrals) not delivered yet.
    pub undelivered: Vec<crate::features::outbox::Undelivered>,
    pub post_enabled: bool,
    pub child_language: Lang,
    /// The languages the authority offers, Welsh and English first.
    pub languages: Vec<Lang>,
    /// The viewer is the child's allocated IRO (who alone confirms the meeting and resets secrets).
    pub viewer_is_childs_iro: bool,
    /// The viewer may open this review's pack (the child's IRO, or covering for them).
    pub viewer_opens_pack: bool,
    /// Names the date, time and arrangements shown, so a confirmation is of what the IRO saw.
    pub meeting_seen: String,
    /// The viewer may write (or read) the outcome letter: the meeting day has come.
    pub letter_open: bool,
    /// The outcome letter has been sent.
    pub letter_sent: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildOverview {
    pub id: ChildId,
    pub preferred_name: String,
    pub full_name: String,
    pub age: i32,
    pub band: AgeBand,
    pub language: Lang,
    pub legal_basis: LegalBasis,
    pub looked_after_since: Date,
    pub iro_name: Option<String>,
    pub communication_needs: String,
    pub placement_type: String,
    pub line: ChildLine,
    pub history: Vec<PastReview>,
    pub moves: Vec<Date>,
    /// Who is usually invited to their reviews.
    pub contacts: crate::features::contacts::Contacts,
}

/// A short list on a home: the first few children a filter picks, and how many it picks in all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeList {
    pub filter: crate::domain::worklist::Filter,
    pub lines: Vec<ChildLine>,
    pub total: usize,
}

/// Business support's jobs, in the order they do them: book, invite, post, chase.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportHome {
    pub jobs: Vec<HomeList>,
}

/// The IRO's worklist under their alerts: the next four weeks' meetings, then drift.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IroWork {
    /// Booked meetings in the next four weeks, soonest first, each with who has replied.
    pub meetings: Vec<ChildLine>,
    pub meetings_total: usize,
    /// Overdue, or due within a month with nothing booked: most urgent first.
    pub drift: Vec<ChildLine>,
    pub drift_total: usize,
    /// All the children allocated to them.
    pub total: usize,
}

/// An urgent alert on the IRO's home: who, and when (never what else they said).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlertLine {
    pub id: i64,
    pub child_id: ChildId,
    pub child_name: String,
    pub raised_on: Date,
    pub raised_time: String,
}

/// A child's message on the IRO's home: who, what about, when (the words are one click away,
/// and that click is audited).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IroMessageLine {
    pub id: i64,
    pub child_id: ChildId,
    pub child_name: String,
    pub kind: MessageKind,
    pub sent_on: Date,
}

/// A child's request for an advocate, on their IRO's home.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyLine {
    pub child_id: ChildId,
    pub child_name: String,
    pub reference: String,
    pub asked_on: Date,
    /// The child, or one of their parents.
    pub audience: Audience,
}

/// What needs the IRO's attention first on their home: urgent alerts, children's messages, and
/// requests for an advocate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IroAttention {
    pub alerts: Vec<AlertLine>,
    pub messages: Vec<IroMessageLine>,
    pub advocacy: Vec<AdvocacyLine>,
    /// Alerts, messages and referrals about their children that email has not delivered yet.
    pub undelivered: Vec<crate::features::outbox::Undelivered>,
}
