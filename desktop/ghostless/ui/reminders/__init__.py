"""Reminders reaching the user: the scheduler driver, the notifiers, the tray, and the snooze
and away dialogs."""
