"""What the app shows when its database is there but cannot be used: what is wrong and what
to do (restore one of the listed backups, or start afresh with the file kept aside).

The same two ways out as ``ghostless restore`` and ``ghostless start-afresh``,
through the same services, before any window or scheduler exists.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ghostless import APP_NAME
from ghostless.core.clock import Clock
from ghostless.core.errors import GhostlessError, StoreDamaged
from ghostless.services import backup
from ghostless.ui.common.accessible import name


class RecoveryDialog(QDialog):
    """Restore a backup or start afresh; accepted once one of them was done.

    Attributes:
        outcome: what was done, in a sentence (empty until then).
    """

    def __init__(
        self,
        error: StoreDamaged,
        data_dir: Path,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} cannot open its data").format(app=APP_NAME))
        self._data_dir, self._clock, self._zone = data_dir, clock, zone
        self.outcome = ""
        self.backups: list[backup.BackupFile] = [
            b for b in error.backups if isinstance(b, backup.BackupFile)
        ]
        self.problem_label = QLabel(error.problem + ".")
        self.problem_label.setWordWrap(True)
        advice = (
            self.tr("Restore one of these backups (newest first):")
            if self.backups
            else self.tr(
                "There is no backup in the data folder. Restore a copy you keep elsewhere, "
                "or start afresh."
            )
        )
        self.backup_list = QListWidget()
        name(self.backup_list, self.tr("Backups, newest first"))
        for item in self.backups:
            self.backup_list.addItem(item.line(zone))
        if self.backups:
            self.backup_list.setCurrentRow(0)
        self.backup_list.setVisible(bool(self.backups))
        self.restore_button = QPushButton(self.tr("&Restore selected"))
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_file_button = QPushButton(self.tr("Restore &another file…"))
        self.afresh_check = QCheckBox(
            self.tr("Move the damaged file into the backups folder and start with no data")
        )
        self.afresh_button = QPushButton(self.tr("&Start afresh"))
        self.afresh_button.setEnabled(False)
        quit_button = QPushButton(self.tr("&Quit"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        afresh_row = QHBoxLayout()
        afresh_row.addWidget(self.afresh_check, 1)
        afresh_row.addWidget(self.afresh_button)
        column = QVBoxLayout(self)
        column.addWidget(self.problem_label)
        column.addWidget(QLabel(advice))
        column.addWidget(self.backup_list, 1)
        column.addLayout(buttons)
        column.addLayout(afresh_row)

        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.restore_file_button.clicked.connect(self._on_restore_file_button_clicked)
        self.afresh_check.toggled.connect(self.afresh_button.setEnabled)
        self.afresh_button.clicked.connect(self._on_afresh_button_clicked)
        quit_button.clicked.connect(self.reject)
        self.resize(720, 360)

    def restore(self, source: Path) -> bool:
        try:
            restored = backup.restore_data(
                self._data_dir, source, now=self._clock.now(), zone=self._zone
            )
        except GhostlessError as exc:
            QMessageBox.warning(self, "Restore", str(exc))
            return False
        self.outcome = restored.text()
        self.accept()
        return True

    def _on_restore_button_clicked(self) -> None:
        row = self.backup_list.currentRow()
        if 0 <= row < len(self.backups):
            self.restore(self.backups[row].path)

    def _on_restore_file_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Restore", str(self._data_dir), "Backup (*.sqlite3)"
        )
        if chosen:
            self.restore(Path(chosen))

    def _on_afresh_button_clicked(self) -> None:
        try:
            aside = backup.start_afresh(
                self._data_dir,
                now=self._clock.now(),
                zone=self._zone,
                confirmed=self.afresh_check.isChecked(),
            )
        except GhostlessError as exc:
            QMessageBox.warning(self, self.tr("Start afresh"), str(exc))
            return
        self.outcome = (
            f"Started afresh. The previous file is kept in {aside}." if aside else "Started afresh."
        )
        self.accept()
