//! Work lists: the authority's children found by name, case reference or date of birth,
//! filtered by what needs doing (each filter with its count), sorted, and paged fifty at a time,
//! all by plain links and a GET form so they work before (or without) WebAssembly. The homes
//! draw their short lists from here too.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;

use crate::domain::schedule::{Due, ReviewState};
use crate::domain::worklist::{Filter, Sort};
use crate::features::invitations::InvitationRow;
use crate::features::reviews::ReviewDetail;
use crate::model::{ChildId, ChildTag};
use serde::{Deserialize, Serialize};
use time::Date;

/// A child on a work list or a home: when their next review is due, the booked one if there is
/// one with who has replied, and what else needs attention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildLine {
    pub child_id: ChildId,
    pub child_name: String,
    /// Tells them apart from another child of the same name.
    pub child_tag: ChildTag,
    pub iro_name: Option<String>,
    pub due: Due,
    pub state: ReviewState,
    pub review: Option<ReviewDetail>,
    pub invitations: Vec<InvitationRow>,
    /// An "I don't feel safe" alert nobody has acknowledged yet.
    pub open_alert: bool,
    /// An advocate was asked for and the request is still open.
    pub advocacy_asked: bool,
    /// How many people are on their record to invite (see `features::contacts`).
    pub contacts: usize,
}

impl ChildLine {
    /// The date that matters most: the meeting if booked, else the due date.
    pub fn key_date(&self) -> Date {
        self.review.as_ref().map_or(self.due.date, |r| r.meeting_on)
    }
}

/// What was asked of the work list, as it came in the address (anything unknown falls back).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WorklistAsk {
    /// "mine" or "all": an IRO starts with their own children.
    pub scope: String,
    pub q: String,
    pub filter: String,
    pub sort: String,
    pub page: String,
}

/// One page of a work list, with the count behind every filter the viewer has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Worklist {
    /// Only the viewer's own children (IROs only).
    pub mine: bool,
    /// For an IRO: how many of their own children, and of the authority's, the search finds.
    pub scope_counts: Option<(usize, usize)>,
    pub q: String,
    pub filter: Filter,
    pub sort: Sort,
    /// Each filter this viewer has, with how many children the search leaves in it.
    pub counts: Vec<(Filter, usize)>,
    pub rows: Vec<ChildLine>,
    /// Children the search and filter leave, on every page.
    pub total: usize,
    /// The page shown (from 1) and how many there are.
    pub page: usize,
    pub pages: usize,
    /// The position of the first row shown, from 1 (0 when there are none).
    pub first: usize,
    /// On lists of children with nothing booked: the council's usual meeting place, to book the
    /// chosen ones in one go.
    pub usual_arrangements: Option<String>,
}
