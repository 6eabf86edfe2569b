//! Two-step sign-in for staff who sign in with a password: after the password, a six-digit code
//! from an authenticator app (TOTP, RFC 6238), or one of ten one-use recovery codes. Admins
//! always need it; a council may ask it of everyone. Setting it up shows a QR code and the
//! secret to type; the recovery codes are shown once.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
pub mod view;

use serde::{Deserialize, Serialize};

/// The code step, after a right password.
pub const CODE_PAGE: &str = "/sign-in/code";
/// Setting up before signing in (for someone who must have it and has not).
pub const SET_UP_AT_SIGN_IN: &str = "/sign-in/set-up";
/// Setting it up from one's account.
pub const SET_UP_PAGE: &str = "/staff/account/two-step";
/// Where new recovery codes are shown, once.
pub const CODES_PAGE: &str = "/staff/account/recovery-codes";

/// What the set-up page shows: the QR code of the otpauth address, and the same secret to type.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetUp {
    /// The secret in groups of four (base32).
    pub secret: String,
    /// The otpauth:// address as an SVG QR code.
    pub qr_svg: String,
    /// Whether this is at sign-in (the person must set it up to go on) or from their account.
    pub at_sign_in: bool,
    /// A signed-in member who has it on already: nothing to set up (turn it off first).
    pub already_on: bool,
}

/// A member's two-step sign-in as their account page shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Status {
    pub on: bool,
    /// They may not turn it off: they are an admin, or their council asks it of everyone.
    pub required: bool,
    pub codes_left: i64,
}
