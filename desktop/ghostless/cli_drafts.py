"""``ghostless draft check``: the draft checker on a file or standard input."""

from __future__ import annotations

import argparse
import sys

from ghostless.cli import EXIT_OK, print_json
from ghostless.cli_common import open_ledger, wants_json
from ghostless.core.draft_checker import CheckOptions, Finding, check, parse_intent
from ghostless.core.errors import InputError
from ghostless.services.settings import SettingsService

MAX_DRAFT_BYTES = 1_000_000


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
    return {
        "finding": finding.finding.value,
        "start": finding.start,
        "end": finding.end,
        "text": text[finding.start : finding.end],
        "message": finding.message,
        "suggestion": finding.suggestion,
    }


def _checker_options(args: argparse.Namespace) -> CheckOptions:
    """The word limit and the checks switched off, from the settings the window shares."""
    ledger = open_ledger(args)
    try:
        return SettingsService(ledger).checker_options()
    finally:
        ledger.close()


def draft_check(args: argparse.Namespace) -> int:
    try:
        intent = parse_intent(args.intent)
    except ValueError as exc:
        raise InputError(str(exc), field="intent") from None
    text = _read(args.file)
    findings = check(text, intent, _checker_options(args))
    if wants_json(args):
        print_json([finding_json(finding, text) for finding in findings])
        return EXIT_OK
    if not findings:
        print(f"No findings for a {intent.label.lower()} draft.")
        return EXIT_OK
    for finding in findings:
        span = text[finding.start : finding.end]
        if len(span) > 80:
            span = span[:77] + "…"
        quoted = f'"{" ".join(span.split())}"' if span else "(whole draft)"
        print(f"{finding.finding.value} at {finding.start}-{finding.end}: {quoted}")
        print(f"  {finding.message}")
        print(f"  suggestion: {finding.suggestion}")
    return EXIT_OK
