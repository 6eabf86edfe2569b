//! Sealing secrets the database must keep but must not give away on its own (an authenticator
//! app's shared secret, a child's recording or drawing): ChaCha20-Poly1305 with a key derived from the configured master secret.
//! A copy of the database without the configuration opens nothing, and a sealed value changed
//! in the database fails to open rather than opening as something else.

use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

/// The key that seals and opens; never printed.
#[derive(Clone)]
pub struct SealKey([u8; 32]);

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(…)")
    }
}

/// A sealed value's format, written first so a later format can be told apart.
const VERSION: &str = "v1.";

/// The first byte of bytes sealed by `seal_bytes`.
const BYTES_VERSION: u8 = 1;

impl SealKey {
    /// A key of its own for sealing, derived from the master secret (the session-signing key).
    pub fn derive(master: &[u8]) -> SealKey {
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(master).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(b"heard/sealed-secrets/v1");
        SealKey(mac.finalize().into_bytes().into())
    }

    /// Seals `plain` for `purpose` (e.g. "totp:42"): a value sealed for one purpose does not
    /// open for another, so a sealed secret copied onto another row is refused.
    pub fn seal(&self, purpose: &str, plain: &[u8]) -> String {
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&self.0));
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        // Encryption fails only for inputs of many gigabytes.
        let sealed = cipher
            .encrypt(&nonce, Payload { msg: plain, aad: purpose.as_bytes() })
            .unwrap_or_else(|_| unreachable!("a short secret always seals"));
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{VERSION}{}", base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes))
    }

    /// Seals `plain` for `purpose` as bytes (a recording or a drawing, kept in a binary column):
    /// the format's version, the nonce, then the sealed bytes. Up to the size of an upload.
    pub fn seal_bytes(&self, purpose: &str, plain: &[u8]) -> Vec<u8> {
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&self.0));
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = cipher
            .encrypt(&nonce, Payload { msg: plain, aad: purpose.as_bytes() })
            .unwrap_or_else(|_| unreachable!("ChaCha20-Poly1305 seals up to 256 GiB; uploads are megabytes"));
        let mut bytes = Vec::with_capacity(1 + nonce.len() + sealed.len());
        bytes.push(BYTES_VERSION);
        bytes.extend_from_slice(&nonce);
        bytes.extend_from_slice(&sealed);
        bytes
    }

    /// The bytes sealed for `purpose` by `seal_bytes`, or `None` if sealed with another key, for
    /// another purpose, or changed.
    pub fn open_bytes(&self, purpose: &str, sealed: &[u8]) -> Option<Vec<u8>> {
        let (&version, rest) = sealed.split_first()?;
        if version != BYTES_VERSION || rest.len() < 12 {
            return None;
        }
        let (nonce, body) = rest.split_at(12);
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&self.0));
        cipher.decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad: purpose.as_bytes() }).ok()
    }

    /// A keyed fingerprint of `value` for `purpose` (hex HMAC-SHA256), for secrets kept only to
    /// be matched (recovery codes): short enough to guess one by one, so the database alone must
    /// not be enough to try them.
    pub fn tag(&self, purpose: &str, value: &str) -> String {
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The value sealed for `purpose`, or `None` if it was sealed with another key, for another
    /// purpose, or changed.
    pub fn open(&self, purpose: &str, sealed: &str) -> Option<Vec<u8>> {
        let bytes = base64::engine::general_purpose::STANDARD_NO_PAD.decode(sealed.strip_prefix(VERSION)?).ok()?;
        if bytes.len() < 12 {
            return None;
        }
        let (nonce, body) = bytes.split_at(12);
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&self.0));
        cipher.decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad: purpose.as_bytes() }).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_with_its_key_and_purpose_only() {
        let key = SealKey::derive(&[1; 64]);
        let sealed = key.seal("totp:1", b"the secret");
        assert!(!sealed.contains("the secret"));
        assert_eq!(key.open("totp:1", &sealed).as_deref(), Some(&b"the secret"[..]));
        assert_eq!(key.open("totp:2", &sealed), None, "another row's purpose");
        assert_eq!(SealKey::derive(&[2; 64]).open("totp:1", &sealed), None, "another key");
        assert_ne!(key.seal("totp:1", b"the secret"), sealed, "a fresh nonce each time");
    }

    #[test]
    fn sealed_bytes_open_with_their_key_and_purpose_only_and_not_once_changed() {
        let key = SealKey::derive(&[1; 64]);
        let plain: Vec<u8> = (0..=255).cycle().take(10_000).collect();
        let sealed = key.seal_bytes("media:1:q:voice", &plain);
        assert!(!sealed.windows(16).any(|w| w == &plain[..16]), "nothing of the plain bytes shows");
        assert_eq!(key.open_bytes("media:1:q:voice", &sealed).as_deref(), Some(&plain[..]));
        assert_eq!(key.open_bytes("media:2:q:voice", &sealed), None, "another row's purpose");
        assert_eq!(SealKey::derive(&[2; 64]).open_bytes("media:1:q:voice", &sealed), None, "another key");
        let mut changed = sealed.clone();
        changed[500] ^= 1;
        assert_eq!(key.open_bytes("media:1:q:voice", &changed), None);
        assert_eq!(key.open_bytes("media:1:q:voice", &sealed[..40]), None, "cut short");
        assert_eq!(key.open_bytes("media:1:q:voice", &[]), None);
    }

    #[test]
    fn a_changed_or_garbled_value_does_not_open() {
        let key = SealKey::derive(&[1; 64]);
        let sealed = key.seal("p", b"abc");
        let mut changed = sealed.clone().into_bytes();
        let last = changed.len() - 2;
        changed[last] = if changed[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(key.open("p", &String::from_utf8(changed).expect("ascii")), None);
        assert_eq!(key.open("p", "v1.short"), None);
        assert_eq!(key.open("p", "not sealed at all"), None);
    }
}
