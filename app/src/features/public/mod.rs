

pub mod view;




