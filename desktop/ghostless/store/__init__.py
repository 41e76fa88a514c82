"""Persistence: one SQLite file through sqlite-utils, with versioned migrations."""
