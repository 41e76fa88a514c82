"""Loops and their record in the store: derived columns, closing, deleting, searching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ghostless.core.errors import ConfirmationRequired, InputError, NotFoundError
from ghostless.core.models import EventKind, LoopKind, LoopStatus, Outcome, Turn
from ghostless.core.queries import LoopQuery
from ghostless.core.validation import clean_contact
from ghostless.store.contacts import ContactRepository
from ghostless.store.database import Store
from ghostless.store.loops import LoopRepository
from tests.helpers.storefiles import dump, raw_rows

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def text(hours: float) -> str:
    return at(hours).isoformat()


@pytest.fixture
def contacts(store: Store) -> ContactRepository:
    return ContactRepository(store)


@pytest.fixture
def loops(store: Store) -> LoopRepository:
    return LoopRepository(store)


def add_contact(contacts: ContactRepository, name: str, org: str = "", role: str = "") -> int:
    return contacts.add(clean_contact(name=name, org=org, role=role), at=T0)


def derived(store: Store, loop_id: int) -> tuple[object, ...]:
    rows = raw_rows(
        store.path,
        "SELECT turn, turn_rank, turn_since, last_event_at FROM loops WHERE id = ?",
        (loop_id,),
    )
    return rows[0]


# -- derived columns follow the record ---------------------------------------------------
def test_turn_columns_follow_every_event(
    store: Store, contacts: ContactRepository, loops: LoopRepository
) -> None:
    priya = add_contact(contacts, "Priya Raman")
    loop_id = loops.add(
        contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Role", at=at(0)
    )
    assert derived(store, loop_id) == ("mine", 0, text(0), text(0))

    loops.log_event(loop_id, EventKind.SENT, at=at(5), text="Thanks, not looking")
    assert derived(store, loop_id) == ("theirs", 1, text(5), text(5))

    loops.log_event(loop_id, EventKind.NOTE, at=at(6))
    assert derived(store, loop_id) == ("theirs", 1, text(5), text(6))

    loops.log_event(loop_id, EventKind.RECEIVED, at=at(30))
    assert derived(store, loop_id) == ("mine", 0, text(30), text(30))

    # A reply logged late, dated before the last message, does not hand the turn back.
    loops.log_event(loop_id, EventKind.SENT, at=at(20))
    assert derived(store, loop_id) == ("mine", 0, text(30), text(30))

    loop = loops.get(loop_id)
    assert (loop.turn, loop.turn_since, loop.last_event_at) == (Turn.MINE, at(30), at(30))
    assert [e.kind for e in loops.events(loop_id)] == [
        EventKind.RECEIVED, EventKind.SENT, EventKind.NOTE, EventKind.SENT, EventKind.RECEIVED,
    ]  # fmt: skip


def test_a_new_loop_starts_with_its_kinds_trigger_event(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    diego = add_contact(contacts, "Diego")
    promise = loops.add(
        contact_id=diego, kind=LoopKind.PROMISE_THEIRS, subject="Intro", at=at(0), text="I'll ask"
    )
    events = loops.events(promise)
    assert [(e.kind, e.at, e.text) for e in events] == [(EventKind.PROMISE, at(0), "I'll ask")]
    assert loops.get(promise).turn is Turn.THEIRS


def test_search_text_follows_the_loop_and_its_contact(
    store: Store, contacts: ContactRepository, loops: LoopRepository
) -> None:
    zoe = add_contact(contacts, "Zoë Ørsted", org="Fjord Labs", role="CTO")
    loop_id = loops.add(
        contact_id=zoe, kind=LoopKind.COLLABORATION_PROPOSAL, subject="Talk at MEETUP", at=at(0)
    )
    (search,) = raw_rows(store.path, "SELECT search_text FROM loops WHERE id = ?", (loop_id,))[0]
    assert search == "zoë ørsted fjord labs cto collaboration proposal talk at meetup"

    loops.update(loop_id, contact_id=zoe, kind=LoopKind.OTHER, subject="Podcast episode", notes="")
    (search,) = raw_rows(store.path, "SELECT search_text FROM loops WHERE id = ?", (loop_id,))[0]
    assert search == "zoë ørsted fjord labs cto other podcast episode"


def test_renaming_a_contact_renames_it_in_the_filter_of_its_loops(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    old = add_contact(contacts, "Anna Schmidt", org="Acme")
    other = add_contact(contacts, "Bert Brown")
    first = loops.add(contact_id=old, kind=LoopKind.JOB_OFFER, subject="Offer", at=at(0))
    second = loops.add(contact_id=old, kind=LoopKind.OTHER, subject="Lunch", at=at(1))
    untouched = loops.add(contact_id=other, kind=LoopKind.OTHER, subject="Coffee", at=at(2))
    assert {loop.id for loop in loops.search(LoopQuery(text="schmidt"))} == {first, second}

    contacts.update(old, clean_contact(name="Anna Weber", org="Globex"), at=at(3))

    assert {loop.id for loop in loops.search(LoopQuery(text="weber"))} == {first, second}
    assert {loop.id for loop in loops.search(LoopQuery(text="globex"))} == {first, second}
    assert loops.search(LoopQuery(text="schmidt")) == []
    assert loops.search(LoopQuery(text="acme")) == []
    assert [loop.id for loop in loops.search(LoopQuery(text="brown"))] == [untouched]
    assert loops.get(first).contact_name == "Anna Weber"


# -- closing, archiving, reopening keep the record -----------------------------------------
def test_closing_keeps_the_loop_and_its_events(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    priya = add_contact(contacts, "Priya")
    loop_id = loops.add(contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="R", at=at(0))
    loops.log_event(loop_id, EventKind.SENT, at=at(2))
    events = loops.events(loop_id)

    loops.close(loop_id, Outcome.REPLIED, at=at(3))
    loop = loops.get(loop_id)
    assert (loop.status, loop.outcome, loop.closed_at) == (
        LoopStatus.CLOSED,
        Outcome.REPLIED,
        at(3),
    )
    assert (loop.turn, loop.turn_since, loop.last_event_at) == (Turn.NOBODY, None, at(2))
    assert loops.events(loop_id) == events
    assert loops.search() == []
    assert [found.id for found in loops.search(LoopQuery(include_closed=True))] == [loop_id]

    with pytest.raises(InputError, match="already closed"):
        loops.close(loop_id, Outcome.DECLINED, at=at(4))


def test_archiving_keeps_the_loop_its_events_and_its_outcome(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    priya = add_contact(contacts, "Priya")
    open_one = loops.add(contact_id=priya, kind=LoopKind.OTHER, subject="Open", at=at(0))
    closed_one = loops.add(contact_id=priya, kind=LoopKind.OTHER, subject="Closed", at=at(0))
    loops.close(closed_one, Outcome.DECLINED, at=at(1))

    loops.archive(open_one, at=at(5))
    loops.archive(closed_one, at=at(5))

    archived_open, archived_closed = loops.get(open_one), loops.get(closed_one)
    assert (archived_open.status, archived_open.outcome, archived_open.closed_at) == (
        LoopStatus.ARCHIVED,
        None,
        at(5),
    )
    assert (archived_closed.status, archived_closed.outcome, archived_closed.closed_at) == (
        LoopStatus.ARCHIVED,
        Outcome.DECLINED,
        at(1),
    )
    assert len(loops.events(open_one)) == 1
    assert len(loops.events(closed_one)) == 1
    assert archived_open.turn is Turn.NOBODY


def test_reopening_recomputes_the_turn_from_the_record(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    priya = add_contact(contacts, "Priya")
    loop_id = loops.add(contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="R", at=at(0))
    loops.close(loop_id, Outcome.NO_RESPONSE, at=at(1))
    loops.reopen(loop_id)
    loop = loops.get(loop_id)
    assert (loop.status, loop.outcome, loop.closed_at) == (LoopStatus.OPEN, None, None)
    assert (loop.turn, loop.turn_since) == (Turn.MINE, at(0))


# -- deleting asks first when a message awaits an answer ----------------------------------------
def test_deleting_a_loop_with_an_unanswered_message_needs_confirmation(
    store: Store, contacts: ContactRepository, loops: LoopRepository
) -> None:
    priya = add_contact(contacts, "Priya")
    loop_id = loops.add(
        contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Backend role", at=at(0)
    )
    loops.log_event(loop_id, EventKind.NOTE, at=at(1))
    before = dump(store.path)

    with pytest.raises(ConfirmationRequired) as caught:
        loops.delete(loop_id)
    assert "Backend role" in str(caught.value)
    assert dump(store.path) == before

    loops.delete(loop_id, confirmed=True)
    assert raw_rows(store.path, "SELECT count(*) FROM loops") == [(0,)]
    assert raw_rows(store.path, "SELECT count(*) FROM events") == [(0,)]
    with pytest.raises(NotFoundError):
        loops.get(loop_id)


@pytest.mark.parametrize(
    ("kind", "later", "close"),
    [
        (LoopKind.RECRUITER_OUTREACH, EventKind.SENT, False),  # answered
        (LoopKind.PROMISE_MINE, None, False),  # my turn, but no message from them
        (LoopKind.RECRUITER_OUTREACH, None, True),  # closed: nothing is owed any more
    ],
)
def test_deleting_a_loop_without_an_unanswered_message_just_deletes(
    store: Store,
    contacts: ContactRepository,
    loops: LoopRepository,
    kind: LoopKind,
    later: EventKind | None,
    close: bool,
) -> None:
    priya = add_contact(contacts, "Priya")
    keep = loops.add(contact_id=priya, kind=LoopKind.OTHER, subject="Keep", at=at(0))
    loop_id = loops.add(contact_id=priya, kind=kind, subject="Go", at=at(0))
    if later is not None:
        loops.log_event(loop_id, later, at=at(1))
    if close:
        loops.close(loop_id, Outcome.WITHDRAWN, at=at(2))
    loops.delete(loop_id)
    assert raw_rows(store.path, "SELECT id FROM loops") == [(keep,)]
    assert raw_rows(store.path, "SELECT loop_id FROM events") == [(keep,)]


def test_unknown_ids_are_not_found(contacts: ContactRepository, loops: LoopRepository) -> None:
    with pytest.raises(NotFoundError, match="no loop with id 41") as caught:
        loops.log_event(41, EventKind.SENT, at=at(0))
    assert caught.value.field == "loop"
    with pytest.raises(NotFoundError, match="no contact with id 7") as caught:
        loops.add(contact_id=7, kind=LoopKind.OTHER, subject="S", at=at(0))
    assert caught.value.field == "contact"
    with pytest.raises(NotFoundError):
        contacts.get(7)


# -- searching --------------------------------------------------------------------------------
def test_search_orders_by_urgency_my_turn_first_then_longest_waiting(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    anna = add_contact(contacts, "Anna")

    def loop(subject: str, hours: float, reply_at: float | None = None) -> int:
        loop_id = loops.add(contact_id=anna, kind=LoopKind.OTHER, subject=subject, at=at(hours))
        if reply_at is not None:
            loops.log_event(loop_id, EventKind.SENT, at=at(reply_at))
        return loop_id

    mine_recent = loop("mine, 2 h", 48)
    theirs_old = loop("theirs, 40 h", 0, reply_at=10)
    mine_old = loop("mine, 30 h", 20)
    theirs_recent = loop("theirs, 5 h", 0, reply_at=45)
    closed = loop("closed", 1)
    loops.close(closed, Outcome.COMPLETED, at=at(49))
    archived = loop("archived", 2)
    loops.archive(archived, at=at(49))

    assert [found.id for found in loops.search()] == [
        mine_old, mine_recent, theirs_old, theirs_recent,
    ]  # fmt: skip
    everything = [found.id for found in loops.search(LoopQuery(include_closed=True))]
    assert everything[:4] == [mine_old, mine_recent, theirs_old, theirs_recent]
    assert set(everything[4:]) == {closed, archived}
    assert loops.count() == 4
    assert loops.count(LoopQuery(include_closed=True)) == 6
    # Paging reads the same order a page at a time.
    assert [found.id for found in loops.search(limit=2, offset=1)] == [mine_recent, theirs_old]
    assert [found.id for found in loops.for_contact(anna)][:4] == [
        mine_old, mine_recent, theirs_old, theirs_recent,
    ]  # fmt: skip


def test_every_filter_word_must_match(contacts: ContactRepository, loops: LoopRepository) -> None:
    priya = add_contact(contacts, "Priya Raman", org="Northwind")
    tomasz = add_contact(contacts, "Tomasz Nowak", org="Lumen")
    backend = loops.add(
        contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Backend role", at=at(0)
    )
    frontend = loops.add(
        contact_id=priya, kind=LoopKind.RECRUITER_OUTREACH, subject="Frontend role", at=at(1)
    )
    lumen = loops.add(contact_id=tomasz, kind=LoopKind.JOB_OFFER, subject="Backend", at=at(2))

    def ids(filter_text: str) -> set[int]:
        return {loop.id for loop in loops.search(LoopQuery(text=filter_text))}

    assert ids("backend") == {backend, lumen}
    assert ids("PRIYA backend") == {backend}
    assert ids("  northwind   ROLE ") == {backend, frontend}
    assert ids("recruiter outreach") == {backend, frontend}
    assert ids("job offer lumen") == {lumen}
    assert ids("priya lumen") == set()
    assert ids("") == {backend, frontend, lumen}
    assert loops.count(LoopQuery(text="backend")) == 2


@pytest.mark.parametrize(
    ("typed", "matching"),
    [
        ("100%", "Salary 100% remote"),
        ("%", "Salary 100% remote"),
        ("a_b", "Project a_b"),
        ("_", "Project a_b"),
        ("c:\\temp", "Path c:\\temp"),
    ],
)
def test_percent_underscore_and_backslash_are_literal(
    contacts: ContactRepository, loops: LoopRepository, typed: str, matching: str
) -> None:
    anna = add_contact(contacts, "Anna")
    subjects = ["Salary 100% remote", "Salary 1000 remote", "Project a_b", "Project axb",
                "Path c:\\temp", "Path c:temp"]  # fmt: skip
    by_subject = {
        subject: loops.add(contact_id=anna, kind=LoopKind.OTHER, subject=subject, at=at(0))
        for subject in subjects
    }
    found = [loop.id for loop in loops.search(LoopQuery(text=typed))]
    assert found == [by_subject[matching]]


def test_filters_fold_case_beyond_ascii(contacts: ContactRepository, loops: LoopRepository) -> None:
    zoe = add_contact(contacts, "ZOË Ørsted", org="Straße AG")
    loop_id = loops.add(contact_id=zoe, kind=LoopKind.OTHER, subject="ÉCOLE visit", at=at(0))
    for typed in ("zoë", "ZOË", "ørsted", "ØRSTED", "école", "STRASSE", "straße"):
        assert [loop.id for loop in loops.search(LoopQuery(text=typed))] == [loop_id], typed
    assert loops.search(LoopQuery(text="zoe")) == []


# -- contacts ---------------------------------------------------------------------------------
def test_contact_search_is_case_insensitive_beyond_ascii(contacts: ContactRepository) -> None:
    zoe = add_contact(contacts, "ZOË KRAUS", org="Ørsted")
    strauss = add_contact(contacts, "Johann Strauß")
    add_contact(contacts, "Zoe Plain")
    assert [c.id for c in contacts.search("zoë")] == [zoe]
    assert [c.id for c in contacts.search("Zoë kraus")] == [zoe]
    assert [c.id for c in contacts.search("ørsted")] == [zoe]
    assert [c.id for c in contacts.search("STRAUSS")] == [strauss]
    assert contacts.count("zoë") == 1
    assert contacts.count() == 3


def test_contact_search_every_word_literal_and_sorted_by_name(
    contacts: ContactRepository,
) -> None:
    ids = {
        name: add_contact(contacts, name, org=org)
        for name, org in [
            ("bert", "Acme 100%"),
            ("Anna", "Acme 1000"),
            ("Carla", "Initech"),
            ("ann_a", "Acme"),
        ]
    }
    assert [c.name for c in contacts.search()] == ["ann_a", "Anna", "bert", "Carla"]
    assert [c.name for c in contacts.search("acme")] == ["ann_a", "Anna", "bert"]
    assert [c.name for c in contacts.search("acme 100%")] == ["bert"]
    assert [c.name for c in contacts.search("n_a")] == ["ann_a"]
    assert [c.name for c in contacts.search("acme carla")] == []
    assert [c.id for c in contacts.search(limit=2, offset=1)] == [ids["Anna"], ids["bert"]]


def test_contact_fields_and_flags_round_trip(
    contacts: ContactRepository, loops: LoopRepository
) -> None:
    fields = clean_contact(
        name="Priya Raman",
        email="priya@northwind.example",
        org="Northwind",
        role="Recruiter",
        phone="+44 20",
        url="northwind.example/priya",
        notes="Met at PyCon",
        tags=["recruiter", "london"],
    )
    contact_id = contacts.add(fields, at=T0)
    contacts.set_flags(contact_id, muted=True, blocked=True, reason="pressure tactics", at=at(1))
    contact = contacts.get(contact_id)
    assert (contact.name, contact.email, contact.org, contact.role, contact.phone) == (
        "Priya Raman", "priya@northwind.example", "Northwind", "Recruiter", "+44 20",
    )  # fmt: skip
    assert (contact.url, contact.notes, contact.tags) == (
        "https://northwind.example/priya",
        "Met at PyCon",
        ("london", "recruiter"),
    )
    assert (contact.muted, contact.blocked, contact.block_reason) == (
        True,
        True,
        "pressure tactics",
    )
    assert contact.created_at == T0
    contacts.set_flags(contact_id, muted=False, blocked=False, reason="ignored", at=at(2))
    assert contacts.get(contact_id).block_reason == ""
    loops.add(contact_id=contact_id, kind=LoopKind.OTHER, subject="S", at=at(0))
    closed = loops.add(contact_id=contact_id, kind=LoopKind.OTHER, subject="T", at=at(0))
    loops.close(closed, Outcome.COMPLETED, at=at(1))
    assert contacts.open_loop_counts([contact_id, 999]) == {contact_id: 1}
    assert contacts.open_loop_counts([]) == {}
