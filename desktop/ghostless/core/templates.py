"""Message templates: the built-in ones, user ones, and safe rendering.

Rendering substitutes named fields only: ``$name`` or ``${name}`` from a fixed
allowlist (:data:`PLACEHOLDERS`), ``$$`` for a dollar sign. There is no
attribute or index access and no expression (``str.format`` would allow
``{c.__init__.__globals__}``), so a user template cannot reach anything but
the values handed in. A field that is missing or empty is never a crash: it
is returned in :attr:`Rendered.missing` and left visibly marked in the text
as ``[name?]`` for the user to fill in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ghostless.core.disengage import Boundary, Situation
from ghostless.core.draft_model import Intent
from ghostless.core.errors import InputError
from ghostless.core.i18n import N_, _, language
from ghostless.core.models import LoopKind
from ghostless.core.template_texts import APOLOGY_OPENER, TEXTS

#: The fields a template may use, and what each is.
PLACEHOLDERS: dict[str, str] = {
    "name": N_("the contact's name"),
    "org": N_("the contact's organisation"),
    "role": N_("the contact's role, or the role the conversation is about"),
    "my_name": N_("your name"),
    "subject": N_("the loop's subject"),
    "date": N_("a date you pick (a check-in date, a deadline)"),
}
MAX_TEMPLATE_CHARS = 10_000
MAX_FIELD_CHARS = 1_000
MAX_TITLE_CHARS = 200

_PLACEHOLDER = re.compile(r"\$(?:(?P<escaped>\$)|(?P<bare>[A-Za-z_][A-Za-z0-9_]*)|"
                          r"\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)\}|(?P<bad>))")  # fmt: skip


class Directness(StrEnum):
    DIRECT = "direct"
    SOFTER = "softer"


@dataclass(frozen=True, slots=True)
class Template:
    """One message template with its two variants.

    ``key`` is "builtin:<name>" for the built-in ones and "user:<id>" for the
    user's own (``user_id`` set). ``kinds`` and ``situations`` say where the
    template fits; empty means anywhere.
    """

    key: str
    title: str
    intent: Intent
    subject: str
    direct: str
    softer: str
    kinds: frozenset[LoopKind] = frozenset()
    situations: frozenset[Situation] = frozenset({Situation.NONE})
    boundaries: frozenset[Boundary] = frozenset()
    user_id: int | None = None
    based_on: str | None = None

    @property
    def builtin(self) -> bool:
        return self.user_id is None

    def text(self, directness: Directness | str) -> str:
        return self.softer if Directness(directness) is Directness.SOFTER else self.direct

    def placeholders(self) -> list[str]:
        """The fields this template uses, in first-use order."""
        seen: dict[str, None] = {}
        for text in (self.subject, self.direct, self.softer):
            for name in _names(text):
                seen.setdefault(name, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered draft; ``missing`` lists fields left marked as ``[name?]``."""

    subject: str
    body: str
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TemplateFields:
    """A user template's content, checked (see :func:`clean_template`)."""

    title: str
    intent: Intent
    subject: str
    direct: str
    softer: str
    kinds: frozenset[LoopKind] = field(default_factory=frozenset)
    based_on: str | None = None


# -- unfilled fields ---------------------------------------------------------------
#: A field :func:`substitute` could not fill, as it is left in the text.
_UNFILLED_MARK = re.compile(r"\[(" + "|".join(PLACEHOLDERS) + r")\?\]")
#: The mark with the space before it, so removing it leaves no double space.
_UNFILLED_WITH_SPACE = re.compile(r"[ \t]?\[(?:" + "|".join(PLACEHOLDERS) + r")\?\]")


def unfilled_fields(*texts: str) -> list[str]:
    """The fields still marked ``[name?]`` in ``texts``, in order, once each.

    A message with one of these marks never goes out as sent: the user fills
    it in or removes it on purpose (:func:`remove_unfilled`).
    """
    found: dict[str, None] = {}
    for text in texts:
        for match in _UNFILLED_MARK.finditer(text):
            found.setdefault(match.group(1), None)
    return list(found)


def remove_unfilled(text: str) -> str:
    """``text`` with every ``[name?]`` mark taken out (the user chose to leave them out)."""
    return _UNFILLED_WITH_SPACE.sub("", text)


#: How much of the template's own text around a mark is used to find the user's value.
_CONTEXT_CHARS = 24


def filled_in(rendered: str, edited: str) -> dict[str, str]:
    """What the user typed in place of each ``[name?]`` mark of ``rendered``.

    ``edited`` is the user's draft that started as ``rendered``. A value is
    found by the template's own words on either side of the mark (on the same
    line); a mark whose surroundings the user rewrote is not carried over.
    Used when the draft moves to another template, so the user's role,
    names and dates go with it.
    """
    values: dict[str, str] = {}
    marks = list(_UNFILLED_MARK.finditer(rendered))
    for index, mark in enumerate(marks):
        name = mark.group(1)
        if name in values:
            continue
        start = marks[index - 1].end() if index else 0
        end = marks[index + 1].start() if index + 1 < len(marks) else len(rendered)
        before = rendered[start : mark.start()].rsplit("\n", 1)[-1][-_CONTEXT_CHARS:]
        after = rendered[mark.end() : end].split("\n", 1)[0][:_CONTEXT_CHARS]
        if not before.strip() and not after.strip():
            continue  # a mark alone on its line: nothing to find it by
        pattern = (
            (re.escape(before) if before else r"(?m)^")
            + r"([^\n\[\]]+?)"
            + (re.escape(after) if after else r"(?m)$")
        )
        pattern = pattern.replace("(?m)", "")
        found = re.search(pattern, edited, re.MULTILINE)
        if found and found.group(1).strip():
            values[name] = found.group(1).strip()
    return values


def refuse_unfilled(field_name: str, *texts: str) -> None:
    """An InputError naming the unfilled fields, if any are left in ``texts``."""
    names = unfilled_fields(*texts)
    if names:
        marks = ", ".join(f"[{name}?]" for name in names)
        raise InputError(
            f"{field_name}: still has {marks} to fill in; fill it in or remove it before sending",
            field=field_name,
        )


# -- rendering ----------------------------------------------------------------------
def _names(text: str) -> Iterable[str]:
    for match in _PLACEHOLDER.finditer(text):
        name = match.group("bare") or match.group("braced")
        if name:
            yield name


def substitute(text: str, fields: Mapping[str, str]) -> tuple[str, list[str]]:
    """``text`` with allowlisted placeholders filled; the missing ones marked and listed.

    A ``$`` not followed by a name stays as it is; an unknown name (not in
    :data:`PLACEHOLDERS`) is left untouched, as text.
    """
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        if match.group("escaped"):
            return "$"
        name = match.group("bare") or match.group("braced")
        if not name or name not in PLACEHOLDERS:
            return match.group(0)
        value = fields.get(name, "")
        value = value.strip()[:MAX_FIELD_CHARS] if isinstance(value, str) else ""
        if not value:
            if name not in missing:
                missing.append(name)
            return f"[{name}?]"
        return value

    return _PLACEHOLDER.sub(fill, text), missing


def render(
    template: Template,
    fields: Mapping[str, str],
    directness: Directness | str = Directness.DIRECT,
    *,
    late: bool = False,
) -> Rendered:
    """Fill ``template`` for one contact; ``late`` adds the apology opener.

    ``late`` is for a reply drafted after its due window (see :func:`is_late`).
    """
    directness = Directness(directness)
    body = template.text(directness)
    if late:
        body = add_apology_opener(body, directness)
    subject, missing_subject = substitute(template.subject, fields)
    text, missing_body = substitute(body, fields)
    missing = tuple(dict.fromkeys(missing_subject + missing_body))
    return Rendered(subject=subject, body=text, missing=missing)


def apology_opener(directness: Directness | str = Directness.DIRECT) -> str:
    return _(APOLOGY_OPENER[Directness(directness).value])


def add_apology_opener(body: str, directness: Directness | str = Directness.DIRECT) -> str:
    """Put the apology opener after the greeting line (or first, without one)."""
    opener = apology_opener(directness)
    first, sep, rest = body.partition("\n\n")
    if sep and first.rstrip().endswith(",") and "\n" not in first:
        return f"{first}\n\n{opener} {rest}"
    return f"{opener} {body}"


def is_late(due_at: object, now: object) -> bool:
    """True when a reply is drafted after its due window (both aware datetimes or None)."""
    from datetime import datetime

    return isinstance(due_at, datetime) and isinstance(now, datetime) and now > due_at


def fields_for(
    *, name: str = "", org: str = "", role: str = "", my_name: str = "", subject: str = "",
    date: str = "",
) -> dict[str, str]:  # fmt: skip
    """The rendering fields; the contact's first name is used for ``name``."""
    first = name.strip().split()[0] if name.strip() else ""
    return {"name": first, "org": org, "role": role, "my_name": my_name, "subject": subject,
            "date": date}  # fmt: skip


# -- checking a user's template -----------------------------------------------------
def clean_template(
    *,
    title: str,
    intent: Intent | str,
    subject: str = "",
    direct: str,
    softer: str = "",
    kinds: Iterable[LoopKind | str] = (),
    based_on: str | None = None,
) -> TemplateFields:
    """Check a user's template; InputError names the first problem."""
    title = title.strip()
    if not title:
        raise InputError("title: a template needs a title", field="title")
    if len(title) > MAX_TITLE_CHARS:
        raise InputError(f"title: longer than {MAX_TITLE_CHARS} characters", field="title")
    try:
        intent = Intent(intent)
    except ValueError:
        choices = ", ".join(i.value for i in Intent)
        raise InputError(f"intent: {intent!r} is not one of {choices}", field="intent") from None
    direct = direct.strip()
    if not direct:
        raise InputError("direct: the template needs a text", field="direct")
    softer = softer.strip() or direct
    for name, text in (("subject", subject), ("direct", direct), ("softer", softer)):
        if len(text) > MAX_TEMPLATE_CHARS:
            raise InputError(f"{name}: longer than {MAX_TEMPLATE_CHARS} characters", field=name)
        if name == "subject" and ("\n" in text or "\r" in text):
            raise InputError("subject: must be one line", field="subject")
        for match in _PLACEHOLDER.finditer(text):
            placeholder = match.group("bare") or match.group("braced")
            if placeholder and placeholder not in PLACEHOLDERS:
                known = ", ".join(f"${p}" for p in PLACEHOLDERS)
                raise InputError(
                    f"{name}: ${placeholder} is not a field Ghostless knows (use {known}; "
                    "write $$ for a dollar sign)",
                    field=name,
                )
    try:
        kind_set = frozenset(LoopKind(k) for k in kinds)
    except ValueError as exc:
        raise InputError(f"kinds: {exc}", field="kinds") from None
    return TemplateFields(title, intent, subject.strip(), direct, softer, kind_set, based_on)


# -- the built-in ones --------------------------------------------------------------
_K = LoopKind
_S = Situation
_B = Boundary
_JOB = frozenset({_K.RECRUITER_OUTREACH, _K.INTERVIEW_SCHEDULED, _K.INTERVIEW_HELD, _K.JOB_OFFER})
_META: dict[str, tuple[Intent, frozenset[LoopKind], frozenset[Situation], frozenset[Boundary]]] = {
    "recruiter_decline_open": (Intent.DECLINE, frozenset({_K.RECRUITER_OUTREACH}),
                               frozenset({_S.NONE}), frozenset({_B.NOT_NOW})),
    "not_a_fit_other_roles": (Intent.DECLINE, frozenset({_K.RECRUITER_OUTREACH}),
                              frozenset({_S.NONE}), frozenset({_B.CLOSE_DOOR, _B.NOT_NOW})),
    "decline_after_interviews": (Intent.CLOSE_DOOR, frozenset({_K.INTERVIEW_HELD,
                                 _K.INTERVIEW_SCHEDULED}), frozenset({_S.NONE}),
                                 frozenset({_B.CLOSE_DOOR})),
    "accepted_other_offer": (Intent.CLOSE_DOOR, _JOB, frozenset({_S.NONE}),
                             frozenset({_B.CLOSE_DOOR})),
    "cancel_interview": (Intent.CANCEL_INTERVIEW, frozenset({_K.INTERVIEW_SCHEDULED}),
                         frozenset({_S.NONE}), frozenset({_B.CLOSE_DOOR})),
    "reschedule_interview": (Intent.CANCEL_INTERVIEW, frozenset({_K.INTERVIEW_SCHEDULED}),
                             frozenset({_S.NONE, _S.CRISIS}), frozenset()),
    "interview_thanks": (Intent.THANKS, frozenset({_K.INTERVIEW_HELD}), frozenset({_S.NONE}),
                         frozenset()),
    "single_follow_up": (Intent.FOLLOW_UP, frozenset({_K.INTERVIEW_HELD}), frozenset({_S.NONE}),
                         frozenset()),
    "thanks_for_help": (Intent.THANKS, frozenset({_K.HELP_RECEIVED, _K.NETWORKING_CALL}),
                        frozenset({_S.NONE}), frozenset()),
    "referrer_outcome": (Intent.THANKS, frozenset({_K.INTRODUCTION}), frozenset({_S.NONE}),
                         frozenset()),
    "answer_offer": (Intent.CLOSE_DOOR, frozenset({_K.JOB_OFFER}), frozenset({_S.NONE}),
                     frozenset({_B.CLOSE_DOOR})),
    "offer_deadline_notice": (Intent.FOLLOW_UP, frozenset({_K.INTERVIEW_HELD,
                              _K.INTERVIEW_SCHEDULED, _K.RECRUITER_OUTREACH}),
                              frozenset({_S.NONE}), frozenset()),
    "step_back": (Intent.STEP_BACK, frozenset(), frozenset({_S.NONE, _S.CRISIS, _S.POWER}),
                  frozenset({_B.STEP_BACK})),
    "boundary": (Intent.CLOSE_DOOR, frozenset({_K.COLLABORATION_PROPOSAL, _K.OTHER,
                 _K.RECRUITER_OUTREACH, _K.PROMISE_THEIRS}), frozenset({_S.NONE, _S.POWER}),
                 frozenset({_B.CLOSE_DOOR})),
    "not_now_check_in": (Intent.NOT_NOW, frozenset({_K.COLLABORATION_PROPOSAL,
                         _K.RECRUITER_OUTREACH, _K.OTHER, _K.NETWORKING_CALL}),
                         frozenset({_S.NONE}), frozenset({_B.NOT_NOW})),
    "apology_short_silence": (Intent.APOLOGY, frozenset(), frozenset({_S.NONE}), frozenset()),
    "re_engage_with_purpose": (Intent.FOLLOW_UP, frozenset(), frozenset({_S.NONE}),
                               frozenset()),
    "feedback_after_rejection": (Intent.THANKS, frozenset({_K.INTERVIEW_HELD}),
                                 frozenset({_S.NONE}), frozenset()),
    "back_now": (Intent.APOLOGY, frozenset(), frozenset({_S.CRISIS}), frozenset()),
}  # fmt: skip


def _builtin(key: str) -> Template:
    title, subject, direct, softer = (_(text) for text in TEXTS[key])
    intent, kinds, situations, boundaries = _META[key]
    return Template(
        key=f"builtin:{key}", title=title, intent=intent, subject=subject, direct=direct,
        softer=softer, kinds=kinds, situations=situations, boundaries=boundaries,
    )  # fmt: skip


_BUILT: dict[str, tuple[Template, ...]] = {}


def builtins() -> tuple[Template, ...]:
    """The built-in templates, in the language in use (each language's own words)."""
    found = _BUILT.get(language())
    if found is None:
        found = _BUILT[language()] = tuple(_builtin(key) for key in TEXTS)
    return found


#: The built-in templates in English, the language they are written in.
BUILTIN: tuple[Template, ...] = builtins()


def builtin(key: str) -> Template:
    """A built-in template by key ("builtin:step_back" or just "step_back")."""
    full = key if key.startswith("builtin:") else f"builtin:{key}"
    try:
        return next(template for template in builtins() if template.key == full)
    except StopIteration:
        raise InputError(f"template: no built-in template {key!r}", field="template") from None


def suggest(
    templates: Iterable[Template],
    *,
    kind: LoopKind | None = None,
    situation: Situation | None = None,
    boundary: Boundary | None = None,
) -> list[Template]:
    """Templates that fit, best first: the user's own before built-ins on a tie."""

    def fits(template: Template) -> bool:
        if situation is not None and situation not in template.situations:
            return False
        return not (kind is not None and template.kinds and kind not in template.kinds)

    def score(template: Template) -> tuple[int, int, int]:
        return (
            0 if boundary is not None and boundary in template.boundaries else 1,
            0 if kind is not None and kind in template.kinds else 1,
            0 if template.user_id is not None else 1,
        )

    return sorted((t for t in templates if fits(t)), key=score)
