"""The File menu's imports, exports, backups and restores."""
