//! Staff accounts: roles and the validated values a staff record is made of.

use crate::model::T;
use serde::{Deserialize, Serialize};

/// A lower-cased email address with a plausible shape. Deliverability is not checked here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, T> {
        let value = input.trim().to_lowercase();
        let valid = value.len() <= 254
            && !value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == ',')
            && match value.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid {
            Ok(EmailAddress(value))
        } else {
            Err(T::ErrEmailInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, domain)| domain)
    }
}

/// The domain of a council's staff addresses (`cardiff.gov.uk`), lower case: what council
/// sign-in vouches for. A leading `@` is forgiven.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailDomain(String);

impl EmailDomain {
    pub fn parse(input: &str) -> Result<EmailDomain, T> {
        let value = input.trim().trim_start_matches('@').to_lowercase();
        let labels: Vec<&str> = value.split('.').collect();
        let valid = value.len() <= 253
            && labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if valid {
            Ok(EmailDomain(value))
        } else {
            Err(T::CouncilSignInDomainInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as they want it shown: one line, 1 to 100 characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, T> {
        let value = crate::domain::text::clean_line(input);
        if value.is_empty() {
            Err(T::ErrNameRequired)
        } else if value.chars().count() > 100 {
            Err(T::ErrNameTooLong)
        } else {
            Ok(PersonName(value))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A staff password that meets the length rule (NCSC guidance: length over complexity rules).
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(input: &str) -> Result<NewPassword, T> {
        let count = input.chars().count();
        if count < Self::MIN_CHARS || input.trim().chars().count() < Self::MIN_CHARS {
            Err(T::ErrPasswordShort)
        } else if count > Self::MAX_CHARS {
            Err(T::ErrPasswordLong)
        } else {
            Ok(NewPassword(input.to_string()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_council_domain_is_a_plain_lower_case_domain() {
        assert_eq!(EmailDomain::parse(" @Cardiff.GOV.uk ").map(|d| d.0), Ok("cardiff.gov.uk".into()));
        assert_eq!(EmailAddress::parse("iro@cardiff.gov.uk").map(|e| e.domain().to_string()), Ok("cardiff.gov.uk".into()));
        for wrong in
            ["", "gov", "cardiff..gov.uk", "-cardiff.gov.uk", "cardiff.gov.uk/", "iro@cardiff.gov.uk", "car diff.gov.uk", "*.gov.uk"]
        {
            assert_eq!(EmailDomain::parse(wrong), Err(T::CouncilSignInDomainInvalid), "{wrong}");
        }
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(EmailAddress::parse(" IRO@Example.GOV.uk ").map(|e| e.0), Ok("iro@example.gov.uk".into()));
        for bad in ["", "no-at-sign", "a@b", "@example.org", "a@.org", "a@org.", "a b@c.org", "a@b@c.org", "a@b..org"] {
            assert_eq!(EmailAddress::parse(bad), Err(T::ErrEmailInvalid), "{bad}");
        }
    }

    #[test]
    fn names_are_required_and_bounded() {
        assert_eq!(PersonName::parse("   "), Err(T::ErrNameRequired));
        assert_eq!(PersonName::parse(&"a".repeat(101)), Err(T::ErrNameTooLong));
        assert_eq!(PersonName::parse(" Gwen  ap Rhys ").map(|n| n.0), Ok("Gwen ap Rhys".into()));
    }

    #[test]
    fn passwords_need_twelve_real_characters() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse("            a").is_err());
        assert!(NewPassword::parse("correct horse battery").is_ok());
        assert_eq!(NewPassword::parse(&"x".repeat(129)).err(), Some(T::ErrPasswordLong));
        assert_eq!(format!("{:?}", NewPassword::parse("a long secret phrase").ok()), "Some(NewPassword(****))");
    }
}
