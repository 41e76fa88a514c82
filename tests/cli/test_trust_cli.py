"""The command line records only what happened, and can take back what it did."""

from __future__ import annotations

from tests.cli.conftest import Cli
from tests.cli.test_cli import ok


def test_a_sent_message_with_an_unfilled_field_is_refused(cli: Cli, outreach: str) -> None:
    refused = cli("loop", "log", outreach, "--event", "sent", "--text", "Hi, no thanks. [my_name?]")
    assert refused.code != 0
    assert "[my_name?]" in refused.err
    shown = ok(cli("loop", "show", outreach, "--json")).out
    assert '"sent"' not in shown
