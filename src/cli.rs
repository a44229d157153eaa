//! The command line.
pub fn main_entry() -> i32 { 0 }
