"""Importing contacts in the window: choose, map (for other CSV), preview, then import.

Nothing is written until Import is pressed; the preview shows per row what
will happen (create, update, unchanged, or skip with the reason). The import
runs as one transaction with a progress bar; Cancel rolls it back entirely.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.contact_import import (
    TARGETS,
    ImportCancelled,
    ImportSummary,
    RowAction,
    RowPlan,
    guess_mapping,
)
from ghostless.core.errors import GhostlessError
from ghostless.services import imports
from ghostless.services.importers import Source, csv_header, csv_samples
from ghostless.services.ledger import Ledger
from ghostless.ui.common.accessible import name
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_TARGET_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "org": QT_TRANSLATE_NOOP("ImportDialog", "Organisation"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "url": QT_TRANSLATE_NOOP("ImportDialog", "Profile URL"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
}
_NONE = QT_TRANSLATE_NOOP("ImportDialog", "(not imported)")


class ImportPreviewModel(QAbstractTableModel):
    """One row per record of the file: its line, what happens, the name, why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Line"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "What happens"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Details"),
    )

    def __init__(self, rows: list[RowPlan] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowPlan] = list(rows or [])

    def set_rows(self, rows: list[RowPlan]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_plan(self, row: int) -> RowPlan:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return str(plan.line)
            if column == 1:
                return plan.action.label
            if column == 2:
                return plan.name
            if column == 3:
                return _details(plan)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return _details(plan)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _details(plan: RowPlan) -> str:
    if plan.action is RowAction.SKIP:
        return plan.reason
    parts = []
    if plan.action is RowAction.UPDATE:
        parts.append("changes " + ", ".join(plan.changes))
    if plan.action is RowAction.CREATE and plan.fields is not None:
        shown = (plan.fields.email, plan.fields.org, plan.fields.url)
        parts.append(", ".join(v for v in shown if v))
    parts.append(plan.explain())
    return "; ".join(part for part in parts if part)


class ImportDialog(QDialog):
    """Choose a file and its kind, map columns if needed, preview, import."""

    def __init__(
        self,
        ledger: Ledger,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        source: Source = Source.LINKEDIN,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self.ledger = ledger
        self.preview: imports.ImportPreview | None = None
        self.summary: ImportSummary | None = None
        self._cancelled = False
        self._running = False

        self.source_box = QComboBox()
        for item in Source:
            self.source_box.addItem(item.label, item.value)
        self.source_box.setCurrentIndex(list(Source).index(source))
        self.file_edit = QLineEdit(str(path) if path else "")
        self.file_edit.setPlaceholderText(self.tr("The exported file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.encoding_edit = QLineEdit()
        self.encoding_edit.setPlaceholderText(self.tr("UTF-8 (leave empty unless told otherwise)"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Kind of file"), self.source_box)
        name(self.source_box, self.tr("Kind of file"))
        form.addRow(self.tr("File"), file_row)
        name(self.file_edit, self.tr("File"))
        form.addRow(self.tr("Encoding"), self.encoding_edit)

        self.mapping_box = QGroupBox(self.tr("Which column holds what"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        for target in TARGETS:
            combo = QComboBox()
            combo.addItem(self.tr(_NONE), "")
            self.mapping_combos[target] = combo
            self.mapping_form.addRow(self.tr(_TARGET_LABELS[target]), combo)
            name(combo, self.tr(_TARGET_LABELS[target]))
        self.mapping_box.setVisible(False)

        self.model = ImportPreviewModel(parent=self)
        self.table = QTableView()
        name(self.table, self.tr("Preview of the contacts"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel(
            self.tr("Choose the file, then press Preview. Nothing is written yet.")
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.make_preview)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(760, 560)

        self.source_box.currentIndexChanged.connect(self._inputs_changed)
        self.file_edit.editingFinished.connect(self._inputs_changed)
        self._inputs_changed()

    # -- inputs ----------------------------------------------------------------
    @property
    def source(self) -> Source:
        return Source(self.source_box.currentData())

    def path(self) -> Path:
        return Path(self.file_edit.text().strip())

    def encoding(self) -> str | None:
        return self.encoding_edit.text().strip() or None

    def _browse(self) -> None:
        pattern = "vCard (*.vcf *.vcard)" if self.source is Source.VCARD else "CSV (*.csv *.txt)"
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "", pattern)
        if chosen:
            self.file_edit.setText(chosen)
            self._inputs_changed()

    def _inputs_changed(self) -> None:
        self.preview = None
        self.import_button.setEnabled(False)
        self.model.set_rows([])
        is_csv = self.source is Source.CSV
        self.mapping_box.setVisible(is_csv)
        if is_csv and self.file_edit.text().strip():
            self.load_columns()

    def load_columns(self) -> None:
        """Fill the mapping step with the file's columns (each with a sample value)."""
        try:
            header = csv_header(self.path(), self.encoding())
            samples = csv_samples(self.path(), self.encoding())
        except GhostlessError as exc:
            self.status.setText(str(exc))
            return
        guessed = guess_mapping(header)
        for target, combo in self.mapping_combos.items():
            combo.clear()
            combo.addItem(self.tr(_NONE), "")
            for column in header:
                sample = next((row.get(column, "") for row in samples if row.get(column)), "")
                shown = (
                    self.tr("{column}  (e.g. {sample})").format(column=column, sample=sample[:30])
                    if sample
                    else column
                )
                combo.addItem(shown, column)
            if target in guessed:
                combo.setCurrentIndex(header.index(guessed[target]) + 1)

    def mapping(self) -> dict[str, str]:
        return {
            target: str(combo.currentData())
            for target, combo in self.mapping_combos.items()
            if combo.currentData()
        }

    # -- preview and import ----------------------------------------------------------
    def make_preview(self) -> bool:
        """Read and plan; shows the rows. Returns whether there is something to import."""
        try:
            self.preview = imports.preview(
                self.ledger,
                self.path(),
                self.source,
                encoding=self.encoding(),
                mapping=self.mapping() if self.source is Source.CSV else None,
            )
        except GhostlessError as exc:
            self.preview = None
            self.model.set_rows([])
            self.import_button.setEnabled(False)
            self.status.setText(self.tr("Cannot import: {exc}").format(exc=exc))
            return False
        self.model.set_rows(list(self.preview.rows))
        summary = self.preview.summary
        self.status.setText(
            self.tr("Importing would give: {value}. Nothing is written yet.").format(
                value=summary.text()
            )
        )
        writes = summary.created + summary.updated
        self.import_button.setEnabled(writes > 0 or summary.unchanged > 0)
        return True

    def run_import(self) -> ImportSummary | None:
        """Write the previewed import, with progress; None if cancelled or refused."""
        if self.preview is None:
            return None
        self._cancelled = False
        self._running = True
        self.progress.setVisible(True)
        self.progress.setRange(0, max(1, len(self.preview.rows)))
        for widget in (self.import_button, self.preview_button, self.source_box, self.file_edit):
            widget.setEnabled(False)
        try:
            self.summary = imports.run(self.ledger, self.preview, self._progress)
        except ImportCancelled:
            self.status.setText(self.tr("Import cancelled; nothing was written."))
            return None
        except GhostlessError as exc:
            self.status.setText(self.tr("Nothing was imported: {exc}").format(exc=exc))
            return None
        finally:
            self._running = False
            self.progress.setVisible(False)
            for widget in (self.preview_button, self.source_box, self.file_edit):
                widget.setEnabled(True)
        self.status.setText(self.tr("Imported: {value}.").format(value=self.summary.text()))
        self.cancel_button.setText(self.tr("Close"))
        return self.summary

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        QApplication.processEvents()
        if self._cancelled:
            raise ImportCancelled

    def cancel(self) -> None:
        """Stop a running import (rolled back), or close the dialog."""
        if self._running:
            self._cancelled = True
            return
        if self.summary is not None:
            self.accept()
        else:
            self.reject()
