//! Data out to the case record: one review as a versioned JSON document with a published
//! schema (`review-export-v1.schema.json`, served at `SCHEMA_PATH`). Its fields follow the
//! voice-of-the-child and looked-after-review items of the Standard Safeguarding Dataset: the
//! case reference, the review and its dates, how the child and each adult took part, advocacy
//! offered and asked for, alerts, and every answer sent with its question and sharing choice.
//! Only what people chose to send is in it: words typed and not sent are still theirs.

#[cfg(feature = "ssr")]
pub mod route;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// The document's version: a new major version is a new schema at a new address.
pub const EXPORT_VERSION: &str = "1.0";

/// Where the schema is published, from the server's base address.
pub const SCHEMA_PATH: &str = "/schema/review-export-v1.json";

/// The schema itself (JSON Schema, draft 2020-12).
pub const SCHEMA: &str = include_str!("review-export-v1.schema.json");

/// Words in both of Heard's languages, as each question was asked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BothLanguages {
    pub en: String,
    pub cy: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewExport {
    #[serde(rename = "$schema")]
    pub schema: String,
    pub version: String,
    /// When the document was made (RFC 3339, UTC).
    pub generated_at: String,
    pub child: ExportChild,
    pub review: ExportReview,
    /// How the child took part.
    pub child_participation: ChildParticipation,
    /// Everyone asked for their views: the child, parents, carers.
    pub participants: Vec<Participant>,
    pub advocacy: ExportAdvocacy,
    pub alerts: Vec<ExportAlert>,
    pub answers: Vec<ExportAnswer>,
    pub additions: Vec<ExportAddition>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportChild {
    /// The case system's id for the child, when Heard has it.
    pub case_reference: Option<String>,
    pub heard_id: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportReview {
    pub id: i64,
    /// first, second, subsequent, short_breaks_first or after_move (brought forward by an
    /// unplanned change of placement).
    pub kind: String,
    /// booked, held or cancelled.
    pub status: String,
    pub due_on: String,
    pub meeting_on: String,
    pub meeting_at: String,
    /// in_person, video, phone or hybrid.
    pub arrangement: String,
    pub report_deadline: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChildParticipation {
    pub invited: bool,
    pub views_sent: bool,
    pub advocate_requested: bool,
    /// Whether the child came to the meeting: recorded in the case system, not in Heard.
    pub attended: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// child, parent or carer.
    pub role: String,
    /// email or post.
    pub delivery: String,
    pub language: String,
    /// not_sent, sent, opened, in_progress or submitted.
    pub status: String,
    pub views_sent_on: Option<String>,
    pub advocate_requested: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportAdvocacy {
    /// An advocate is offered to every child and parent asked (carers are not offered one).
    pub offered: bool,
    pub requests: Vec<AdvocacyRequest>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvocacyRequest {
    pub role: String,
    /// The reference the advocacy provider was given.
    pub reference: String,
    /// requested, contacted or closed.
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportAlert {
    pub raised_at: String,
    pub acknowledged_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportAnswer {
    pub role: String,
    pub section_id: String,
    pub question_id: String,
    pub question_text: BothLanguages,
    pub choices: Vec<ExportChoice>,
    /// Their own words, exactly as written.
    pub words: String,
    /// The language they answered in: cy or en.
    pub language: String,
    /// share: for the meeting; private: just for their IRO.
    pub sharing: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportChoice {
    pub id: String,
    pub text: BothLanguages,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportAddition {
    pub role: String,
    pub added_at: String,
    pub words: String,
    pub language: String,
    pub sharing: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of review Heard stores is a code the published schema allows.
    #[test]
    fn the_schema_knows_every_kind_of_review() {
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
        let kinds = schema["properties"]["review"]["properties"]["kind"]["enum"].as_array().expect("kinds").clone();
        for kind in crate::domain::schedule::DueReason::ALL {
            assert!(kinds.contains(&serde_json::Value::from(kind.as_str())), "{} missing from the schema", kind.as_str());
        }
        let statuses = schema["properties"]["review"]["properties"]["status"]["enum"].as_array().expect("statuses").clone();
        for status in crate::domain::reviews::ReviewStatus::ALL {
            assert!(statuses.contains(&serde_json::Value::from(status.as_str())), "{} missing", status.as_str());
        }
    }
}
