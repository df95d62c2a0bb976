//! The watcher's durable state in SQLite (in progress).
