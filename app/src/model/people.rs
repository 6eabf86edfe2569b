//! Who is asking: a member of staff and their role.

use super::{AuthorityId, StaffId};
use super::{Lang, T};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Admin,
    Manager,
    Iro,
    BusinessSupport,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Iro, Role::BusinessSupport, Role::Manager, Role::Admin];

    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Iro => "iro",
            Role::BusinessSupport => "business_support",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value.trim())
    }

    pub fn label(self) -> T {
        match self {
            Role::Admin => T::RoleAdmin,
            Role::Manager => T::RoleManager,
            Role::Iro => T::RoleIro,
            Role::BusinessSupport => T::RoleSupport,
        }
    }
}

/// The signed-in member of staff, resolved once per request from the session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub staff_id: StaffId,
    pub authority_id: AuthorityId,
    pub role: Role,
    pub display_name: String,
    pub authority_en: String,
    pub authority_cy: String,
}

impl Viewer {
    pub fn authority_name(&self, lang: Lang) -> &str {
        lang.pick(&self.authority_en, &self.authority_cy)
    }
}

/// What tells a child apart from another with the same preferred name on a staff list: their
/// family name's initial, the case system's reference (when known) and their age.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildTag {
    pub initial: String,
    pub reference: Option<String>,
    pub age: i32,
}

impl ChildTag {
    /// The tag for a child whose full name is `full_name` (the initial is its last word's).
    pub fn new(full_name: &str, reference: Option<String>, age: i32) -> ChildTag {
        let initial = full_name
            .split_whitespace()
            .last()
            .and_then(|family| family.chars().next())
            .map(|c| format!("{}.", c.to_uppercase()))
            .unwrap_or_default();
        ChildTag { initial, reference, age }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_childs_tag_takes_the_initial_of_their_family_name() {
        assert_eq!(ChildTag::new("Olivia Mai jones", None, 9).initial, "J.");
        assert_eq!(ChildTag::new("  Cadi  ", Some("R-1".into()), 7).initial, "C.");
        assert_eq!(ChildTag::new("Osian Ŵyn", None, 7).initial, "Ŵ.");
        assert_eq!(ChildTag::new("", None, 7).initial, "");
    }

    #[test]
    fn roles_round_trip_through_storage() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
