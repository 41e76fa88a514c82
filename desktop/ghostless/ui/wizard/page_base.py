"""The wizard's pages. Each loads from and writes to the wizard's one :class:`WizardState`.

A page holds no business rules: which page comes next is
:func:`ghostless.core.disengage.next_step`, the draft comes from
:mod:`ghostless.core.templates` and is read by the draft checker, and the
wizard's ``accept()`` hands the answers to the services once. Each page's
:meth:`WizardPage.projected` says what the answers will be once it is done
(its own step taken, later ones not yet), which is what ``next_step`` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ghostless.core.disengage import (
    AfterSend,
    Boundary,
    Delivery,
    Reason,
    Situation,
    Step,
    WizardState,
)
from ghostless.ui.common.accessible import mnemonic_letter, with_mnemonic
from ghostless.ui.common.text_colours import text_colours
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ghostless.ui.wizard.wizard import DisengageWizard

REASON_HINTS = {
    Reason.AVOIDING: str(
        QT_TRANSLATE_NOOP(
            "page_base",
            "It feels awkward, or the answer is bad news. A short, kind message ends it.",
        )
    ),
    Reason.OVERLOAD: str(
        QT_TRANSLATE_NOOP(
            "page_base", "Too much at once. A two-line answer now beats a perfect one never."
        )
    ),
    Reason.DISINTEREST: str(
        QT_TRANSLATE_NOOP(
            "page_base", "It isn't for you. Saying so is a kindness: they can move on."
        )
    ),
}
SITUATION_HINTS = {
    Situation.NONE: str(
        QT_TRANSLATE_NOOP(
            "page_base", "The usual way: draft a short answer, set a boundary, send and close."
        )
    ),
    Situation.SAFETY: str(
        QT_TRANSLATE_NOOP(
            "page_base",
            "Harassment, threats, inappropriate messages or manipulation. No reply "
            "is owed: block them.",
        )
    ),
    Situation.SPAM: str(
        QT_TRANSLATE_NOOP(
            "page_base",
            "No job details, unpaid work, pressure, or writing after a clear no. No "
            "reply is owed: mute or block.",
        )
    ),
    Situation.CRISIS: str(
        QT_TRANSLATE_NOOP(
            "page_base", "Illness, bereavement or burnout. Away mode pauses every reminder."
        )
    ),
    Situation.POWER: str(
        QT_TRANSLATE_NOOP(
            "page_base",
            "Someone senior demanding time or favours as “mentorship”. A one-line "
            "acknowledgment is enough.",
        )
    ),
}
BOUNDARY_HINTS = {
    Boundary.CLOSE_DOOR: str(
        QT_TRANSLATE_NOOP("page_base", "A clear no. Nothing is left open, nothing to follow up.")
    ),
    Boundary.NOT_NOW: str(
        QT_TRANSLATE_NOOP(
            "page_base",
            "Honest only if you mean it. Pick a day to check in and Ghostless reminds you then.",
        )
    ),
    Boundary.STEP_BACK: str(
        QT_TRANSLATE_NOOP(
            "page_base",
            "You are stepping away from this for now, without an answer on the matter itself.",
        )
    ),
}
DELIVERY_LABELS = {
    Delivery.COPIED: str(QT_TRANSLATE_NOOP("page_base", "&Copy to the clipboard (LinkedIn, chat)")),
    Delivery.MAIL_CLIENT: str(QT_TRANSLATE_NOOP("page_base", "Open in my &mail client")),
    Delivery.SMTP: str(QT_TRANSLATE_NOOP("page_base", "Send from &Ghostless (SMTP)")),
}
AFTER_LABELS = {
    AfterSend.NOTHING: str(QT_TRANSLATE_NOOP("page_base", "Nothing more")),
    AfterSend.MUTE: str(QT_TRANSLATE_NOOP("page_base", "Mute them (no more reminders about them)")),
    AfterSend.BLOCK: str(QT_TRANSLATE_NOOP("page_base", "Block them")),
}
FINISH_LABELS = {
    Delivery.COPIED: str(QT_TRANSLATE_NOOP("page_base", "Copy and close")),
    Delivery.MAIL_CLIENT: str(QT_TRANSLATE_NOOP("page_base", "Open mail and close")),
    Delivery.SMTP: str(QT_TRANSLATE_NOOP("page_base", "Send and close")),
}
CHECK_IN_DAYS = 90
_V = TypeVar("_V")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WrappedLabel(QLabel):
    """A word-wrapped label that asks its layout for every line it needs at its width.

    A wizard's layout sizes a wrapped label by its width-less size hint, so a longer
    language (German) gets its lines cut at the top and bottom; this one sets its
    minimum height to what its current width needs.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def hint_label(text: str) -> QLabel:
    label = WrappedLabel(text)
    label.setIndent(24)
    label.setStyleSheet(f"color: {text_colours().note};")
    return label


def note_label(*, strong: bool = False) -> QLabel:
    """A framed note: the plain words a short path starts with."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)  # the notes are escaped HTML
    label.setFrameShape(QFrame.Shape.StyledPanel)
    colour = (
        "#fff5f5; border: 1px solid #ffa8a8" if strong else "#f1f3f5; border: 1px solid #ced4da"
    )
    label.setStyleSheet(
        f"QLabel {{ background: {colour}; border-radius: 4px; padding: 8px; color: #212529; }}"
    )
    return label


class WizardPage(QWizardPage):
    """A page over the wizard's state."""

    step: Step

    def __init__(self, host: DisengageWizard) -> None:
        super().__init__()
        self.host = host

    def projected(self, state: WizardState) -> WizardState:
        """The answers once this page is done: its own step taken, later ones not yet."""
        return state

    def set_state(self, **changes: object) -> None:
        self.host.update_state(**changes)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.setSubTitle(self.host.step_text(self.step, self.subtitle()))

    def subtitle(self) -> str:
        return ""


def _translated(text: str) -> str:
    """One of the tables above in the window's language (core's labels come translated).

    The tables are marked with ``QT_TRANSLATE_NOOP`` (typed ``object``: hence ``str``)
    so ``lupdate`` finds them; they are translated here, when a page is built.
    """
    return QCoreApplication.translate("page_base", text)


def wizard_keys() -> set[str]:
    """The wizard's own Alt+letters (Next, Back, Finish) in the language in use."""
    # Qt's own catalogue translates these (from a variable, so lupdate leaves them to it).
    texts = [QCoreApplication.translate("QWizard", text) for text in _WIZARD_BUTTONS]
    return {letter for text in texts if (letter := mnemonic_letter(text)) is not None}


_WIZARD_BUTTONS = ("&Next >", "< &Back", "&Finish")


def radio_group(
    parent: QWidget,
    labels: Mapping[_V, str],
    hints: Mapping[_V, str] | None = None,
    taken: set[str] | None = None,
) -> tuple[QButtonGroup, dict[_V, QRadioButton], QVBoxLayout]:
    """Radio buttons, one per value, each with its hint under it; ids follow the order.

    Each gets an Alt+letter of its own, clear of the wizard's buttons and of the
    letters in ``taken`` (shared by the groups of one page).
    """
    group = QButtonGroup(parent)
    buttons: dict[_V, QRadioButton] = {}
    column = QVBoxLayout()
    keys = taken if taken is not None else wizard_keys()
    for index, (value, label) in enumerate(labels.items()):
        button = QRadioButton(with_mnemonic(_translated(label), keys))
        # Never narrower than its words: the page (and the wizard) grows instead.
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        group.addButton(button, index)
        buttons[value] = button
        column.addWidget(button)
        if hints and value in hints:
            column.addWidget(hint_label(_translated(hints[value])))
    return group, buttons, column


def labelled_row(text: str, field: QWidget) -> QHBoxLayout:
    """A row with a label whose mnemonic focuses ``field``, and the field stretched."""
    row = QHBoxLayout()
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    return row
