//! Server functions for the audit trail (admins): thin, each calls `server::audit`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::Date;

/// One line of the audit trail: who, when, what, about which record, from where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditLine {
    pub on: Date,
    pub at: String,
    /// The member of staff; None for a child, parent or carer acting through their invitation.
    pub who: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub from: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditTrail {
    pub lines: Vec<AuditLine>,
    /// Every kind of event recorded in this authority, for the filter.
    pub actions: Vec<String>,
    /// More matched than are shown.
    pub truncated: bool,
}

/// The authority's audit trail, newest first, filtered by what happened and between two days.
#[server(endpoint = "audit_trail")]
pub async fn load_audit_trail(action: Option<String>, from: Option<String>, to: Option<String>) -> Result<AuditTrail, ServerFnError> {
    use crate::server::error::OrServerFnError;
    crate::server::audit::trail(action.as_deref().unwrap_or(""), from.as_deref().unwrap_or(""), to.as_deref().unwrap_or("")).await.or_sfn()
}
