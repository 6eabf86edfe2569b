//! Two-step sign-in's pure rules: what a typed code is, how recovery codes look, and how a
//! secret is shown for typing into an authenticator app.

/// Digits in an authenticator code (RFC 6238's usual six).
pub const CODE_DIGITS: usize = 6;

/// Seconds each authenticator code lasts.
pub const STEP_SECONDS: i64 = 30;

/// Recovery codes given at a time.
pub const RECOVERY_CODES: usize = 10;

/// Letters and digits of recovery codes: lower case, none that look alike (0/o, 1/l/i).
pub const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Characters in a recovery code (two groups of five): 31^10, about 49 bits, each usable once
/// and tried at the sign-in rate limit.
pub const RECOVERY_LENGTH: usize = 10;

/// What someone typed at the code step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypedCode {
    /// Six digits from the authenticator app.
    App(String),
    /// A recovery code, normalised (lower case, no spaces or dash).
    Recovery(String),
}

/// Reads a typed code, forgiving spaces, dashes and capitals (apps show "123 456"; recovery
/// codes are printed "abcde-fghjk"). `None` when it is neither kind.
pub fn parse_code(typed: &str) -> Option<TypedCode> {
    let compact: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_lowercase();
    if compact.len() == CODE_DIGITS && compact.bytes().all(|b| b.is_ascii_digit()) {
        return Some(TypedCode::App(compact));
    }
    if compact.len() == RECOVERY_LENGTH && compact.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)) {
        return Some(TypedCode::Recovery(compact));
    }
    None
}

/// A recovery code from random bytes (one character per byte, unbiased: bytes beyond the
/// largest multiple of the alphabet's size are skipped). `None` if the bytes ran out.
pub fn recovery_code(random: &[u8]) -> Option<String> {
    let size = RECOVERY_ALPHABET.len();
    let limit = 256 - 256 % size;
    let code: String = random
        .iter()
        .filter(|b| usize::from(**b) < limit)
        .take(RECOVERY_LENGTH)
        .map(|b| char::from(RECOVERY_ALPHABET[usize::from(*b) % size]))
        .collect();
    (code.len() == RECOVERY_LENGTH).then_some(code)
}

/// A recovery code as shown and printed: "abcde-fghjk".
pub fn show_recovery(code: &str) -> String {
    let (first, second) = code.split_at(code.len().min(RECOVERY_LENGTH / 2));
    format!("{first}-{second}")
}

/// An authenticator secret (base32) in groups of four, for typing into an app by hand.
pub fn group_secret(base32: &str) -> String {
    base32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_codes_are_six_digits_however_spaced() {
        assert_eq!(parse_code("123456"), Some(TypedCode::App("123456".into())));
        assert_eq!(parse_code(" 123 456 "), Some(TypedCode::App("123456".into())));
        assert_eq!(parse_code("12345"), None);
        assert_eq!(parse_code("1234567"), None);
        assert_eq!(parse_code("12345a"), None);
        assert_eq!(parse_code(""), None);
    }

    #[test]
    fn recovery_codes_are_read_without_dash_case_or_spaces() {
        assert_eq!(parse_code("ABCDE-FGHJK"), Some(TypedCode::Recovery("abcdefghjk".into())));
        assert_eq!(parse_code("abcde fghjk"), Some(TypedCode::Recovery("abcdefghjk".into())));
        // 'l', 'o', '0' and '1' are never in a recovery code.
        assert_eq!(parse_code("abcde-fghjl"), None);
        assert_eq!(parse_code("abcde-fgh"), None);
    }

    #[test]
    fn recovery_codes_come_from_the_alphabet_and_read_back() {
        let random: Vec<u8> = (0..=255).collect();
        let code = recovery_code(&random).expect("enough bytes");
        assert_eq!(code.len(), RECOVERY_LENGTH);
        assert_eq!(parse_code(&show_recovery(&code)), Some(TypedCode::Recovery(code.clone())));
        assert_eq!(show_recovery("abcdefghjk"), "abcde-fghjk");
        // Bytes that would bias the choice are skipped; too few usable bytes give nothing.
        assert_eq!(recovery_code(&[255; 40]), None);
        assert_eq!(recovery_code(&[0; 9]), None);
    }

    #[test]
    fn secrets_are_grouped_in_fours() {
        assert_eq!(group_secret("ABCDEFGHIJ"), "ABCD EFGH IJ");
        assert_eq!(group_secret(""), "");
    }
}
