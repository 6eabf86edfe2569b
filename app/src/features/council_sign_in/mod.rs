//! Staff sign in through their council's own accounts (OpenID Connect: the authorisation code
//! flow with PKCE; Microsoft Entra ID first). Each authority sets its provider, client and the
//! email domain it vouches for; a member is matched by email to an account an admin made, and
//! nobody gets an account by signing in. The council's sign-in asks its own second factor, so
//! Heard's two-step sign-in is for password accounts only.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use serde::{Deserialize, Serialize};

/// Where an admin sets it.
pub const SETTINGS_PAGE: &str = "/staff/admin/sign-in";
/// The page that hands the browser on to the council's sign-in.
pub const CONTINUE_PAGE: &str = "/sign-in/council";
/// Where the council's sign-in sends the browser back (registered with the provider), under
/// `/api/sign_in/` with the other sign-in steps. (The device cookie is SameSite=Strict, so it
/// does not come back from another site: a council sign-in is throttled as a new browser's.)
pub const RETURN_PATH: &str = "/api/sign_in/council/back";

/// An authority's council sign-in as its admin sees it (never the secret).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub on: bool,
    pub issuer: String,
    pub client_id: String,
    pub email_domain: String,
    /// The address to register with the provider.
    pub return_address: String,
}

/// Where the browser goes next, for the page that hands it on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Onward {
    /// The provider's sign-in address; empty when no council sign-in was started here.
    pub address: String,
    pub council: String,
}
