//! The words every part of Heard shares: ids, who is asking, the messages a page shows, and
//! where a page sends its visitor. It imports nothing from the rest of the app except the
//! string keys of `i18n` (a message is a key and its arguments), so anything may depend on it.

mod ids;
mod messages;
mod people;

pub use ids::*;
pub use messages::{FieldError, Flash, Go, Msg};
pub use people::{Role, Viewer};
