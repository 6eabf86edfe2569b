//! Building blocks shared by every page: layout, help panel, form fields and messages.

pub mod child;
pub mod flash;
pub mod forms;
pub mod help;
pub mod keeper;
pub mod layout;
pub mod table;
pub mod undelivered;

pub use forms::{ErrorSummary, NoticeBox, SelectField, TextArea, TextField};
pub use help::HelpNowPanel;
pub use layout::Page;
pub use table::DataTable;
pub use undelivered::UndeliveredList;
