"""What the wizard remembers in window.ini: checker options, name, mail server, half-done answers.

Never a secret: the SMTP password lives in the keyring only (see
:mod:`ghostless.services.secrets`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

from ghostless.core.disengage import WizardState
from ghostless.core.draft_checker import DEFAULT_WORD_LIMIT, CheckOptions, FindingKind
from ghostless.core.errors import InputError
from ghostless.services.mailer import DEFAULT_PORTS, Security, SmtpSettings

logger = logging.getLogger(__name__)

MY_NAME_KEY = "wizard/my_name"
STATE_KEY = "wizard/state/{loop_id}"
PAGE_KEY = "wizard/page/{loop_id}"
CHECKER_DISABLED_KEY = "checker/disabled"
CHECKER_WORD_LIMIT_KEY = "checker/word_limit"
MAIL_KEYS = ("host", "port", "security", "username", "from_address", "from_name")
MIN_WORD_LIMIT, MAX_WORD_LIMIT = 20, 1000


def _text(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key)
    return default if value is None else str(value)


def my_name(settings: QSettings) -> str:
    return _text(settings, MY_NAME_KEY)


def set_my_name(settings: QSettings, name: str) -> None:
    settings.setValue(MY_NAME_KEY, name.strip())


def take_legacy_checker_options(settings: QSettings) -> CheckOptions | None:
    """The checker options an earlier Ghostless kept in window.ini, removed from it.

    They now live with every other setting in the store (where ``ghostless draft
    check`` reads them too); None when window.ini holds none.
    """
    if not settings.contains(CHECKER_DISABLED_KEY) and not settings.contains(
        CHECKER_WORD_LIMIT_KEY
    ):
        return None
    options = _checker_options(settings)
    settings.remove(CHECKER_DISABLED_KEY)
    settings.remove(CHECKER_WORD_LIMIT_KEY)
    return options


def _checker_options(settings: QSettings) -> CheckOptions:
    """The rules switched off and the word limit (defaults when unset or unreadable)."""
    disabled = set()
    raw = settings.value(CHECKER_DISABLED_KEY)
    names = raw if isinstance(raw, list) else str(raw or "").split(",")
    for name in names:
        try:
            disabled.add(FindingKind(str(name).strip()))
        except ValueError:
            continue  # a retired rule, or noise: ignored
    try:
        limit = int(_text(settings, CHECKER_WORD_LIMIT_KEY, str(DEFAULT_WORD_LIMIT)))
    except ValueError:
        limit = DEFAULT_WORD_LIMIT
    limit = min(max(limit, MIN_WORD_LIMIT), MAX_WORD_LIMIT)
    return CheckOptions(disabled=frozenset(disabled), word_limit=limit)


def smtp_settings(settings: QSettings) -> SmtpSettings | None:
    """The mail server the user set up, or None (not set up, or unreadable)."""
    host = _text(settings, "mail/host").strip()
    if not host:
        return None
    try:
        security = Security(_text(settings, "mail/security", Security.IMPLICIT_TLS.value))
        port = int(_text(settings, "mail/port", str(DEFAULT_PORTS[security])))
    except ValueError:
        logger.warning("mail settings in window.ini cannot be read; ignoring them")
        return None
    return SmtpSettings(
        host=host,
        port=port,
        security=security,
        username=_text(settings, "mail/username").strip(),
        from_address=_text(settings, "mail/from_address").strip(),
        from_name=_text(settings, "mail/from_name").strip(),
    )


def set_smtp_settings(settings: QSettings, smtp: SmtpSettings) -> None:
    for key in MAIL_KEYS:
        value = getattr(smtp, key)
        settings.setValue(f"mail/{key}", value.value if isinstance(value, Security) else value)
    settings.sync()


def remembered_state(settings: QSettings, loop_id: int) -> WizardState | None:
    """The answers of a wizard closed halfway on this loop, if they can still be used."""
    text = settings.value(STATE_KEY.format(loop_id=loop_id))
    if not text:
        return None
    try:
        state = WizardState.from_json(str(text))
    except InputError as exc:
        logger.info("forgetting the remembered wizard for loop %s: %s", loop_id, exc)
        return None
    return state if state.loop_id == loop_id and not state.sent else None


def remembered_page(settings: QSettings, loop_id: int) -> int:
    """The page the wizard was left on (-1: unknown)."""
    try:
        return int(_text(settings, PAGE_KEY.format(loop_id=loop_id), "-1"))
    except ValueError:
        return -1


def remember_state(settings: QSettings, state: WizardState, page: int = -1) -> None:
    settings.setValue(STATE_KEY.format(loop_id=state.loop_id), state.to_json())
    settings.setValue(PAGE_KEY.format(loop_id=state.loop_id), page)
    settings.sync()


def forget_state(settings: QSettings, loop_id: int) -> None:
    settings.remove(STATE_KEY.format(loop_id=loop_id))
    settings.remove(PAGE_KEY.format(loop_id=loop_id))
    settings.sync()
