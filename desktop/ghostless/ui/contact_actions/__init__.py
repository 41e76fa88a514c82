"""What the Contacts tab does to the people it lists: their loops, merging, deleting."""
