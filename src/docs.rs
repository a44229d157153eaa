//! Generated documentation.
