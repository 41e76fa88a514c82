"""Settings ▸ Sync: the CalDAV/CardDAV account, and the sync that runs off the GUI thread."""
