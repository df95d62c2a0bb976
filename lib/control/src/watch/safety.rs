//! Checks of what nodes serve (in progress).
