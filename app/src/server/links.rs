//! Invitation links and short codes. Neither is stored: the database keeps a random salt and the
//! SHA-256 hashes; the server derives link and code from the salt with a key that lives outside
//! the database (derived from the session key), so a copy of the database opens nothing, while a
//! reminder or a reprinted letter can still carry the same link.

use crate::domain::reviews::code_from_bytes;
use crate::server::security::sha256_hex;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The secret that turns a salt into a link and a code.
#[derive(Clone)]
pub struct LinkKey([u8; 32]);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey(…)")
    }
}

fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(message);
    mac.finalize().into_bytes().into()
}

impl LinkKey {
    /// A key of its own for links, derived from the master secret (the session-signing key).
    pub fn derive(master: &[u8]) -> LinkKey {
        LinkKey(hmac(master, b"heard/invitation-links/v1"))
    }

    fn derive_for(&self, purpose: &str, salt: &str) -> [u8; 32] {
        hmac(&self.0, format!("{purpose}:{salt}").as_bytes())
    }

    /// Proof that a browser was given its device cookie by this server when `email` signed in
    /// on it (see `auth::known_device`): the same master-derived key, for its own purpose.
    pub fn device_proof(&self, nonce: &str, email: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(self.derive_for("device", &format!("{nonce}:{}", email.trim().to_lowercase())))
    }

    /// The secret part of the link: 256 bits, URL-safe (43 characters).
    pub fn token(&self, salt: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(self.derive_for("link", salt))
    }

    /// The short code printed on letters (see `domain::reviews::CODE_ALPHABET`).
    pub fn code(&self, salt: &str) -> String {
        // 32 bytes nearly always give 10 usable characters; another round covers the rare rest.
        let mut round = 0u32;
        loop {
            if let Some(code) = code_from_bytes(&self.derive_for(&format!("code{round}"), salt)) {
                return code;
            }
            round += 1;
        }
    }
}

/// A fresh random salt: 128 bits, hex.
pub fn new_salt() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn token_hash(token: &str) -> String {
    sha256_hex(&format!("link:{token}"))
}

pub fn code_hash(code: &str) -> String {
    sha256_hex(&format!("code:{code}"))
}

/// The address an invitation's link opens.
pub fn link_url(state: &crate::server::AppState, salt: &str) -> String {
    format!("{}/i/{}", state.settings.base_url.trim_end_matches('/'), state.settings.link_key.token(salt))
}

/// A link as an SVG QR code (black on white, with its quiet zone), ready to inline.
pub fn qr_svg(link: &str) -> Result<String, crate::server::AppError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| crate::server::AppError::Internal(format!("QR code: {e}")))?;
    let svg = code.render::<svg::Color>().min_dimensions(200, 200).quiet_zone(true).build();
    // Drop the XML declaration: the SVG goes inside HTML.
    Ok(svg.find("<svg").map(|start| svg[start..].to_string()).unwrap_or(svg))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::reviews::normalise_code;

    #[test]
    fn links_and_codes_are_stable_for_a_salt_and_differ_between_salts() {
        let key = LinkKey::derive(&[7u8; 64]);
        let salt = new_salt();
        assert_eq!(salt.len(), 32);
        assert_eq!(key.token(&salt), key.token(&salt));
        assert_eq!(key.code(&salt), key.code(&salt));
        let other = new_salt();
        assert_ne!(salt, other);
        assert_ne!(key.token(&salt), key.token(&other));
        assert_eq!(key.token(&salt).len(), 43);
    }

    #[test]
    fn another_key_gives_other_links() {
        let salt = new_salt();
        assert_ne!(LinkKey::derive(&[1u8; 64]).token(&salt), LinkKey::derive(&[2u8; 64]).token(&salt));
    }

    #[test]
    fn codes_can_be_typed_back() {
        let key = LinkKey::derive(&[9u8; 64]);
        for _ in 0..200 {
            let code = key.code(&new_salt());
            assert_eq!(normalise_code(&code.to_lowercase()).as_deref(), Some(code.as_str()));
        }
    }

    #[test]
    fn stored_hashes_do_not_contain_the_secret() {
        let key = LinkKey::derive(&[3u8; 64]);
        let salt = new_salt();
        let token = key.token(&salt);
        assert!(!token_hash(&token).contains(&token));
        assert_ne!(token_hash(&token), code_hash(&token), "the two hashes are kept apart");
    }
}
