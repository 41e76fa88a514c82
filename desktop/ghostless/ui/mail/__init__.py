"""The Mail view: suggestions from the user's mail, Accept/Ignore/Never, sources and sync."""
