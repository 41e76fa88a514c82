"""The Mail view: suggestions from the user's mail, Accept/Ignore/Never, sources and sync.

Only :class:`MailTab` lives here, and it imports nothing but Qt Widgets: reading
mail needs the email package (about 100 ms to import), so the page loads when
the tab is first shown, and starting the app does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ghostless.services.ledger import Ledger

if TYPE_CHECKING:
    from ghostless.ui.mail.mail_page import MailPage
    from ghostless.ui.mail_accounts.sync_runner import MailSyncRunner


class MailTab(QWidget):
    """A placeholder that builds the Mail page the first time it is shown.

    Attributes:
        page: the Mail page, once built.
        runner: the app's one mail sync, given by the app; without it the page makes its own.

    Signals (the page's, passed on): records_changed(int), accounts_requested().
    """

    records_changed = Signal(int)
    accounts_requested = Signal()

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.page: MailPage | None = None
        self.runner: Callable[[], MailSyncRunner] | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure_page(self) -> MailPage:
        """The Mail tab's page, built on first use."""
        if self.page is None:
            from ghostless.services.mail import MailService
            from ghostless.ui.mail.mail_page import MailPage

            runner = self.runner() if self.runner is not None else None
            self.page = MailPage(MailService(self._ledger), runner=runner)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.page)
            self.page.records_changed.connect(self.records_changed)
            self.page.accounts_requested.connect(self.accounts_requested)
        return self.page
