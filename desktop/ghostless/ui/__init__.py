"""The desktop interface: the only package that imports PySide6."""

from ghostless.ui.import_hook import lighten

lighten()  # before the window's modules are imported: see the module
