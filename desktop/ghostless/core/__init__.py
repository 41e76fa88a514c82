"""The pure domain of Ghostless: standard library only, the clock injected."""
