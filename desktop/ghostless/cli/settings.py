"""``ghostless settings list|get|set|reset|undo``: the same settings the window shows."""

from __future__ import annotations

import argparse
from typing import Any

from ghostless.cli.common import open_ledger, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.i18n import _
from ghostless.core.settings import SPECS, SettingSpec, spec_of
from ghostless.services.settings import SettingsService


def settings_list(args: argparse.Namespace) -> int:
    values = _read(args)
    if wants_json(args):
        print_json([_spec_json(spec, values[spec.key]) for spec in SPECS])
        return EXIT_OK
    lines: list[str] = []
    group = ""
    for spec in SPECS:
        if spec.group != group:
            group = spec.group
            lines.append(f"{'' if not lines else chr(10)}{_(group)}")
        value = values[spec.key]
        mark = "" if value == spec.default else _("  (changed)")
        lines.append(f"  {spec.key} = {spec.describe(value)}{mark}")
        lines.append(f"      {spec.title}. {spec.explanation}")
    print("\n".join(lines))
    return EXIT_OK


def settings_get(args: argparse.Namespace) -> int:
    spec = spec_of(args.key)
    value = _read(args)[spec.key]
    if wants_json(args):
        print_json(_spec_json(spec, value))
    else:
        print(spec.describe(value))
    return EXIT_OK


def settings_set(args: argparse.Namespace) -> int:
    spec = spec_of(args.key)
    ledger = open_ledger(args)
    try:
        service = SettingsService(ledger)
        was = service.values()[spec.key]
        updated = service.update({spec.key: args.value}).to_dict()
    finally:
        ledger.close()
    now = spec.describe(updated[spec.key])
    message = _("{key} is now {now} (was {value}).").format(
        key=spec.key, now=now, value=spec.describe(was)
    )
    if updated[spec.key] == was:
        message = _("{key} is already {now}; nothing changed.").format(key=spec.key, now=now)
    return _done(args, message, spec, updated)


def settings_reset(args: argparse.Namespace) -> int:
    keys = [spec_of(key).key for key in args.keys] if args.keys else None
    ledger = open_ledger(args)
    try:
        updated = SettingsService(ledger).reset(keys).to_dict()
    finally:
        ledger.close()
    which = ", ".join(keys) if keys else _("every setting")
    return _done(args, _("Back to the default: {which}.").format(which=which), None, updated)


def settings_undo(args: argparse.Namespace) -> int:
    ledger = open_ledger(args)
    try:
        service = SettingsService(ledger)
        changes = service.undo_preview()
        updated = service.undo().to_dict()
    finally:
        ledger.close()
    lines = ["Back to the settings before the last change:"]
    for key, now, back in changes:
        spec = spec_of(key)
        lines.append(f"  {key}: {spec.describe(now)} -> {spec.describe(back)}")
    lines.append("Say 'ghostless settings undo' again to redo that change.")
    return _done(args, "\n".join(lines), None, updated)


def _read(args: argparse.Namespace) -> dict[str, object]:
    ledger = open_ledger(args)
    try:
        return SettingsService(ledger).values()
    finally:
        ledger.close()


def _done(
    args: argparse.Namespace, message: str, spec: SettingSpec | None, values: dict[str, object]
) -> int:
    if wants_json(args):
        if spec is not None:
            print_json(_spec_json(spec, values[spec.key]))
        else:
            print_json({s.key: values[s.key] for s in SPECS})
    else:
        print(message)
    return EXIT_OK


def _spec_json(spec: SettingSpec, value: object) -> dict[str, Any]:
    return {
        "key": spec.key,
        "value": value,
        "default": spec.default,
        "group": spec.group,
        "label": spec.label,
        "kind": spec.kind,
        "unit": spec.unit or None,
        "min": spec.low,
        "max": spec.high,
        "help": spec.help,
    }
