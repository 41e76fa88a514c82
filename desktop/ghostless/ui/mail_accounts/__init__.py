"""The window's side of IMAP accounts: the accounts dialog and the background sync."""
