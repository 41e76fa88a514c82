"""Taking back what was done: Undo and Redo over the store's one undo history."""
