"""The File menu's transfers: import contacts, exports, back up and restore.

:mod:`~ghostless.ui.import_export.export_actions` is imported on first use, so
start-up stays light.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService


def add_transfers(
    menu: QMenu,
    parent: QWidget,
    ledger: Ledger,
    reminders: ReminderService,
    records_changed: Callable[[], object],
) -> None:
    """Add the transfers to ``menu``; ``records_changed`` is called after an import or a restore."""

    def import_contacts() -> None:
        from ghostless.ui.import_export import export_actions

        if export_actions.import_contacts(parent, ledger):
            records_changed()

    def export_calendar() -> None:
        from ghostless.ui.import_export import export_actions

        export_actions.export_calendar(parent, reminders)

    def export_json() -> None:
        from ghostless.ui.import_export import export_actions

        export_actions.export_json(parent, ledger)

    def export_csv() -> None:
        from ghostless.ui.import_export import export_actions

        export_actions.export_contacts(parent, ledger, "csv")

    def export_vcard() -> None:
        from ghostless.ui.import_export import export_actions

        export_actions.export_contacts(parent, ledger, "vcard")

    def back_up() -> None:
        from ghostless.ui.import_export import export_actions

        export_actions.back_up(parent, ledger)

    def restore() -> None:
        from ghostless.ui.import_export import export_actions

        if export_actions.restore(parent, ledger):
            records_changed()

    menu.addAction(QCoreApplication.translate("MainWindow", "&Import contacts…"), import_contacts)
    menu.addAction(QCoreApplication.translate("MainWindow", "Export ca&lendar…"), export_calendar)
    menu.addAction(QCoreApplication.translate("MainWindow", "Export &JSON…"), export_json)
    menu.addAction(QCoreApplication.translate("MainWindow", "Export contacts as C&SV…"), export_csv)
    menu.addAction(
        QCoreApplication.translate("MainWindow", "Export contacts as &vCard…"), export_vcard
    )
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("MainWindow", "&Back up…"), back_up)
    menu.addAction(QCoreApplication.translate("MainWindow", "&Restore…"), restore)
