"""``ghostless keep-in-touch``, run as a separate process; the item shows in ``due``."""

from __future__ import annotations

import json

from tests.cli.conftest import Cli
from tests.cli.test_cli import ok


def test_a_contact_cadence_brings_a_keep_in_touch_item_into_due(cli: Cli, outreach: str) -> None:
    ok(cli("loop", "log", outreach, "--event", "sent", "--at", "2026-11-20T17:00"))
    ok(cli("loop", "close", outreach, "--outcome", "replied"))
    assert ok(cli("keep-in-touch", "contact", "1", "3 months")).out == (
        "Keep in touch with Priya Raman: every 3 months.\n"
    )
    listed = json.loads(ok(cli("keep-in-touch", "--json")).out)
    assert listed == {"contacts": [{"id": 1, "name": "Priya Raman", "days": 90}], "tags": []}
    owed = json.loads(ok(cli("due", "--json", "--now", "2027-03-01T10:00")).out)
    assert [(o["loop_id"], o["rule"]) for o in owed] == [(int(outreach), "contact.keep_in_touch")]
    assert ok(cli("keep-in-touch", "tag", "mentor", "6 weeks")).out == (
        "Contacts tagged mentor (0): every 6 weeks.\n"
    )
    ok(cli("keep-in-touch", "contact", "1", "off"))
    assert json.loads(ok(cli("due", "--json", "--now", "2027-03-01T10:00")).out) == []


def test_a_cadence_nobody_can_read_is_one_line(cli: Cli, outreach: str) -> None:
    run = cli("keep-in-touch", "contact", "1", "now and then")
    assert run.code == 2
    assert run.err.startswith("ghostless: every: 'now and then' is not a cadence")
