"""Triage: going down Today with the keyboard (R, E, S, D, X, Enter), several lines at
once, and snoozing from everywhere a loop is shown (Today, Loops, the pane, the tray)."""
