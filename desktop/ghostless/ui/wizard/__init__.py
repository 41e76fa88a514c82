"""The polite-disengagement wizard: pages, the draft editor, templates and mail settings."""
