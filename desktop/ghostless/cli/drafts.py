"""``ghostless draft check``: the draft checker on a file or standard input.

``--json`` lists each finding with its span, message, suggestion, the
suggested replacement text (the one sentence in place of a paragraph of
reasons) and the one-click fix where a safe one exists. ``--fixed`` prints
the draft with every safe fix applied, one at a time, each on the draft the
previous one left.
"""

from __future__ import annotations

import argparse
import sys

from ghostless.cli.common import open_ledger, wants_json
from ghostless.cli.output import EXIT_OK, print_json
from ghostless.core.draft_checker import (
    CheckOptions,
    Finding,
    FindingKind,
    Intent,
    check,
    parse_intent,
)
from ghostless.core.errors import InputError
from ghostless.core.i18n import _
from ghostless.services.settings import SettingsService

MAX_DRAFT_BYTES = 1_000_000
MAX_WORD_LIMIT = 10_000
#: More fixes than this in a row means one fix keeps making another: stop.
MAX_FIXES = 50


def _read(path: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_DRAFT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the draft ({exc.strerror})", field="file") from None
    if len(data) > MAX_DRAFT_BYTES:
        raise InputError(f"{path}: longer than {MAX_DRAFT_BYTES:,} bytes", field="file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text", field="file") from None


def finding_json(finding: Finding, text: str) -> dict[str, object]:
    fix = finding.fix
    return {
        "finding": finding.finding.value,
        "start": finding.start,
        "end": finding.end,
        "text": text[finding.start : finding.end],
        "message": finding.message,
        "suggestion": finding.suggestion,
        "replacement": finding.replacement,
        "fix": None
        if fix is None
        else {
            "label": fix.label,
            "start": fix.start,
            "end": fix.end,
            "replacement": fix.replacement,
            "result": fix.apply(text),
        },
    }


def _stored_options(args: argparse.Namespace) -> CheckOptions:
    """The word limit and the checks switched off, from the settings the window shares."""
    ledger = open_ledger(args)
    try:
        return SettingsService(ledger).checker_options()
    finally:
        ledger.close()


def options_from(args: argparse.Namespace) -> CheckOptions:
    """The checker's parameters: the stored settings, with ``--word-limit`` in place of
    the stored limit and ``--skip`` switching further checks off for this run."""
    stored = _stored_options(args)
    limit = stored.word_limit if args.word_limit is None else args.word_limit
    if not 1 <= limit <= MAX_WORD_LIMIT:
        raise InputError(f"--word-limit: {limit} is not between 1 and {MAX_WORD_LIMIT}",
                         field="word_limit")  # fmt: skip
    disabled = set(stored.disabled)
    for name in (args.skip or "").split(","):
        if not name.strip():
            continue
        try:
            disabled.add(FindingKind(name.strip().lower().replace("-", "_")))
        except ValueError:
            choices = ", ".join(kind.value for kind in FindingKind)
            raise InputError(f"--skip: {name.strip()!r} is not one of {choices}",
                             field="skip") from None  # fmt: skip
    return CheckOptions(disabled=frozenset(disabled), word_limit=limit)


def fix_all(text: str, intent: Intent, options: CheckOptions, contact: str | None) -> str:
    """``text`` with every safe fix applied, each on the text the one before left."""
    for _attempt in range(MAX_FIXES):
        fixes = [f.fix for f in check(text, intent, options, contact=contact) if f.fix]
        if not fixes:
            break
        text = fixes[0].apply(text)
    return text


def draft_check(args: argparse.Namespace) -> int:
    try:
        intent = parse_intent(args.intent)
    except ValueError as exc:
        raise InputError(str(exc), field="intent") from None
    options = options_from(args)
    contact = (args.contact or "").strip() or None
    text = _read(args.file)
    if args.fixed:
        sys.stdout.write(fix_all(text, intent, options, contact))
        return EXIT_OK
    findings = check(text, intent, options, contact=contact)
    if wants_json(args):
        print_json([finding_json(finding, text) for finding in findings])
        return EXIT_OK
    if not findings:
        print(_("No findings for a {value} draft.").format(value=intent.label.lower()))
        return EXIT_OK
    for finding in findings:
        span = text[finding.start : finding.end]
        if len(span) > 80:
            span = span[:77] + "…"
        quoted = f'"{" ".join(span.split())}"' if span else "(whole draft)"
        print(
            _("{value} at {start}-{end}: {quoted}").format(
                value=finding.finding.value, start=finding.start, end=finding.end, quoted=quoted
            )
        )
        print(f"  {finding.message}")
        print(_("  suggestion: {suggestion}").format(suggestion=finding.suggestion))
        if finding.fix is not None:
            print(
                _("  fix: {label}: {value}").format(
                    label=finding.fix.label, value=_describe(finding.fix.replacement, text, finding)
                )
            )
    return EXIT_OK


def _describe(replacement: str, text: str, finding: Finding) -> str:
    fix = finding.fix
    assert fix is not None
    if not replacement:
        return f'remove "{" ".join(text[fix.start : fix.end].split())}"'
    if fix.start == fix.end:
        return f'insert "{replacement.strip()}"'
    return f'"{" ".join(replacement.split())}"'
