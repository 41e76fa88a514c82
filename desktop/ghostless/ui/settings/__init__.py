"""Settings: the dialog, and working every follow-up window out again after a change."""
