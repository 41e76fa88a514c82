"""Checks of an installed Ghostless package (test_installed.py): they build nothing.

Set ``GHOSTLESS_INSTALLED_BINARY`` to the installed command (``/usr/bin/ghostless``
after ``apt-get install ./dist/ghostless_*.deb``, as ``.ci/run`` does) to run
them; without it they skip, saying so. The real parts they talk to (a private
D-Bus session bus, Xvfb, dunst, gnome-keyring) come from the integration
fixtures, so a missing one fails them under ``GHOSTLESS_REQUIRE_INTEGRATION=1``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# The integration fixtures, reused as they are.
from tests.integration.conftest import (  # noqa: F401 - fixtures
    dunst,
    notify_monitor,
    session_bus,
    xvfb_display,
)
from tests.integration.test_keyring import secret_service  # noqa: F401 - a fixture

BINARY_ENV = "GHOSTLESS_INSTALLED_BINARY"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark this folder's tests; leave out the installed-package checks unless a binary
    is named. They are a later stage of .ci/run (after ``make package`` and installing
    the .deb), not skips hiding in ``make test``."""
    here = Path(__file__).parent
    installed = bool(os.environ.get(BINARY_ENV))
    kept: list[pytest.Item] = []
    left_out: list[pytest.Item] = []
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.packaging)
            if item.path.name == "test_installed.py" and not installed:
                left_out.append(item)
                continue
        kept.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.fixture(scope="session")
def installed_binary() -> Path:
    """The installed ``ghostless`` command named by GHOSTLESS_INSTALLED_BINARY.

    Without it the tests that need it are deselected (see above), never skipped.
    """
    named = os.environ.get(BINARY_ENV)
    if not named:
        pytest.fail(f"{BINARY_ENV} is not set: no installed package to check (see .ci/run)")
    found = shutil.which(named)
    if found is None:
        pytest.fail(f"{BINARY_ENV}={named}, but no such executable")
    return Path(found)
