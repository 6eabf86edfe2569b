//! What a server function tells the browser when it did not succeed: only what a person may know
//! (never internal text), so that the page can say it in their own language. The server's own
//! error (`server::AppError`) becomes one of these once, where it is also logged.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Failure {
    /// Not signed in (staff), or no link or code in this session (children and families).
    SignedOut,
    /// Not there, or not theirs to see: the same answer either way, so nobody learns which.
    NotFound,
    /// The input needs correcting; the key says why.
    Invalid(super::T),
    /// Busy: nothing was done, and trying again shortly will work.
    Busy,
    /// Something went wrong on the server (it is logged there).
    Broken,
    /// The request itself could not be read: a field missing, or not what it should be.
    BadRequest,
    /// The browser could not reach the server, or could not read its answer.
    Unreachable,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl leptos::server_fn::error::FromServerFnError for Failure {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr as E;
        match value {
            // The request's fields could not be read (on the server, that is what arguments that
            // do not decode are).
            E::Args(_) | E::MissingArg(_) => Failure::BadRequest,
            E::Deserialization(_) if cfg!(feature = "ssr") => Failure::BadRequest,
            // In the browser: the request did not go, or its answer could not be read.
            E::Request(_) | E::Deserialization(_) | E::UnsupportedRequestMethod(_) => Failure::Unreachable,
            E::Serialization(_) if !cfg!(feature = "ssr") => Failure::Unreachable,
            _ => Failure::Broken,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};

    #[test]
    fn what_the_framework_reports_becomes_a_safe_kind() {
        let from = |e: ServerFnErrorErr| Failure::from_server_fn_error(e);
        assert_eq!(from(ServerFnErrorErr::Args("missing field `child_id`".into())), Failure::BadRequest);
        assert_eq!(from(ServerFnErrorErr::MissingArg("child_id".into())), Failure::BadRequest);
        assert_eq!(from(ServerFnErrorErr::Request("connection refused".into())), Failure::Unreachable);
        assert_eq!(from(ServerFnErrorErr::ServerError("database is locked".into())), Failure::Broken);
    }

    #[test]
    fn it_crosses_the_wire_as_itself_and_nothing_more() {
        for failure in
            [Failure::SignedOut, Failure::NotFound, Failure::Invalid(crate::model::T::ErrNotFound), Failure::Busy, Failure::Broken]
        {
            let bytes = failure.ser();
            assert_eq!(Failure::de(bytes), failure);
        }
        assert_eq!(String::from_utf8(Failure::Busy.ser().to_vec()).expect("utf-8"), "\"Busy\"");
    }
}
