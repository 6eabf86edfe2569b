//! Ids of every kind of record, each its own type: a `ReviewId` cannot be passed where an
//! `InvitationId` is meant, and an authority is never a bare number.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id as stored. For storage, and for ids read back from a form or a path.
            pub const fn new(raw: i64) -> $name {
                $name(raw)
            }

            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        /// Reads an id from a path or a form field; anything but a whole number is refused.
        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<$name, Self::Err> {
                s.trim().parse().map($name)
            }
        }
    )*};
}

ids! {
    /// A council: every child, review, member of staff and setting belongs to one.
    AuthorityId;
    /// A member of a council's staff.
    StaffId;
    ChildId;
    ReviewId;
    /// One person's invitation to one review (and, through it, their consultation).
    InvitationId;
    /// A child's "I don't feel safe" alert.
    AlertId;
    /// A child's message to their IRO between reviews.
    ChildMessageId;
    /// One message in the outbox.
    OutboxId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_whole_numbers_only_and_print_as_stored() {
        assert_eq!("42".parse::<ReviewId>(), Ok(ReviewId::new(42)));
        assert_eq!(" 7 ".parse::<ChildId>(), Ok(ChildId::new(7)));
        assert!("4x".parse::<ReviewId>().is_err());
        assert!("".parse::<StaffId>().is_err());
        assert_eq!(InvitationId::new(9).to_string(), "9");
        #[cfg(feature = "ssr")]
        assert_eq!(serde_json::to_string(&AuthorityId::new(3)).expect("json"), "3");
    }
}
