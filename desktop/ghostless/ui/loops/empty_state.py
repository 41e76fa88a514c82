"""The first thing a new user sees: what a loop is, and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ghostless.ui.common.icons import app_icon, icon
from ghostless.ui.common.translation import QT_TRANSLATE_NOOP

HEADING = QT_TRANSLATE_NOOP("EmptyStatePage", "Nothing to keep track of yet")
EXPLANATION = QT_TRANSLATE_NOOP(
    "EmptyStatePage",
    "A loop is one professional conversation: a recruiter's message, an interview, an "
    "introduction, a favour someone did you. Ghostless keeps track of whose turn it is in "
    "each one and reminds you before the polite time to answer runs out.",
)


class EmptyStatePage(QWidget):
    """Shown while there are no contacts and no loops.

    Attributes:
        add_first_button: opens the new-loop dialog.
        load_examples_button: fills the ledger with a few example loops to look at.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(QSize(96, 96)))
        picture.setAccessibleName("Ghostless")
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr(HEADING))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation = QLabel(self.tr(EXPLANATION))
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the wrapped text claim its full height in the layout.
        explanation.setFixedWidth(520)
        explanation_row = QHBoxLayout()
        explanation_row.addStretch(1)
        explanation_row.addWidget(explanation)
        explanation_row.addStretch(1)

        self.add_first_button = QPushButton(icon("loop-new"), self.tr("Add my first loop"))
        self.add_first_button.setDefault(True)
        self.load_examples_button = QPushButton(self.tr("Load example loops"))
        self.load_examples_button.setToolTip(
            self.tr(
                "Adds a few made-up contacts and loops to try Ghostless with; "
                "delete or archive them when you are done"
            )
        )
        self.mail_button = QPushButton(self.tr("Start from my mail"))
        self.mail_button.setToolTip(
            self.tr("Point Ghostless at your Maildir or mbox; it suggests who is owed a reply")
        )
        for button in (self.add_first_button, self.load_examples_button, self.mail_button):
            button.setMinimumHeight(36)
            button.setIconSize(QSize(20, 20))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_first_button)
        buttons.addWidget(self.load_examples_button)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addSpacing(12)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(explanation_row)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addStretch(3)
