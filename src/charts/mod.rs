//! Chart declarations and renderers.
