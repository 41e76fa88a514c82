"""The Loops tab: the loop list, the selected loop's pane and record, and the dialogs that
open or change a loop."""
