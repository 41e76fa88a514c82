"""Which function runs each ``ghostless`` command; parsing lives in :mod:`ghostless.cli`.

Each command names its module and function, imported when it runs: a command
loads what it uses, not every other command's services and formats.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module

__all__ = ["COMMANDS", "handler_of"]

_IMPORTS = ("linkedin", "vcard", "google", "outlook", "csv")
_MAIL = ("scan", "suggestions", "accept", "unaccept", "ignore", "never", "me", "source", "sync",
         "rules")  # fmt: skip
#: (command, action) -> "module:function", the module under ``ghostless.cli``.
COMMANDS: dict[tuple[str, str | None], str] = {
    ("contact", "add"): "contacts:contact_add",
    ("contact", "list"): "contacts:contact_list",
    ("contact", "show"): "contacts:contact_show",
    ("contact", "duplicates"): "contacts:contact_duplicates",
    ("contact", "merge"): "contacts:contact_merge",
    ("contact", "unmerge"): "contacts:contact_unmerge",
    ("contact", "edit"): "contact_edits:contact_edit",
    ("contact", "loops"): "contact_edits:contact_loops",
    ("contact", "delete"): "contact_edits:contact_delete",
    ("loop", "add"): "ledger:loop_add",
    ("loop", "log"): "ledger:loop_log",
    ("loop", "close"): "ledger:loop_close",
    ("loop", "show"): "ledger:loop_show",
    ("loop", "delete"): "ledger:loop_delete",
    ("loop", "set"): "loop_facts:loop_set",
    ("loop", "decide-decline"): "loop_facts:loop_decide_decline",
    ("loop", "dismiss"): "loop_facts:loop_dismiss",
    ("loop", "event-edit"): "history:event_edit",
    ("loop", "event-delete"): "history:event_delete",
    ("settings", "list"): "settings:settings_list",
    ("settings", "get"): "settings:settings_get",
    ("settings", "set"): "settings:settings_set",
    ("settings", "reset"): "settings:settings_reset",
    ("settings", "undo"): "settings:settings_undo",
    ("loops", None): "ledger:loops_list",
    ("due", None): "followups:due",
    ("stats", None): "stats:stats",
    ("review", None): "review:review",
    ("keep-in-touch", None): "keep:keep_list",
    ("keep-in-touch", "contact"): "keep:keep_contact",
    ("keep-in-touch", "tag"): "keep:keep_tag",
    ("pipeline", None): "pipeline:pipeline_show",
    ("pipeline", "move"): "pipeline:pipeline_move",
    ("remind", None): "remind:remind_command",
    ("snooze", None): "followups:snooze",
    ("unsnooze", None): "triage:unsnooze",
    ("done", None): "triage:done",
    ("away", "on"): "followups:away_on",
    ("away", "off"): "followups:away_off",
    ("draft", "check"): "drafts:draft_check",
    ("self-check", None): "ledger:self_check",
    ("undo", None): "history:undo_command",
    ("redo", None): "history:redo_command",
    **{("mail", action): f"mail:mail_{action}" for action in _MAIL},
    ("mail", "account"): "mail_accounts:mail_account",
    **{("import", source): "transfer:import_contacts" for source in _IMPORTS},
    ("export", "ics"): "transfer:export_ics",
    ("export", "json"): "transfer:export_json_file",
    ("export", "csv"): "transfer:export_csv_file",
    ("export", "vcard"): "transfer:export_vcard_file",
    ("backup", None): "transfer:backup",
    ("restore", None): "transfer:restore",
    ("start-afresh", None): "transfer:start_afresh",
    ("sync", "setup"): "sync:sync_setup",
    ("sync", "now"): "sync:sync_now",
    ("sync", "status"): "sync:sync_status",
    ("sync", "off"): "sync:sync_off",
    ("sync", "set"): "sync:sync_set",
    ("sync", "resolve"): "sync:sync_resolve",
}


def handler_of(command: str, action: str | None) -> Callable[[argparse.Namespace], int]:
    """The function that runs ``command action``, its module imported now."""
    module, name = COMMANDS[(command, action)].split(":")
    handler: Callable[[argparse.Namespace], int] = getattr(
        import_module(f"ghostless.cli.{module}"), name
    )
    return handler
