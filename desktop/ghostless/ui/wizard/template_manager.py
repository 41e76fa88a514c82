"""The user's own templates: create, edit, duplicate and delete.

Built-in templates are read-only; duplicating one gives an editable copy.
Fields are ``$name``-style placeholders only (see :mod:`ghostless.core.templates`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ghostless.core.draft_checker import Intent
from ghostless.core.errors import GhostlessError
from ghostless.core.i18n import _
from ghostless.core.templates import (
    PLACEHOLDERS,
    Template,
    TemplateFields,
    clean_template,
)
from ghostless.services.templates import TemplateService
from ghostless.ui.common.accessible import name
from ghostless.ui.common.text_colours import error_style

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateEditor(QDialog):
    """One user template's title, intent, subject and two texts."""

    def __init__(self, template: Template | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit template") if template else self.tr("New template"))
        self.resize(620, 560)
        self.title_edit = QLineEdit(template.title if template else "")
        self.intent_combo = QComboBox()
        for intent in Intent:
            self.intent_combo.addItem(intent.label, intent.value)
        if template:
            self.intent_combo.setCurrentIndex(list(Intent).index(template.intent))
        self.subject_edit = QLineEdit(template.subject if template else "Re: $subject")
        self.direct_edit = QPlainTextEdit(template.direct if template else "")
        self.softer_edit = QPlainTextEdit(template.softer if template else "")
        self.softer_edit.setPlaceholderText(self.tr("Leave empty to use the direct text"))
        fields = ", ".join(f"${name} ({_(what)})" for name, what in PLACEHOLDERS.items())
        hint = QLabel(
            self.tr("Fields: {fields}. Write $$ for a dollar sign.").format(fields=escape(fields))
        )
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(error_style())
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Meant to"), self.intent_combo)
        name(self.intent_combo, self.tr("Meant to"))
        form.addRow(self.tr("&Subject"), self.subject_edit)
        form.addRow(self.tr("&Direct"), self.direct_edit)
        form.addRow(self.tr("S&ofter"), self.softer_edit)
        form.addRow(hint)
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.based_on = template.based_on if template else None
        self.kinds = template.kinds if template else frozenset()
        self.fields: TemplateFields | None = None

    def accept(self) -> None:
        try:
            self.fields = clean_template(
                title=self.title_edit.text(),
                intent=str(self.intent_combo.currentData()),
                subject=self.subject_edit.text(),
                direct=self.direct_edit.toPlainText(),
                softer=self.softer_edit.toPlainText(),
                kinds=self.kinds,
                based_on=self.based_on,
            )
        except GhostlessError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


class TemplateManagerDialog(QDialog):
    """Lists every template; the user's own can be edited and deleted, any duplicated.

    Attributes:
        changed: a template was written while the dialog was open.
        last_editor: the editor opened last (for tests).
    """

    def __init__(self, templates: TemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My templates"))
        self.resize(640, 460)
        self._repo = templates
        self.changed = False
        self.last_editor: TemplateEditor | None = None
        self.list = QListWidget()
        name(self.list, self.tr("Templates"))
        self.preview = QPlainTextEdit()
        name(self.preview, self.tr("Template preview"))
        self.preview.setReadOnly(True)
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        buttons = QVBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(row, 2)
        column.addWidget(self.preview, 1)
        column.addWidget(close)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.list.itemActivated.connect(lambda _item: self.edit(self.selected()))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self._templates = {t.key: t for t in self._repo.all()}
        self.list.clear()
        for template in self._templates.values():
            label = template.title if template.user_id else f"{template.title} (built-in)"
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, template.key)
            self.list.addItem(item)
            if template.key == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_list_current_changed()

    def selected(self) -> Template | None:
        item = self.list.currentItem()
        return self._templates.get(str(item.data(KEY_ROLE))) if item else None

    def select_key(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)

    def _on_list_current_changed(self) -> None:
        template = self.selected()
        own = template is not None and template.user_id is not None
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.duplicate_button.setEnabled(template is not None)
        self.preview.setPlainText(f"{template.subject}\n\n{template.direct}" if template else "")

    def edit(self, template: Template | None) -> TemplateEditor | None:
        if template is not None and template.user_id is None:
            return None  # built-in: duplicate it first
        editor = TemplateEditor(template, self)
        self.last_editor = editor
        editor.accepted.connect(lambda: self._save(editor, template))
        editor.open()
        return editor

    def _save(self, editor: TemplateEditor, template: Template | None) -> None:
        fields = editor.fields
        if fields is None:
            return
        try:
            if template is not None and template.user_id is not None:
                self._repo.update(template.user_id, fields)
                key = template.key
            else:
                key = f"user:{self._repo.create(fields)}"
        except GhostlessError as exc:
            QMessageBox.warning(self, "Ghostless", str(exc))
            return
        self.changed = True
        self.reload(select=key)

    def duplicate_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        try:
            new_id = self._repo.duplicate(template.key)
        except GhostlessError as exc:
            QMessageBox.warning(self, "Ghostless", str(exc))
            return
        self.changed = True
        self.reload(select=f"user:{new_id}")

    def delete_selected(self, *, confirm: bool = True) -> None:
        template = self.selected()
        if template is None or template.user_id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, "Delete template", f"Delete your template “{template.title}”?"
            )
            if answer is not QMessageBox.StandardButton.Yes:
                return
        self._repo.delete(template.user_id)
        self.changed = True
        self.reload()
