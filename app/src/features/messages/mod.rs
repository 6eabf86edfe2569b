//! "Tell my IRO": a child sends their IRO a message between reviews; the IRO reads it (audited).

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use crate::domain::forms::{Band, MessageKind};
use crate::model::ChildId;
use serde::{Deserialize, Serialize};
use time::Date;

/// A message the child sent, as they see it back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentMessageView {
    pub kind: MessageKind,
    pub words: String,
    pub sent_on: Date,
    pub read: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessagePage {
    pub band: Band,
    pub sent: Vec<SentMessageView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IroMessage {
    pub child_id: ChildId,
    pub child_name: String,
    pub kind: MessageKind,
    pub words: String,
    pub language: crate::i18n::Lang,
    pub sent_on: Date,
}
