//! The words every part of Heard shares: ids, who is asking, the messages a page shows, and
//! where a page sends its visitor, the keys of every text and the languages. It imports nothing
//! from the rest of the app, so anything may depend on it.

mod contacts;
mod failure;
mod ids;
mod messages;
mod people;
mod words;

pub use contacts::TeamContact;
pub use failure::Failure;
pub use ids::*;
pub use messages::{FieldError, Flash, Go, Msg};
pub use people::{ChildTag, Role, Viewer};
pub use words::{Direction, Lang, Review, T};
