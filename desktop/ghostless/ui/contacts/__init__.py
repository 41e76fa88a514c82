"""The Contacts tab: the contact list, the contact dialog and finding duplicates."""
