"""The Today tab: what is owed now, most urgent first."""
