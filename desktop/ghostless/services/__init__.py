"""Use cases and the ports to the outside world (keyring, mail, notifications)."""
