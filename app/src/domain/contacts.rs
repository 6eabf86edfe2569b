//! Who is usually invited to a child's reviews: the child, up to two parents and their carer,
//! each in their own place (`Slot`) with their own language and way of being reached. A contact
//! passes exactly the rules of the add-invitee form, since each becomes an invitation.

use crate::domain::reviews::{coded, Audience, Delivery, Invitee, InviteeInput};
use crate::model::{FieldError, Lang, Msg, T};
use serde::{Deserialize, Serialize};

coded! {
    /// A contact's place on the child's record: one each, so setting one again replaces it.
    Slot {
        Child = "child" => ContactSlotChild,
        Parent1 = "parent1" => ContactSlotParent1,
        Parent2 = "parent2" => ContactSlotParent2,
        Carer = "carer" => ContactSlotCarer,
    }
}

impl Slot {
    /// Whose views their invitation asks for.
    pub fn audience(self) -> Audience {
        match self {
            Slot::Child => Audience::Child,
            Slot::Parent1 | Slot::Parent2 => Audience::Parent,
            Slot::Carer => Audience::Carer,
        }
    }
}

/// One contact as typed on the child's page (or read from a file): their place, and the person
/// as the add-invitee form takes them (the place says whose views they give: `audience` is
/// not typed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactInput {
    pub slot: String,
    pub person: InviteeInput,
}

impl ContactInput {
    pub fn values(&self) -> Vec<(String, String)> {
        let mut values = vec![("slot".to_string(), self.slot.clone())];
        values.extend(self.person.values().into_iter().filter(|(k, _)| k != "audience"));
        values
    }
}

/// A checked contact: their place and the invitee they become.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub slot: Slot,
    pub invitee: Invitee,
}

impl Contact {
    /// Checks a contact as the add-invitee form checks an invitee, with the place first.
    pub fn parse(input: &ContactInput, post_enabled: bool) -> Result<Contact, Vec<FieldError>> {
        let slot = Slot::parse(&input.slot);
        let as_invitee =
            InviteeInput { audience: slot.map_or(Audience::Other, Slot::audience).as_str().to_string(), ..input.person.clone() };
        let invitee = Invitee::parse(&as_invitee, post_enabled);
        match (slot, invitee) {
            (Some(slot), Ok(invitee)) => Ok(Contact { slot, invitee }),
            (slot, invitee) => {
                let mut errors = Vec::new();
                if slot.is_none() {
                    errors.push(FieldError { field: "slot".into(), msg: Msg::new(T::ErrContactSlot) });
                }
                errors.extend(invitee.err().unwrap_or_default());
                Err(errors)
            }
        }
    }
}

/// A contact as a file from the case system gives it (one group of columns): how they are
/// reached follows from what is given, an email before an address; an empty language is the
/// child's. `None` when every cell is empty: this child has nobody in that place.
pub fn from_cells(slot: Slot, name: &str, language: &str, email: &str, address: &str, child: (&str, Lang)) -> Option<ContactInput> {
    let given = |cell: &str| !cell.trim().is_empty();
    let own = slot != Slot::Child && (given(name) || given(language));
    if !own && !given(email) && !given(address) {
        return None;
    }
    // The child's invitation carries the name they use, and their own language.
    let (first_name, language) = match slot {
        Slot::Child => (child.0.to_string(), child.1.code().to_string()),
        _ if given(language) => (name.to_string(), language.to_string()),
        _ => (name.to_string(), child.1.code().to_string()),
    };
    let delivery = if given(email) || !given(address) { Delivery::Email } else { Delivery::Post };
    Some(ContactInput {
        slot: slot.as_str().to_string(),
        person: InviteeInput {
            audience: slot.audience().as_str().to_string(),
            first_name,
            language,
            delivery: delivery.as_str().to_string(),
            email: email.to_string(),
            postal_address: address.to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(slot: &str, delivery: &str, email: &str) -> ContactInput {
        let person = InviteeInput {
            audience: String::new(),
            first_name: "Sian".into(),
            language: "cy".into(),
            delivery: delivery.into(),
            email: email.into(),
            postal_address: "1 Stryd Fawr".into(),
        };
        ContactInput { slot: slot.into(), person }
    }

    #[test]
    fn a_contact_follows_the_invitee_rules_and_its_place_sets_the_audience() {
        let carer = Contact::parse(&input("carer", "email", "sian@example.org"), false).expect("clean");
        assert_eq!((carer.slot, carer.invitee.audience), (Slot::Carer, Audience::Carer));
        assert_eq!(carer.invitee.postal_address, "", "an emailed invitee keeps no address");
        let parent = Contact::parse(&input("parent2", "post", ""), true).expect("clean");
        assert_eq!((parent.invitee.audience, parent.invitee.delivery), (Audience::Parent, Delivery::Post));

        let errors = Contact::parse(&input("uncle", "email", "not an email"), true).expect_err("bad");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["slot", "email"]);
        let errors = Contact::parse(&input("parent1", "post", ""), false).expect_err("post is off");
        assert_eq!(errors[0].msg.key, T::ErrPostDisabled);
    }

    #[test]
    fn cells_from_a_file_say_how_to_reach_someone_and_empty_cells_mean_nobody() {
        let child = ("Cadi", Lang::Cy);
        assert_eq!(from_cells(Slot::Parent1, " ", "", "", "", child), None);
        let by_post = from_cells(Slot::Parent1, "Sian", "", "", "1 Stryd Fawr", child).expect("given");
        assert_eq!(
            (by_post.person.delivery.as_str(), by_post.person.language.as_str()),
            ("post", "cy"),
            "the child's language when none is given"
        );
        let by_email = from_cells(Slot::Carer, "Dai", "en", "dai@example.org", "1 Stryd Fawr", child).expect("given");
        assert_eq!((by_email.person.delivery.as_str(), by_email.person.language.as_str()), ("email", "en"), "an email first");
        let the_child = from_cells(Slot::Child, "", "en", "", "Ty Coch", child).expect("given");
        assert_eq!(
            (the_child.person.first_name.as_str(), the_child.person.language.as_str()),
            ("Cadi", "cy"),
            "the child's own name and language"
        );
        // A name with no way to reach them is still a contact, and the email rule names it.
        let nameless_way = from_cells(Slot::Parent2, "Sian", "", "", "", child).expect("given");
        assert!(Contact::parse(&nameless_way, true).is_err());
    }
}
