//! Building blocks shared by every page: layout, help panel, form fields, messages, the child
//! screen frame, saving as the child goes.

pub mod child;
pub mod child_page;
pub mod context;
pub mod failure;
pub mod flash;
pub mod forms;
pub mod help;
pub mod keeper;
pub mod layout;
pub mod route;
pub mod table;

pub use context::{use_here, use_lang, use_viewer};
pub use failure::FailureView;
pub use forms::{ErrorSummary, NoticeBox, SelectField, TextArea, TextField};
pub use help::HelpNowPanel;
pub use layout::Page;
pub use table::DataTable;
