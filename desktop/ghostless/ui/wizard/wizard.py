"""The polite-disengagement wizard (Picard's setup wizard is the model).

Pages are registered with ``setPage(PageId.X, …)``; :meth:`DisengageWizard.nextId`
asks :func:`ghostless.core.disengage.next_step`, so an exception found while
assessing skips straight to blocking, muting, away mode or a quiet step back.
Every page writes the one :class:`WizardState`; ``accept()`` makes one call
(:meth:`Finisher.finish`). Closed halfway, the answers are remembered in
window.ini (``WizardState.to_json``, never a secret) and the wizard reopens
where it was left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ghostless.core.disengage import (
    Boundary,
    Delivery,
    Situation,
    Step,
    WizardState,
    effective_boundary,
    next_step,
    path,
    reason_needed,
)
from ghostless.core.draft_checker import CheckOptions
from ghostless.core.errors import GhostlessError, InputError
from ghostless.core.models import LoopKind
from ghostless.core.planner import AwayReason
from ghostless.core.templates import (
    Directness,
    Rendered,
    Template,
    add_apology_opener,
    apology_opener,
    fields_for,
    filled_in,
    is_late,
    render,
    suggest,
)
from ghostless.services.disengage import Mailer
from ghostless.services.ledger import Ledger
from ghostless.services.mail import MailService, ReplyHeaders
from ghostless.services.mailer import SmtpMailer
from ghostless.services.mailto import build_mailto, mail_client_missing
from ghostless.services.reminders import ReminderService
from ghostless.services.secrets import KeyringSecretStore, SecretStore, SecretsUnavailable
from ghostless.services.settings import SettingsService
from ghostless.services.templates import TemplateService
from ghostless.ui.common.accessible import name_message_icon
from ghostless.ui.common.icons import icon
from ghostless.ui.wizard import prefs
from ghostless.ui.wizard.boundary_send import BoundaryPage, SendPage
from ghostless.ui.wizard.draft_editor import CheckerSettingsDialog, missing_fields
from ghostless.ui.wizard.finish import Finisher, FinishRequest, FinishResult, WizardFinisher
from ghostless.ui.wizard.mail_settings import MailSettingsDialog, no_keyring
from ghostless.ui.wizard.page_base import WizardPage
from ghostless.ui.wizard.pages import AssessPage, DraftPage
from ghostless.ui.wizard.short_paths import AwayPage, BlockPage, MuteOrBlockPage, QuietPage
from ghostless.ui.wizard.template_manager import TemplateManagerDialog


class PageId(IntEnum):
    ASSESS = 0
    DRAFT = 1
    BOUNDARY = 2
    SEND = 3
    BLOCK = 4
    MUTE_OR_BLOCK = 5
    AWAY = 6
    QUIET = 7


STEP_PAGES = {
    Step.ASSESS: PageId.ASSESS,
    Step.DRAFT: PageId.DRAFT,
    Step.BOUNDARY: PageId.BOUNDARY,
    Step.SEND: PageId.SEND,
    Step.BLOCK: PageId.BLOCK,
    Step.MUTE_OR_BLOCK: PageId.MUTE_OR_BLOCK,
    Step.AWAY: PageId.AWAY,
    Step.QUIET: PageId.QUIET,
}
#: Kinds where ``$role`` means the job on offer, not the contact's own job title.
_JOB_KINDS = frozenset(
    {
        LoopKind.RECRUITER_OUTREACH,
        LoopKind.INTERVIEW_SCHEDULED,
        LoopKind.INTERVIEW_HELD,
        LoopKind.JOB_OFFER,
    }
)

OpenUrl = Callable[[QUrl], bool]


def open_mail_link(url: QUrl) -> bool:
    """Open a ``mailto:`` link; False when nothing on this computer handles one.

    On Linux, ``QDesktopServices.openUrl`` starts xdg-open and reports True
    even when no mail client is set up (xdg-open fails later, on stderr
    only), so the handler is looked up first.
    """
    if mail_client_missing():
        return False
    return QDesktopServices.openUrl(url)


def page_for(step: Step, state: WizardState, current: int) -> int:
    """The page that shows ``step`` (-1: finished).

    The power-dynamic path asks first whether to answer at all (the quiet page)
    before drafting the minimal acknowledgment.
    """
    if step is Step.DONE:
        return -1
    if step is Step.DRAFT and state.situation is Situation.POWER and current == PageId.ASSESS:
        return PageId.QUIET
    return STEP_PAGES[step]


class DisengageWizard(QWizard):
    """Walks one loop through assess, draft, boundary, send and close (or a short path).

    Signals:
        finished_with(object): the :class:`FinishResult` once ``accept()`` succeeded.

    Attributes:
        state: every answer so far.
        finish_result: what the finish call did (None until then).
        last_error: the last error shown (for tests).
        auto_body: the draft as last filled in from a template (unedited if equal).
        late: the loop's reply is past its due window (offer the apology opener).
    """

    finished_with = Signal(object)

    def __init__(
        self,
        ledger: Ledger,
        loop_id: int,
        *,
        settings: QSettings,
        reminders: ReminderService,
        secrets: SecretStore | None = None,
        finisher: Finisher | None = None,
        open_url: OpenUrl | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.settings = settings
        self.reminders = reminders
        self.loop = ledger.loop(loop_id)
        self.contact = ledger.contact(self.loop.contact_id)
        self.templates = TemplateService(ledger)
        #: For a loop linked to a mail thread: the headers that answer in that thread.
        self.reply: ReplyHeaders | None = MailService(ledger).reply_headers(loop_id)
        self.secrets: SecretStore = secrets if secrets is not None else KeyringSecretStore()
        self.open_url: OpenUrl = open_url or open_mail_link
        self.finisher: Finisher = finisher or WizardFinisher(ledger, reminders, self._mailer)
        self._settings = SettingsService(ledger)
        legacy = prefs.take_legacy_checker_options(settings)
        if legacy is not None:
            self.save_checker_options(legacy)
        self.checker_options = self._settings.checker_options()
        self.my_name = prefs.my_name(settings)
        remembered = prefs.remembered_state(settings, loop_id)
        self.resumed = remembered is not None
        self._left_on = prefs.remembered_page(settings, loop_id)
        self.state = remembered or WizardState(loop_id)
        # A remembered draft counts as edited: a new boundary then offers, not imposes.
        self.auto_body = ""
        self.block_reason = ""
        self.away_reason = AwayReason.OTHER
        self.keyring_usable = True
        self.finish_result: FinishResult | None = None
        self.last_error = ""
        self.last_dialog: QWidget | None = None
        now = ledger.clock.now()
        owed = reminders.next_windows([loop_id], now).get(loop_id)
        self.late = owed is not None and is_late(owed.window.due_at, now)

        # Which loop: one person may have several (a new user could not tell them apart).
        self.setWindowTitle(
            self.tr("Close the loop with {name} — {subject}").format(
                name=self.contact.name, subject=self.loop.subject
            )
            if self.loop.subject
            else self.tr("Close the loop with {name}").format(name=self.contact.name)
        )
        self.setWindowIcon(icon("disengage"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(780, 660)
        self._widened = False
        self.pages: dict[PageId, WizardPage] = {
            PageId.ASSESS: AssessPage(self),
            PageId.DRAFT: DraftPage(self),
            PageId.BOUNDARY: BoundaryPage(self),
            PageId.SEND: SendPage(self),
            PageId.BLOCK: BlockPage(self),
            PageId.MUTE_OR_BLOCK: MuteOrBlockPage(self),
            PageId.AWAY: AwayPage(self),
            PageId.QUIET: QuietPage(self),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(PageId.ASSESS)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.restart()
        if self.resumed:
            self._resume()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._widen_to_the_words()

    def _widen_to_the_words(self) -> None:
        """As wide as the widest page's words need (a longer language: German).

        The wizard does not hold itself to its pages' minimum width, so their words
        would be cut off at the right; it is widened once, when first shown.
        """
        page = self.currentPage()
        if page is None or self._widened:
            return
        self._widened = True
        chrome = self.width() - page.width()
        needed = max(p.minimumSizeHint().width() for p in self.pages.values()) + chrome
        self.setMinimumWidth(max(needed, self.minimumWidth()))
        if self.width() < needed:
            self.resize(needed, self.height())

    # -- typed pages (for callers and tests) -----------------------------------
    @property
    def assess_page(self) -> AssessPage:
        return self.pages[PageId.ASSESS]  # type: ignore[return-value]

    @property
    def draft_page(self) -> DraftPage:
        return self.pages[PageId.DRAFT]  # type: ignore[return-value]

    @property
    def boundary_page(self) -> BoundaryPage:
        return self.pages[PageId.BOUNDARY]  # type: ignore[return-value]

    @property
    def send_page(self) -> SendPage:
        return self.pages[PageId.SEND]  # type: ignore[return-value]

    @property
    def block_page(self) -> BlockPage:
        return self.pages[PageId.BLOCK]  # type: ignore[return-value]

    @property
    def mute_page(self) -> MuteOrBlockPage:
        return self.pages[PageId.MUTE_OR_BLOCK]  # type: ignore[return-value]

    @property
    def away_page(self) -> AwayPage:
        return self.pages[PageId.AWAY]  # type: ignore[return-value]

    @property
    def quiet_page(self) -> QuietPage:
        return self.pages[PageId.QUIET]  # type: ignore[return-value]

    # -- the flow ---------------------------------------------------------------
    def update_state(self, **changes: object) -> None:
        self.state = self.state.with_(**changes)

    def nextId(self) -> int:
        page = self.currentPage()
        if not isinstance(page, WizardPage):
            return -1
        return page_for(next_step(page.projected(self.state)), self.state, self.currentId())

    def step_text(self, step: Step, text: str) -> str:
        steps = path(self.state)
        shown = Step.DRAFT if step is Step.QUIET else step
        where = (
            self.tr("Step {number} of {count}. ").format(
                number=steps.index(shown) + 1, count=len(steps)
            )
            if shown in steps
            else ""
        )
        return f"{where}{text}"

    def _resume(self) -> None:
        """Walk forward through the answered pages to where the wizard was left."""
        target = page_for(next_step(self.state), self.state, -2)
        left_on = self._left_on
        for _ in range(len(self.pages)):
            if self.currentId() in (target, left_on) or self.nextId() == -1:
                break
            page = self.currentPage()
            if not page.isComplete():
                break
            self.next()

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id == PageId.DRAFT:
            # Back from step 3: the draft may have moved to another template there,
            # and QWizard does not initialise a page it goes back to.
            self.draft_page.show_state()
        if page_id != -1:  # -1: QWizard resetting itself as it closes
            self._remember()

    def _remember(self) -> None:
        answered = self.state.reason is not None or not reason_needed(self.state.situation)
        if answered and self.finish_result is None:
            prefs.remember_state(self.settings, self.state, self.currentId())

    def reject(self) -> None:
        """Closed halfway: remember the answers (and the page) for next time."""
        self._remember()
        super().reject()

    def accept(self) -> None:
        """The one call that does it all; an error keeps the wizard open and writes nothing."""
        if self.finish_result is not None:
            super().accept()
            return
        page = self.currentPage()
        state = page.projected(self.state) if isinstance(page, WizardPage) else self.state
        request = FinishRequest(state, self.block_reason.strip(), self.away_reason)
        if self.currentId() == PageId.SEND:
            unfilled = missing_fields(state.draft_subject, state.draft_body)
            if unfilled:
                marks = ", ".join(f"[{name}?]" for name in unfilled)
                self.last_error = f"the message still has {marks}; fill it in or leave it out"
                self.send_page.show_problem(self.last_error)
                return
            if not self._sent_confirmed(state):
                return
        try:
            result = self.finisher.finish(request)
        except GhostlessError as exc:
            self.show_error(str(exc))
            return
        self.finish_result = result
        prefs.forget_state(self.settings, self.loop.id)
        self.finished_with.emit(result)
        super().accept()

    def _sent_confirmed(self, state: WizardState) -> bool:
        """Whether the message has gone out, so it may be recorded as sent.

        SMTP: the server accepting it is the proof (the finisher sends first).
        Copied or opened in the mail client: the first Finish hands it over and
        waits; only the user's "I sent it" (the second Finish) records it. A
        link that fails to open says so in the page and records nothing.
        """
        if state.delivery is Delivery.SMTP:
            return True
        page = self.send_page
        if page.awaiting is not None and page.awaiting is state.delivery:
            return True
        try:
            self._hand_over(state)
        except GhostlessError as exc:
            self.last_error = str(exc)
            page.show_problem(str(exc))
            return False
        if state.delivery is not None:
            page.await_confirmation(state.delivery)
        return False

    def _hand_over(self, state: WizardState) -> None:
        """Copy the message, or open it in the mail client, before it is recorded as sent."""
        if state.delivery is Delivery.COPIED:
            QGuiApplication.clipboard().setText(state.draft_body)
        elif state.delivery is Delivery.MAIL_CLIENT:
            if not self.contact.email:
                raise InputError(
                    f"to: {self.contact.name} has no e-mail address; copy the message instead",
                    field="to",
                )
            url = build_mailto(
                self.contact.email, state.draft_subject, state.draft_body,
                in_reply_to=self.reply.in_reply_to if self.reply else "",
                references=self.reply.references if self.reply else (),
            )  # fmt: skip
            if not self.open_url(QUrl.fromEncoded(url.encode("ascii"))):
                raise GhostlessError("no mail client opened the message; copy it instead")

    def show_error(self, message: str) -> QMessageBox:
        self.last_error = message
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Ghostless",
            f"{message[:1].upper()}{message[1:]}.",
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = box
        name_message_icon(box)
        box.open()
        return box

    # -- drafting -----------------------------------------------------------------
    def today(self) -> date:
        return self.ledger.clock.now().astimezone(self.ledger.zone).date()

    def suggestions(self) -> list[Template]:
        return suggest(
            self.templates.all(),
            kind=self.loop.kind,
            situation=self.state.situation,
            boundary=effective_boundary(self.state),
        )

    def _template(self, key: str | None) -> Template | None:
        for template in self.templates.all():
            if template.key == key:
                return template
        return None

    def render_template(
        self, key: str | None, carried: dict[str, str] | None = None
    ) -> Rendered | None:
        """The template filled for this loop; ``carried`` fills what the loop cannot."""
        template = self._template(key)
        if template is None:
            return None
        check_in = self.state.check_in
        fields = fields_for(
            name=self.contact.name,
            org=self.contact.org,
            role="" if self.loop.kind in _JOB_KINDS else self.contact.role,
            my_name=self.my_name,
            subject=self.loop.subject,
            date=f"{check_in:%A %d %B}" if check_in else "",
        )
        for field_name, value in (carried or {}).items():
            fields[field_name] = fields.get(field_name) or value
        rendered = render(template, fields, Directness(self.state.directness))
        if self.reply is not None:
            # An answer in the thread: "Re:" and the thread's own subject.
            rendered = replace(rendered, subject=self.reply.subject)
        return rendered

    def rerender(self, key: str | None = None) -> None:
        """Fill the draft from ``key`` (default: the current template) and keep it unedited."""
        key = key or self.state.template_key
        rendered = self.render_template(key)
        if rendered is None:
            return
        self.update_state(
            template_key=key, draft_subject=rendered.subject, draft_body=rendered.body
        )
        self.auto_body = rendered.body

    def move_to_template(self, key: str) -> None:
        """Start the draft from ``key`` but keep what the user filled in by hand.

        The values typed over the old template's ``[field?]`` marks and an
        added apology opener go into the new text; the rest of the user's
        edits do not, which is why the boundary page offers to go back.
        """
        state = self.state
        carried = filled_in(self.auto_body, state.draft_body) if self.auto_body else {}
        rendered = self.render_template(key, carried)
        if rendered is None:
            return
        body = rendered.body
        opener = apology_opener(state.directness)
        if opener in state.draft_body and opener not in self.auto_body and opener not in body:
            body = self.with_apology(body)
        self.update_state(template_key=key, draft_subject=rendered.subject, draft_body=body)
        self.auto_body = body

    def restore_draft(self, template_key: str | None, subject: str, body: str, auto: str) -> None:
        """Put back a draft the user had before a template replaced it."""
        self.update_state(template_key=template_key, draft_subject=subject, draft_body=body)
        self.auto_body = auto

    def uses_date(self) -> bool:
        template = self._template(self.state.template_key)
        return template is not None and "date" in template.placeholders()

    def boundary_of_template(self) -> Boundary:
        """The boundary the chosen template sets, when it sets one; else closing the door."""
        template = self._template(self.state.template_key)
        if template is not None and len(template.boundaries) == 1:
            return next(iter(template.boundaries))
        return Boundary.CLOSE_DOOR

    def with_apology(self, body: str) -> str:
        return add_apology_opener(body, Directness(self.state.directness))

    def set_my_name(self, name: str) -> None:
        self.my_name = name
        prefs.set_my_name(self.settings, name)

    def set_block_reason(self, reason: str) -> None:
        self.block_reason = reason

    def manage_templates(self) -> TemplateManagerDialog:
        dialog = TemplateManagerDialog(self.templates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.draft_page.fill_templates())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def checker_settings(self) -> CheckerSettingsDialog:
        dialog = CheckerSettingsDialog(self.checker_options, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_checker_options(dialog.options()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def set_checker_options(self, options: object) -> None:
        from ghostless.core.draft_checker import CheckOptions

        assert isinstance(options, CheckOptions)
        self.save_checker_options(options)
        self.checker_options = self._settings.checker_options()
        self.draft_page.editor.set_options(self.checker_options)

    def save_checker_options(self, options: CheckOptions) -> None:
        """The word limit and the checks switched off, saved with every other setting."""
        self._settings.update(
            {
                "draft_word_limit": options.word_limit,
                "draft_checks_off": sorted(kind.value for kind in options.disabled),
            }
        )

    # -- sending ------------------------------------------------------------------
    def smtp_status(self) -> tuple[bool, str]:
        """Whether sending from Ghostless can work now, and a line saying why (not)."""
        if not self.keyring_usable:
            return False, no_keyring()
        smtp = prefs.smtp_settings(self.settings)
        if smtp is None:
            return False, "No mail server is set up yet."
        if not smtp.username:
            return True, f"From {smtp.from_address} via {smtp.host}."
        try:
            saved = self.secrets.get(smtp.secret_key)
        except SecretsUnavailable:
            self.keyring_usable = False
            return False, no_keyring()
        if not saved:
            return False, f"No password is saved for {smtp.username}; add it in the mail settings."
        return True, f"From {smtp.from_address} via {smtp.host}."

    def mail_settings(self) -> MailSettingsDialog:
        dialog = MailSettingsDialog(self.settings, self.secrets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._after_mail_settings(dialog.keyring_failed))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _after_mail_settings(self, keyring_failed: bool) -> None:
        if keyring_failed:
            self.keyring_usable = False
        self.send_page.refresh_smtp()

    def _mailer(self) -> Mailer | None:
        smtp = prefs.smtp_settings(self.settings)
        if smtp is None:
            raise InputError("how: no mail server is set up; open the mail settings", field="how")
        return SmtpMailer(smtp, self.secrets)
