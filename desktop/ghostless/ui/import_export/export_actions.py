"""The File menu's Import…, Export calendar…, Back up…, Restore…, Export JSON… and
Export contacts….

Each function asks for a file (unless one is passed, as tests do), calls the
services, and tells the user the outcome or the error in plain words. They
return what was done so the window can refresh after an import or a restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ghostless.core.contact_import import ImportSummary
from ghostless.core.errors import GhostlessError
from ghostless.services import backup, exports
from ghostless.services.ledger import Ledger
from ghostless.services.reminders import ReminderService
from ghostless.ui.import_export.import_dialog import ImportDialog


def _save_path(parent: QWidget | None, title: str, name: str, pattern: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, pattern)
    return Path(chosen) if chosen else None


def _fail(parent: QWidget | None, title: str, exc: GhostlessError) -> None:
    QMessageBox.warning(parent, title, str(exc))


def import_contacts(parent: QWidget | None, ledger: Ledger) -> ImportSummary | None:
    """The import dialog; returns the summary if something was imported."""
    dialog = ImportDialog(ledger, parent)
    dialog.exec()
    return dialog.summary


def export_calendar(
    parent: QWidget | None,
    reminders: ReminderService,
    path: Path | None = None,
    *,
    keep_updated: bool | None = None,
) -> Path | None:
    """Write the follow-up calendar; asks whether to keep the file up to date."""
    path = path or _save_path(parent, "Export calendar", "ghostless.ics", "iCalendar (*.ics)")
    if path is None:
        return None
    try:
        count = exports.export_calendar(reminders, path)
        if keep_updated is None:
            answer = QMessageBox.question(
                parent,
                "Export calendar",
                f"Wrote {count} follow-up window(s) to {path}.\n\nKeep this file up to date on "
                "every change (for calendar apps that subscribe to a file)?",
            )
            keep_updated = answer == QMessageBox.StandardButton.Yes
        if keep_updated:
            exports.set_calendar_feed(reminders.ledger, path)
    except GhostlessError as exc:
        _fail(parent, "Export calendar", exc)
        return None
    return path


def back_up(parent: QWidget | None, ledger: Ledger, path: Path | None = None) -> Path | None:
    path = path or _save_path(parent, "Back up", "ghostless-backup.sqlite3", "Backup (*.sqlite3)")
    if path is None:
        return None
    try:
        return backup.backup_ledger(ledger, path)
    except GhostlessError as exc:
        _fail(parent, "Back up", exc)
        return None


def restore(
    parent: QWidget | None, ledger: Ledger, path: Path | None = None, *, confirmed: bool = False
) -> Path | None:
    """Replace the data with a backup; returns where the previous data was kept."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, "Restore", "", "Backup (*.sqlite3)")
        if not chosen:
            return None
        path = Path(chosen)
    try:
        backup.check_backup(path)
        if not confirmed:
            answer = QMessageBox.question(
                parent,
                "Restore",
                f"Replace everything in Ghostless with the backup {path.name}?\n\nThe current "
                "data is kept aside in the backups folder.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return backup.restore_ledger(ledger, path)
    except GhostlessError as exc:
        _fail(parent, "Restore", exc)
        return None


def export_json(parent: QWidget | None, ledger: Ledger, path: Path | None = None) -> Path | None:
    path = path or _save_path(parent, "Export JSON", "ghostless.json", "JSON (*.json)")
    if path is None:
        return None
    try:
        exports.export_json(ledger, path)
    except GhostlessError as exc:
        _fail(parent, "Export JSON", exc)
        return None
    return path


def export_contacts(
    parent: QWidget | None, ledger: Ledger, form: str, path: Path | None = None
) -> Path | None:
    """Every contact with every address, as CSV (``form`` "csv") or vCard ("vcard")."""
    title = "Export contacts"
    if form == "csv":
        path = path or _save_path(parent, title, "contacts.csv", "CSV (*.csv)")
    else:
        path = path or _save_path(parent, title, "contacts.vcf", "vCard (*.vcf)")
    if path is None:
        return None
    try:
        if form == "csv":
            exports.export_contacts_csv(ledger, path)
        else:
            exports.export_contacts_vcard(ledger, path)
    except GhostlessError as exc:
        _fail(parent, title, exc)
        return None
    return path
