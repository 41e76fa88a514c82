"""Start-up loads only what the first frame needs (issue 12).

The app is started as a user starts it (``python -m ghostless --data-dir D``) in
a child process; once its window has painted and the start-up work has run,
the child lists the modules it has loaded. Mail, sync, insights, the draft
checker, sqlite-utils, the keyring and the notification backends come later,
on first use, or with the background parts a moment after the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ghostless.core.clock import SystemClock
from ghostless.services.examples import load_examples
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.services.zone import local_zone

WAIT_S = 120.0

#: Loaded only when used: none of them draws or fills the first frame.
HEAVY = (
    "sqlite_utils",  # writes through sqlite-utils' API (plain SQL does not need it)
    "email",  # the mail page, mail sync and mail import
    "jeepney",  # the D-Bus notifications and the keyring's Secret Service
    "keyring",
    "plyer",
    "rapidfuzz",  # finding duplicate contacts
    "icalendar",  # calendar export and sync
    "dateutil",
    "click",
    "_hashlib",  # OpenSSL, 3.5 MB resident: the digests of the start are Qt's
    # The hand-over socket: Python's own, after the first paint (QLocalServer only on Windows).
    "PySide6.QtNetwork",
    "ghostless.core.draft_checker",  # the drafts of the wizard and the templates
    "ghostless.core.draft_rules",
    "ghostless.core.templates",
    "ghostless.core.insights",
    "ghostless.services.dav_sync",
    "ghostless.services.insights",
    "ghostless.services.backup",  # the daily backup runs after the first paint
    "ghostless.ui.mail.mail_page",  # the Mail tab's page (its placeholder is light)
    "ghostless.ui.mail.suggestion_model",
    "ghostless.ui.mail_accounts.sync_runner",
    "ghostless.ui.reminders.notify_chain",
    "ghostless.ui.settings.settings_dialog",
    "ghostless.ui.wizard",
    # Tabs not on show at start are built when first shown or reached (menu, key, a write).
    "ghostless.ui.loops.loops_tab",
    "ghostless.ui.loops.detail_pane",
    "ghostless.ui.loops.loop_table_model",
    "ghostless.ui.contacts.contacts_page",
    "ghostless.ui.contacts.contact_table_model",
)

#: Run in the child: the real entry point, listing ``sys.modules`` when it is ready.
_CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
import ghostless.ui.lifecycle.ready_signal as first_paint

ready = first_paint.FirstPaint._ready

def listed(self):
    ready(self)
    print(json.dumps(sorted(sys.modules)), flush=True)
    QApplication.quit()

first_paint.FirstPaint._ready = listed
from ghostless.cli import main
sys.exit(main(sys.argv[1:]))
"""


def loaded_when_ready(data_dir: Path, tmp_path: Path) -> list[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GHOSTLESS_")},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    modules: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return modules


def heavy_among(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY)]


def test_the_first_frame_loads_none_of_the_heavy_modules(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ledger = Ledger.open(data_dir, SystemClock(), local_zone())
    try:
        load_examples(ledger)  # loops owed now: Today, the tray and the scheduler have work
        # Shown by an earlier run (delivering loads the notification backends, as it must).
        ReminderService(ledger).deliver()
    finally:
        ledger.close()
    modules = loaded_when_ready(data_dir, tmp_path)
    assert "ghostless.ui.main_window" in modules  # it did start, and showed its window
    assert heavy_among(modules) == []
