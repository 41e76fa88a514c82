"""Which function runs each ``ghostless`` command; parsing lives in :mod:`ghostless.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ghostless.cli_drafts import draft_check
from ghostless.cli_followups import away_off, away_on, due, snooze
from ghostless.cli_ledger import (
    contact_add,
    contact_list,
    loop_add,
    loop_close,
    loop_delete,
    loop_log,
    loop_show,
    loops_list,
    self_check,
)
from ghostless.cli_remind import remind_command
from ghostless.cli_transfer import TRANSFER_COMMANDS

__all__ = ["COMMANDS", "self_check"]

COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("contact", "add"): contact_add,
    ("contact", "list"): contact_list,
    ("loop", "add"): loop_add,
    ("loop", "log"): loop_log,
    ("loop", "close"): loop_close,
    ("loop", "show"): loop_show,
    ("loop", "delete"): loop_delete,
    ("loops", None): loops_list,
    ("due", None): due,
    ("remind", None): remind_command,
    ("snooze", None): snooze,
    ("away", "on"): away_on,
    ("away", "off"): away_off,
    ("draft", "check"): draft_check,
    **TRANSFER_COMMANDS,
}
