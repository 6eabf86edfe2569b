//! The API a council's case system calls (`/api/v1/…`), and the keys it calls with. Admins make
//! keys per authority with scopes, see each once, and revoke or replace them; only a hash of a
//! key is kept. Every call is checked against its key's authority and scopes, limited in rate
//! and audited. The OpenAPI document (`openapi-v1.json`) describes it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod route;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use serde::{Deserialize, Serialize};
use time::Date;

/// What a key may do. `export`: read reviews' exports; `pack`: take reviews' packs as PDFs (more
/// than the export: the child's name, and their messages to their IRO, so a scope of its own);
/// `children`: add and update children by the import's rules; `reviews`: book and change
/// children's next reviews by the booking form's.
pub const SCOPES: [(&str, crate::i18n::T); 4] = [
    ("export", crate::i18n::T::ApiScopeExport),
    ("pack", crate::i18n::T::ApiScopePack),
    ("children", crate::i18n::T::ApiScopeChildren),
    ("reviews", crate::i18n::T::ApiScopeReviews),
];

/// Where the OpenAPI document is published.
pub const OPENAPI_PATH: &str = "/api/v1/openapi.json";

/// One key as its admin sees it: never the key itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyRow {
    pub id: i64,
    pub name: String,
    pub hint: String,
    pub scopes: Vec<String>,
    pub created_on: Date,
    pub last_used_on: Option<Date>,
    pub revoked: bool,
}

/// The keys page: every key of the authority, and a key just made, shown this once.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApiKeysPage {
    pub keys: Vec<ApiKeyRow>,
    pub new_key: Option<String>,
    /// Where the council's webhook calls go, if it has one.
    pub webhook_url: Option<String>,
    /// A webhook signing secret just made, shown this once.
    pub new_secret: Option<String>,
}
