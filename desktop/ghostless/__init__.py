"""Ghostless: keeps professionals from ghosting people.

This module stays free of Qt and of any third-party import, so that build.spec,
the command line and the installers can read the name and version cheaply.
"""

__version__ = "0.1.0"
APP_NAME = "Ghostless"
APP_ID = "app.ghostless.Ghostless"
ORG_NAME = "Ghostless"
