"""Which function runs each ``ghostless`` command; parsing lives in :mod:`ghostless.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ghostless.cli.contact_edits import CONTACT_EDIT_COMMANDS
from ghostless.cli.contacts import CONTACT_COMMANDS, contact_add, contact_list
from ghostless.cli.drafts import draft_check
from ghostless.cli.followups import away_off, away_on, due, snooze
from ghostless.cli.history import HISTORY_COMMANDS
from ghostless.cli.ledger import (
    loop_add,
    loop_close,
    loop_delete,
    loop_log,
    loop_show,
    loops_list,
    self_check,
)
from ghostless.cli.loop_facts import loop_decide_decline, loop_dismiss, loop_set
from ghostless.cli.mail import MAIL_COMMANDS
from ghostless.cli.mail_accounts import mail_account
from ghostless.cli.remind import remind_command
from ghostless.cli.settings import (
    settings_get,
    settings_list,
    settings_reset,
    settings_set,
    settings_undo,
)
from ghostless.cli.transfer import TRANSFER_COMMANDS

__all__ = ["COMMANDS", "self_check"]

COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("contact", "add"): contact_add,
    ("contact", "list"): contact_list,
    ("loop", "add"): loop_add,
    ("loop", "log"): loop_log,
    ("loop", "close"): loop_close,
    ("loop", "show"): loop_show,
    ("loop", "delete"): loop_delete,
    ("loop", "set"): loop_set,
    ("loop", "decide-decline"): loop_decide_decline,
    ("loop", "dismiss"): loop_dismiss,
    ("settings", "list"): settings_list,
    ("settings", "get"): settings_get,
    ("settings", "set"): settings_set,
    ("settings", "reset"): settings_reset,
    ("settings", "undo"): settings_undo,
    ("loops", None): loops_list,
    ("due", None): due,
    ("remind", None): remind_command,
    ("snooze", None): snooze,
    ("away", "on"): away_on,
    ("away", "off"): away_off,
    ("draft", "check"): draft_check,
    ("mail", "account"): mail_account,
    **TRANSFER_COMMANDS,
    **CONTACT_COMMANDS,
    **MAIL_COMMANDS,
    **HISTORY_COMMANDS,
    **CONTACT_EDIT_COMMANDS,
}
