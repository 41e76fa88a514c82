"""Threading and the named turn rules (issue 14, item 3), on hand-built messages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from ghostless.core.mail_kinds import guess_kind
from ghostless.core.mail_message import MailMessage
from ghostless.core.mail_rules import RULES, MailTurn, closes_clearly, decide, is_courtesy
from ghostless.core.mail_signals import they_decline
from ghostless.core.mail_suggestions import Decisions, suggestions
from ghostless.core.mail_threads import Me, thread_messages
from ghostless.core.models import LoopKind

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
ME = Me(["alex@example.org", "a.m@old.example"])


def mail(
    n: int,
    sender: str,
    to: str = "alex@example.org",
    *,
    days_ago: float = 1,
    subject: str = "Role",
    snippet: str = "Open to a call?",
    reply: MailMessage | None = None,
    cc: str = "",
    marks: frozenset[str] = frozenset(),
    refs: bool = True,
) -> MailMessage:
    return MailMessage(
        message_id=f"<m{n}@x.example>",
        in_reply_to=reply.message_id if reply and refs else None,
        references=(*reply.references, reply.message_id) if reply and refs else (),
        sender=sender,
        sender_name="",
        to=(to,),
        cc=(cc,) if cc else (),
        at=NOW - timedelta(days=days_ago),
        subject=subject,
        snippet=snippet,
        marks=marks,
    )


def one(*messages: MailMessage):  # type: ignore[no-untyped-def]
    threads = thread_messages(messages, ME)
    assert len(threads) == 1, threads
    return decide(threads[0], ME, NOW)


def test_references_join_a_thread_and_its_root_is_the_first_message() -> None:
    first = mail(1, "alex@example.org", "p@x.example", days_ago=5)
    second = mail(2, "p@x.example", days_ago=4, reply=first)
    third = mail(3, "alex@example.org", "p@x.example", days_ago=3, reply=second)
    threads = thread_messages([third, first, second], ME)
    assert [t.root for t in threads] == ["<m1@x.example>"]
    assert [m.message_id for m in threads[0].messages] == [
        "<m1@x.example>", "<m2@x.example>", "<m3@x.example>"
    ]  # fmt: skip


def test_two_replies_to_a_message_never_seen_meet_in_one_thread() -> None:
    lost = mail(0, "p@x.example", days_ago=9)
    a = mail(1, "p@x.example", days_ago=5, reply=lost)
    b = mail(2, "alex@example.org", "p@x.example", days_ago=4, reply=lost)
    assert len(thread_messages([a, b], ME)) == 1


def test_subject_fallback_needs_the_same_counterpart_within_30_days() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=40, subject="Catch up")
    near = mail(2, "p@x.example", days_ago=35, subject="RE: Catch up", refs=False)
    far = mail(3, "p@x.example", days_ago=1, subject="Re: catch up", refs=False)
    other = mail(4, "q@x.example", days_ago=34, subject="Catch up", refs=False)
    threads = thread_messages([mine, near, far, other], ME)
    assert sorted(len(t.messages) for t in threads) == [1, 1, 2]
    joined = next(t for t in threads if len(t.messages) == 2)
    assert joined.message_ids == {"<m1@x.example>", "<m2@x.example>"}


def test_the_same_message_twice_counts_once() -> None:
    message = mail(1, "p@x.example")
    threads = thread_messages([message, message], ME)
    assert len(threads[0].messages) == 1


def test_owed_and_awaiting_name_their_rule() -> None:
    owed = one(mail(1, "p@x.example"))
    assert (owed.turn, owed.rules, owed.counterpart) == (
        MailTurn.OWED, ("last_word_theirs",), "p@x.example"
    )  # fmt: skip
    awaiting = one(mail(1, "alex@example.org", "p@x.example"))
    assert (awaiting.turn, awaiting.rules, awaiting.counterpart) == (
        MailTurn.AWAITING, ("last_word_mine",), "p@x.example"
    )  # fmt: skip


def test_my_plus_address_and_my_other_address_are_me() -> None:
    assert one(mail(1, "p@x.example", "alex+jobs@example.org")).turn is MailTurn.OWED
    assert one(mail(1, "a.m@old.example", "p@x.example")).turn is MailTurn.AWAITING


@pytest.mark.parametrize(
    ("marks", "rule"),
    [
        ({"list"}, "mailing_list"),
        ({"bulk"}, "bulk_mail"),
        ({"auto_submitted"}, "automatic_mail"),
        ({"auto_reply"}, "out_of_office"),
        ({"bounce"}, "bounce"),
        ({"calendar"}, "calendar_notice"),
        ({"read_receipt"}, "read_receipt"),
    ],
)
def test_header_marks_owe_nothing(marks: set[str], rule: str) -> None:
    verdict = one(mail(1, "p@x.example", marks=frozenset(marks)))
    assert verdict.turn is MailTurn.NONE
    assert rule in verdict.rules


@pytest.mark.parametrize(
    ("sender", "rule"),
    [
        ("no-reply@acme.example", "no_reply_sender"),
        ("donotreply@bank.example", "no_reply_sender"),
        ("notifications@service.example", "no_reply_sender"),
        ("digest@indeed.com", "notification_sender"),
        ("invitations@linkedin.com", "notification_sender"),
        ("jobs@eu.glassdoor.com", "notification_sender"),
        # second round (tests/mail/README.md): general classes, not one corpus's senders
        ("no-reply-aws@cloud.example", "no_reply_sender"),
        ("no_reply@shop.example", "no_reply_sender"),
        ("do_not_reply@bank.example", "no_reply_sender"),
        ("jobs.noreply@board.example", "no_reply_sender"),
        ("jira@acme.example", "no_reply_sender"),
        ("messages@upwork.com", "notification_sender"),
        ("acme@hire.lever.co", "notification_sender"),
        ("team@acme.atlassian.net", "notification_sender"),
        ("newsletter@weekly.example", "newsletter"),
        ("news@magazine.example", "newsletter"),
        ("product-digest@tool.example", "newsletter"),
    ],
)
def test_no_reply_and_notification_senders_owe_nothing(sender: str, rule: str) -> None:
    verdict = one(mail(1, sender))
    assert (verdict.turn, verdict.rules) == (MailTurn.NONE, (rule,))


def test_a_person_at_a_company_called_jobs_is_still_a_person() -> None:
    assert one(mail(1, "jobs@smallco.example")).turn is MailTurn.OWED
    people = ("invoices@client.example", "noreen@x.example", "newton@x.example",
              "billing@client.example", "info@studio.example", "replyall@x.example")  # fmt: skip
    for person in people:
        assert one(mail(1, person)).turn is MailTurn.OWED, person


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        ("View this email in your browser. Ten links this week: what's new?", "newsletter"),
        ("Thank you for applying. We have received your application.", "automated_notice"),
        (
            "Your invoice is ready. This is an automated message, please do not reply.",
            "automated_notice",
        ),
        (
            "Hi, please do not reply to this email: this mailbox is not monitored.",
            "automated_notice",
        ),
    ],
)
def test_a_program_writing_in_plain_words_owes_nothing(snippet: str, rule: str) -> None:
    verdict = one(mail(1, "careers@firm.example", snippet=snippet))
    assert (verdict.turn, verdict.rules) == (MailTurn.NONE, (rule,))


def test_an_out_of_office_in_plain_words_is_no_answer_but_a_person_away_who_asks_is() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=3)
    away = "I am currently out of the office with limited access to email until 30 November."
    verdict = one(mine, mail(2, "p@x.example", days_ago=2, reply=mine, snippet=away))
    assert (verdict.turn, verdict.rules) == (MailTurn.AWAITING, ("last_word_mine", "out_of_office"))
    asks = "I'm on vacation until Monday, can we talk after that?"
    assert one(mine, mail(2, "p@x.example", reply=mine, snippet=asks)).turn is MailTurn.OWED


def test_a_calendar_answer_named_by_its_subject_is_no_answer() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=3, subject="Chat")
    accepted = mail(2, "p@x.example", subject="Accepted: Chat", snippet="P has accepted this "
                    "invitation.", reply=mine)  # fmt: skip
    assert one(mine, accepted).rules == ("last_word_mine", "calendar_notice")
    google = mail(3, "p@x.example", subject="Invitation: Chat @ Tue 24 Nov 2026 3pm", snippet="")
    assert one(google).rules == ("calendar_notice",)
    person = mail(4, "p@x.example", subject="Accepted offer: what next?", snippet="Any tips?")
    assert one(person).turn is MailTurn.OWED
    talk = mail(5, "p@x.example", subject="Invitation: speak at our event",
                snippet="Would you give a talk at our event in March?")  # fmt: skip
    assert one(talk).turn is MailTurn.OWED
    answer = mail(6, "p@x.example", subject="Accepted: my offer", snippet="Great news, when "
                  "can you start?")  # fmt: skip
    assert one(answer).turn is MailTurn.OWED


def test_an_application_acknowledged_by_a_person_who_asks_is_owed() -> None:
    text = "We have received your application. Could you send two references by Friday?"
    assert one(mail(1, "dana@firm.example", snippet=text)).turn is MailTurn.OWED


def test_they_said_no_reply_is_needed() -> None:
    verdict = one(mail(1, "p@x.example", snippet="FYI the contract is signed. No need to reply."))
    assert (verdict.turn, verdict.rules) == (MailTurn.NONE, ("no_reply_needed",))


def test_an_out_of_office_reply_is_no_answer() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=3)
    away = mail(2, "p@x.example", days_ago=3, reply=mine, marks=frozenset({"auto_reply"}))
    verdict = one(mine, away)
    assert verdict.turn is MailTurn.AWAITING
    assert verdict.message == mine
    assert verdict.rules == ("last_word_mine", "out_of_office")


@pytest.mark.parametrize(("mark", "rule"), [("read_receipt", "read_receipt"),
                                            ("calendar", "calendar_notice")])  # fmt: skip
def test_a_read_receipt_or_a_calendar_notice_is_no_answer(mark: str, rule: str) -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=3)
    notice = mail(2, "p@x.example", days_ago=2, reply=mine, marks=frozenset({mark}))
    verdict = one(mine, notice)
    assert (verdict.turn, verdict.message, verdict.rules) == (
        MailTurn.AWAITING, mine, ("last_word_mine", rule)
    )  # fmt: skip


def test_a_reply_comes_after_the_message_it_answers_whatever_its_time() -> None:
    theirs = mail(1, "p@x.example", days_ago=3)
    # My reply's time is a fallback older than their message (no Date header).
    mine = replace(
        mail(2, "alex@example.org", "p@x.example", days_ago=5, reply=theirs,
             snippet="Yes. Which day suits you?"),
        marks=frozenset({"undated"}),
    )  # fmt: skip
    threads = thread_messages([mine, theirs], ME)
    assert [m.message_id for m in threads[0].messages] == [theirs.message_id, mine.message_id]
    assert threads[0].root == theirs.message_id
    verdict = decide(threads[0], ME, NOW)
    assert (verdict.turn, verdict.message) == (MailTurn.AWAITING, mine)
    # A chain of replies keeps its order even when every reply has the same time.
    again = replace(mail(3, "p@x.example", days_ago=5, reply=mine), marks=frozenset({"undated"}))
    ordered = thread_messages([again, mine, theirs], ME)[0].messages
    assert [m.message_id for m in ordered] == ["<m1@x.example>", "<m2@x.example>", "<m3@x.example>"]


def test_an_undated_message_is_there_whatever_its_fallback_time() -> None:
    copied = replace(mail(1, "p@x.example", days_ago=-10), marks=frozenset({"undated"}))
    verdict = one(copied)
    assert (verdict.turn, verdict.waited_days(NOW)) == (MailTurn.OWED, 0)


def test_only_in_cc_or_not_addressed_owes_nothing() -> None:
    cc = one(mail(1, "p@x.example", "bob@x.example", cc="alex@example.org"))
    assert (cc.turn, cc.rules) == (MailTurn.NONE, ("only_cc",))
    bcc = one(mail(1, "p@x.example", "bob@x.example"))
    assert (bcc.turn, bcc.rules) == (MailTurn.NONE, ("not_addressed_to_me",))


def test_a_short_courtesy_last_word_owes_nothing_but_a_question_does() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=3, snippet="Here it is.")
    thanks = mail(2, "p@x.example", days_ago=2, reply=mine, snippet="Thanks!")
    assert one(mine, thanks).rules == ("courtesy_last_word",)
    asks = mail(2, "p@x.example", days_ago=2, reply=mine, snippet="Thanks! Could you send more?")
    assert one(mine, asks).turn is MailTurn.OWED


def test_my_thanks_closes_only_when_it_answers_them() -> None:
    theirs = mail(1, "p@x.example", days_ago=3, snippet="Try Kreuzberg.")
    thanks = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=theirs,
                  snippet="Thank you so much, that's helpful!")  # fmt: skip
    assert one(theirs, thanks).turn is MailTurn.NONE
    note = mail(3, "alex@example.org", "p@x.example", snippet="Thank you for the interview.")
    assert one(note).turn is MailTurn.AWAITING


def test_a_clear_close_by_me_is_not_awaiting() -> None:
    theirs = mail(1, "p@x.example", days_ago=3)
    close = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=theirs,
                 snippet="Thanks for thinking of me, but I'll pass on this one.")  # fmt: skip
    assert one(theirs, close).rules == ("closed_by_me",)


def test_mail_after_now_is_not_there_yet() -> None:
    verdict = one(mail(1, "p@x.example", days_ago=-1))
    assert verdict.turn is MailTurn.NONE


def test_a_list_thread_i_replied_to_is_not_awaiting() -> None:
    post = mail(1, "p@x.example", "list@l.example", days_ago=3, marks=frozenset({"list"}))
    mine = mail(2, "alex@example.org", "list@l.example", days_ago=2, reply=post)
    assert one(post, mine).rules == ("mailing_list",)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks!", "Got it, many thanks!", "Perfect, thanks a lot!", "Cheers", "Great, thank you.",
        "Looking forward to it.", "See you Thursday!", "Works for me.", "Merci beaucoup !",
        "Vielen Dank!", "\U0001f44d", "Confirmed, talk soon",
        "Thank you so much, received! Best regards, Ines Moreau Head of Finance Operations "
        "Moreau & Partners Consulting GmbH Kurfürstendamm 21, 10719 Berlin",
    ],
)  # fmt: skip
def test_courtesies(text: str) -> None:
    assert is_courtesy(text)


@pytest.mark.parametrize(
    "text",
    [
        "", "Thanks! When can we talk?", "Thanks, please send the contract.", "Ok", "Thanks " * 20,
        "Thanks a lot! Would you review the schema next week? Best regards, Yusuf Demir",
        "Thank you! Best, Dana Cole Recruiter Acme Corp. PS: are you free on Tuesday for a call",
        "Thanks, Dana. Please send the signed copy by Friday and the invoice too.",
    ],
)  # fmt: skip
def test_not_courtesies(text: str) -> None:
    assert not is_courtesy(text)


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("I'll pass, thank you", True),
        ("I have accepted another offer, so I must decline.", True),
        ("Not interested at the moment.", True),
        ("I'll pass it along to my team.", False),
        ("Yes, let's talk on Tuesday.", False),
    ],
)
def test_clear_closes(text: str, closes: bool) -> None:
    assert closes_clearly(text) is closes


def test_every_rule_a_verdict_names_is_described() -> None:
    messages = [
        mail(1, "p@x.example"),
        mail(2, "no-reply@x.example", subject="b"),
        mail(3, "q@x.example", subject="c", marks=frozenset({"list", "auto_reply"})),
    ]
    for thread in thread_messages(messages, ME):
        assert set(decide(thread, ME, NOW).rules) <= set(RULES)


def test_suggestions_put_owed_first_longest_waiting_first_and_respect_decisions() -> None:
    messages = [
        mail(1, "p@x.example", days_ago=1, subject="a"),
        mail(2, "q@y.example", days_ago=5, subject="b"),
        mail(3, "alex@example.org", "r@z.example", days_ago=9, subject="c"),
    ]
    found = suggestions(messages, ME, NOW)
    assert [s.root for s in found] == ["<m2@x.example>", "<m1@x.example>", "<m3@x.example>"]
    assert [s.waited_days for s in found] == [5, 1, 9]
    hidden = Decisions(ignored={"<m1@x.example>"}, never_domains={"y.example"})
    assert [s.root for s in suggestions(messages, ME, NOW, hidden)] == ["<m3@x.example>"]
    never = Decisions(never_senders={"r@z.example"}, linked={"<m2@x.example>"})
    assert [s.root for s in suggestions(messages, ME, NOW, never)] == ["<m1@x.example>"]
    blocked = suggestions(messages, ME, NOW, blocked=lambda a: a == "p@x.example")
    assert "<m1@x.example>" not in [s.root for s in blocked]


def test_the_kind_is_guessed_from_the_words() -> None:
    def kind(subject: str, snippet: str = "") -> LoopKind:
        return guess_kind(thread_messages([mail(1, "p@x.example", subject=subject,
                                                 snippet=snippet)], ME)[0])  # fmt: skip

    assert kind("Your offer letter") is LoopKind.JOB_OFFER
    assert kind("Interview on Tuesday") is LoopKind.INTERVIEW_SCHEDULED
    assert kind("Intro: Alex / Sam") is LoopKind.INTRODUCTION
    assert kind("Senior role at Acme") is LoopKind.RECRUITER_OUTREACH
    assert kind("Hello", "nothing in particular") is LoopKind.OTHER


def test_a_very_long_reply_chain_is_ordered_without_running_out_of_stack() -> None:
    chain = [mail(0, "p@x.example", days_ago=30)]
    for n in range(1, 3000):
        sender = "alex@example.org" if n % 2 else "p@x.example"
        chain.append(mail(n, sender, "p@x.example", days_ago=30, reply=chain[-1], refs=True))
    chain = [replace(m, references=m.references[-1:]) for m in chain]  # keep it small
    ordered = thread_messages(reversed(chain), ME)[0].messages
    assert [m.message_id for m in ordered] == [m.message_id for m in chain]


# -- third round: classes seen in the third blind corpus's first measure ------------------


def test_their_clear_no_is_owed_nothing_unless_it_asks() -> None:
    mine = mail(1, "alex@example.org", "hr@co.example", days_ago=5, snippet="My CV attached.")
    no = (
        "After careful review we have decided to proceed with other candidates whose "
        "experience is closer to the role."
    )
    assert one(mine, mail(2, "hr@co.example", snippet=no, reply=mine)).rules == ("closed_by_them",)
    asks = "Unfortunately we won't be moving forward. Would you like us to keep your CV?"
    assert one(mine, mail(2, "hr@co.example", snippet=asks, reply=mine)).turn is MailTurn.OWED


def test_nudges_after_i_asked_them_to_stop_are_owed_nothing_but_a_plain_pass_reopens() -> None:
    pitch = mail(1, "s@vendor.example", days_ago=9, snippet="Could we book a demo?")
    for close, turn in (
        ("No thank you. Please take me off your list.", MailTurn.NONE),
        ("Thanks, I'll pass on this one.", MailTurn.OWED),
    ):
        mine = mail(2, "alex@example.org", "s@vendor.example", days_ago=8, snippet=close,
                    reply=pitch)  # fmt: skip
        nudge = mail(3, "s@vendor.example", days_ago=2, snippet="Any time next week?", reply=mine)
        assert one(pitch, mine, nudge).turn is turn


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("Thanks, but no - we won't be buying another tool.", True),
        ("We'll pass on this one, thanks.", True),
        ("Thanks, but no rush - send them when you can.", False),
    ],
)
def test_a_no_in_other_words(text: str, closes: bool) -> None:
    assert closes_clearly(text) is closes


def test_they_will_come_back_means_i_am_waiting_unless_they_ask_first() -> None:
    mine = mail(1, "alex@example.org", "b@law.example", days_ago=5, snippet="Can you fix it?")
    promise = "You're right. I'll send you the corrected contract by Friday."
    verdict = one(mine, mail(2, "b@law.example", snippet=promise, reply=mine))
    assert (verdict.turn, verdict.rules, verdict.message) == (
        MailTurn.AWAITING, ("they_will_come_back",), mine,
    )  # fmt: skip
    asks = "I'll send it tomorrow - could you remind me of the dates?"
    assert one(mine, mail(2, "b@law.example", snippet=asks, reply=mine)).turn is MailTurn.OWED


def test_a_full_answer_to_my_question_that_asks_nothing_is_owed_nothing() -> None:
    mine = mail(1, "alex@example.org", "t@host.example", days_ago=3, snippet="Is it remote?")
    for answer, turn in (
        ("Yes, fully remote.", MailTurn.NONE),
        ("Attached. Let me know if you have any questions.", MailTurn.NONE),
        ("Yes. Happy to set up a call with our CTO if you are interested.", MailTurn.OWED),
        ("Yes, and we'd like to invite you on Monday at 11.", MailTurn.OWED),
        ("Yes, fully remote. " + "x" * 200, MailTurn.OWED),  # cut short: the rest may ask
    ):
        assert one(mine, mail(2, "t@host.example", snippet=answer, reply=mine)).turn is turn


def test_my_fyi_or_announcement_that_asks_nothing_is_not_awaiting() -> None:
    for text, turn in (
        ("Minutes attached for your records. No action is needed from you.", MailTurn.NONE),
        ("Hi everyone, we move office on 1 December.", MailTurn.NONE),
        ("Hi all, could you send me your holiday dates?", MailTurn.AWAITING),
    ):
        assert one(mail(1, "alex@example.org", "team@x.example", snippet=text)).turn is turn
    fyi = "Who knew? Prices fell 4%. Nothing for you to do here."
    assert one(mail(1, "p@x.example", snippet=fyi)).rules == ("no_reply_needed",)


def test_a_bulk_ticket_receipt_is_no_answer_to_my_request() -> None:
    mine = mail(1, "alex@example.org", "help@desk.example", days_ago=2, snippet="Can you help?")
    receipt = mail(2, "help@desk.example", snippet="Logged as ticket 5.", reply=mine,
                   marks=frozenset({"auto_submitted", "bulk"}))  # fmt: skip
    assert one(mine, receipt).turn is MailTurn.AWAITING


def test_in_cc_but_asked_by_name_is_owed() -> None:
    asked = "Hi Jo, the release is on 9 December. Alex - could you confirm the API freeze?"
    verdict = one(mail(1, "s@c.example", "jo@c.example", cc="alex@example.org", snippet=asked))
    assert (verdict.turn, verdict.rules) == (MailTurn.OWED, ("last_word_theirs", "asked_by_name"))
    named = "Hi Jo, Alex will join the kick-off."
    cc = mail(1, "s@c.example", "jo@c.example", cc="alex@example.org", snippet=named)
    assert one(cc).rules == ("only_cc",)


def test_a_person_behind_a_no_reply_address_with_her_own_reply_to_is_owed() -> None:
    marks = frozenset({"reply_to_person"})
    relayed = mail(1, "no-reply@ats.example", snippet="Could you pick a slot?", marks=marks)
    assert one(relayed).turn is MailTurn.OWED
    assert one(replace(relayed, marks=frozenset())).rules == ("no_reply_sender",)


def test_unasked_mail_to_nobody_by_name_is_owed_nothing_but_an_answer_to_me_is() -> None:
    scam = "Dear Candidate, you have been selected. Send your bank details."
    assert one(mail(1, "hr.team@free.example", snippet=scam)).rules == ("impersonal_mail",)
    mine = mail(1, "alex@example.org", "jobs@shop.example", days_ago=4, snippet="My CV.")
    answer = "Dear Applicant, could you come in on Thursday?"
    assert one(mine, mail(2, "r@shop.example", snippet=answer, reply=mine)).turn is MailTurn.OWED


# Fourth round (tests/mail/README.md): classes of mail the fourth blind corpus showed.


@pytest.mark.parametrize(
    "no",
    [
        "Danke für Ihr Angebot. Wir haben uns nach langem Überlegen für eine andere Agentur "
        "entschieden.",
        "Gracias por la propuesta, pero hemos decidido seguir con otro proveedor.",
        "Thanks for this. In the end we've gone with another developer.",
        "We decided on a different studio for this one.",
    ],
)
def test_their_no_in_other_words_or_languages_is_owed_nothing(no: str) -> None:
    assert they_decline(no)
    mine = mail(1, "alex@example.org", "k@firm.example", days_ago=5, snippet="Quote attached.")
    assert one(mine, mail(2, "k@firm.example", snippet=no, reply=mine)).turn is MailTurn.NONE


def test_a_thank_you_note_that_asks_nothing_is_owed_nothing() -> None:
    note = (
        "Dear Alex, thank you so much for mentoring me through the course. Your notes made a "
        "real difference, and I start my first job on Monday. Warmly, Maya"
    )
    assert one(mail(1, "m@home.example", snippet=note)).rules == ("thank_you_note",)
    for text in (
        "Thanks a lot for the files. The cover is still in RGB and the printer needs CMYK.",
        "Thank you so much for the talk. Would March suit you for another one?",
        "Thank you for the tour yesterday, " + "it was lovely " * 14 + "and",  # cut: may ask
    ):
        assert one(mail(1, "m@home.example", snippet=text)).turn is MailTurn.OWED


def test_a_services_notice_in_a_persons_name_is_no_person_to_answer() -> None:
    marks = frozenset({"reply_to_person"})
    for subject, text in (
        ("Dana Fox sent you an envelope to sign", "Review and sign the NDA."),
        ("Site photos", "Tom Berg shared a folder with you: Site photos."),
    ):
        relayed = mail(1, "no-reply@sign.example", subject=subject, snippet=text, marks=marks)
        assert one(relayed).rules == ("on_behalf_notice",)
    truncated = "Do not share this e-mail. This is an automated messag"
    assert one(mail(1, "p@x.example", snippet=truncated)).rules == ("automated_notice",)


@pytest.mark.parametrize(
    "promise",
    [
        "Thanks for asking. My colleague Ben is preparing it and will send it to you by Friday.",
        "Danke für Ihre Nachricht. Ich kläre das und melde mich bis Mittwoch bei Ihnen.",
        "Meine Kollegin erstellt das Angebot und schickt es Ihnen bis Donnerstag.",
        "Thank you! I'd like to talk it over at home first, and will give you my answer by Monday.",
    ],
)
def test_their_promise_by_a_colleague_in_german_or_by_a_day_means_i_wait(promise: str) -> None:
    mine = mail(1, "alex@example.org", "o@ins.example", days_ago=5, snippet="Could you quote?")
    verdict = one(mine, mail(2, "o@ins.example", snippet=promise, reply=mine))
    assert (verdict.turn, verdict.rules) == (MailTurn.AWAITING, ("they_will_come_back",))


def test_my_promise_of_what_they_asked_for_stands_after_their_thanks() -> None:
    asked = mail(1, "g@events.example", days_ago=4, snippet="Could you update the budget?")
    mine = mail(2, "alex@example.org", "g@events.example", days_ago=3, reply=asked,
                snippet="Sure. I'll send you the updated budget on Monday.")  # fmt: skip
    thanks = mail(3, "g@events.example", days_ago=2, snippet="Perfect, thank you!", reply=mine)
    verdict = one(asked, mine, thanks)
    assert (verdict.turn, verdict.rules) == (MailTurn.OWED, ("my_promise_stands",))
    sent = replace(mine, snippet="Here it is, attached.")
    assert one(asked, sent, replace(thanks, in_reply_to=sent.message_id)).rules == (
        "courtesy_last_word",
    )
    # My own proposal, not something they asked for: their thanks closes it.
    offered = mail(1, "alex@example.org", "g@events.example", days_ago=4,
                   snippet="Thursday works. I will send an invite.")  # fmt: skip
    see_you = mail(2, "g@events.example", days_ago=3, snippet="Great, see you then!",
                   reply=offered)  # fmt: skip
    assert one(offered, see_you).turn is MailTurn.NONE


def test_a_question_to_me_stands_when_the_last_word_only_copies_me() -> None:
    asked = mail(1, "pia@home.example", days_ago=3, snippet="Can you mark the lights?")
    aside = mail(2, "lars@home.example", "pia@home.example", cc="alex@example.org",
                 days_ago=2, snippet="Pia, the dimmers are on order.", reply=asked)  # fmt: skip
    verdict = one(asked, aside)
    assert (verdict.turn, verdict.rules, verdict.message) == (
        MailTurn.OWED, ("question_to_me_stands",), asked,
    )  # fmt: skip
    colleague = replace(aside, sender="rita@example.org", snippet="I'll open the door at 8.")
    assert one(asked, colleague).rules == ("only_cc",)
    over = "Nils, fees are lower there. Alex, over to you on the plugin."
    handed = mail(1, "v@shop.example", "nils@shop.example", cc="alex@example.org", snippet=over)
    assert one(handed).rules == ("last_word_theirs", "asked_by_name")


def test_mail_to_a_shared_address_of_my_organisation_is_to_me() -> None:
    applies = "Please find my application attached. Would a start in February be possible?"
    verdict = one(mail(1, "leon@web.example", "careers@old.example", snippet=applies))
    assert (verdict.turn, verdict.rules) == (
        MailTurn.OWED, ("last_word_theirs", "my_shared_address"),
    )  # fmt: skip
    for to in ("info@other.example", "hello@gmail.com", "anna@old.example"):
        assert one(mail(1, "leon@web.example", to, snippet=applies)).rules == (
            "not_addressed_to_me",
        )
    public = Me(["alex@gmail.com"])
    on_gmail = mail(1, "leon@web.example", "jobs@gmail.com", snippet=applies)
    assert decide(thread_messages([on_gmail], public)[0], public, NOW).rules == (
        "not_addressed_to_me",
    )


def test_my_note_read_or_returned_awaits_nothing_but_my_question_does() -> None:
    for mark in ("read_receipt", "bounce"):
        for text, turn in (
            ("Here are the slides from today, for your files.", MailTurn.NONE),
            ("Here are the slides. Could you check page 4?", MailTurn.AWAITING),
        ):
            mine = mail(1, "alex@example.org", "r@consult.example", days_ago=3, snippet=text)
            notice = mail(2, "r@consult.example", snippet="Displayed.", reply=mine,
                          marks=frozenset({mark}))  # fmt: skip
            verdict = one(mine, notice)
            assert verdict.turn is turn
            assert ("note_read_or_returned" in verdict.rules) is (turn is MailTurn.NONE)


def test_my_full_answer_to_a_colleague_awaits_nothing_but_to_an_outsider_it_does() -> None:
    for sender, turn in (
        ("rita@old.example", MailTurn.NONE),
        ("sven@recruit.example", MailTurn.AWAITING),
        ("friend@gmail.com", MailTurn.AWAITING),
    ):
        asked = mail(1, sender, "a.m@old.example", days_ago=3, snippet="Tuesday or Wednesday?")
        answer = mail(2, "a.m@old.example", sender, snippet="Wednesday, after the freeze.",
                      reply=asked)  # fmt: skip
        assert one(asked, answer).turn is turn


# -- fifth round: classes seen in the fifth blind corpus ------------------------------


@pytest.mark.parametrize(
    "no",
    [
        "Dear Alex, we received a strong field and on this occasion you have not been shortlisted.",
        "Thank you for applying. I regret that your application has been unsuccessful.",
        "The panel has decided not to progress your application to the final round.",
        # the news itself cut by the snippet
        "Thank you for your interest in the post. We had many applicants, and I'm sorry to tell "
        "you that on this occasion you",
    ],
)
def test_their_no_to_an_application_in_a_recruiters_words_closes_it(no: str) -> None:
    mine = mail(1, "alex@example.org", "hr@co.example", days_ago=9, snippet="My CV, attached.")
    assert one(mine, mail(2, "hr@co.example", snippet=no, reply=mine)).rules == ("closed_by_them",)
    asks = "You were not selected for this role. Would you like us to keep your CV on file?"
    assert one(mine, mail(2, "hr@co.example", snippet=asks, reply=mine)).turn is MailTurn.OWED


@pytest.mark.parametrize(
    "away",
    [
        "Guten Tag, ich bin bis 8. Dezember nicht im Büro. In dringenden Fällen: Frau Weiss.",
        "Bonjour, je suis absente du bureau jusqu'au 3 décembre.",
        "Hola, estoy fuera de la oficina hasta el lunes con acceso limitado al correo.",
        "Ik ben tot en met 4 december afwezig en lees mijn mail niet.",
        "Bedankt voor je bericht. Ik ben momenteel met vakantie, vanaf 10 december weer terug.",
    ],
)
def test_an_absence_note_in_another_language_is_no_answer(away: str) -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=3, snippet="Could you run it?")
    verdict = one(mine, mail(2, "p@x.example", snippet=away, reply=mine))
    assert (verdict.turn, verdict.rules) == (MailTurn.AWAITING, ("last_word_mine", "out_of_office"))


def test_nudges_after_my_clear_no_are_owed_nothing_but_a_changed_offer_reopens() -> None:
    pitch = mail(1, "s@agency.example", days_ago=30, snippet="Can I book you in for a call?")
    no = mail(2, "alex@example.org", "s@agency.example", days_ago=29, reply=pitch,
              snippet="Thanks, but I'll pass - I only work directly with clients.")  # fmt: skip
    nudge = mail(3, "s@agency.example", days_ago=20, reply=no,
                 snippet="Just circling back! Could we grab 10 minutes this week?")  # fmt: skip
    text = "Last chance to join before the intake closes. Shall I send the link?"
    last = mail(4, "s@agency.example", days_ago=5, reply=nudge, snippet=text)
    assert one(pitch, no, nudge, last).rules == ("nudged_after_my_no",)
    text = "Understood. It can be fully remote now - does that change things?"
    changed = mail(4, "s@agency.example", days_ago=5, reply=nudge, snippet=text)
    assert one(pitch, no, nudge, changed).turn is MailTurn.OWED


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour votre message. Je dois malheureusement décliner : mon planning est complet.",
        "Vielen Dank, aber ich muss leider absagen.",
        "Gracias por pensar en mí, pero no me interesa ahora mismo.",
        "Bedankt, maar ik moet helaas bedanken voor de opdracht.",
    ],
)
def test_my_no_in_another_language_closes_it(text: str) -> None:
    assert closes_clearly(text)
    theirs = mail(1, "p@x.example", days_ago=3, snippet="Could you teach our son on Saturdays?")
    mine = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=theirs, snippet=text)
    assert one(theirs, mine).rules == ("closed_by_me",)


def test_my_short_yes_above_a_name_only_signature_closes_it() -> None:
    theirs = mail(1, "p@x.example", days_ago=3, snippet="Shall we meet on Tuesday at 4.30?")
    signature = " Alex Alex Morgan Head of Platform | Example Org Berlin"
    yes = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=theirs,
               snippet="Hi Dana, Tuesday at 4.30 in room 2 is perfect - I'll put the kettle on."
               + signature)  # fmt: skip
    assert one(theirs, yes).rules == ("courtesy_last_word",)
    text = "Hi Dana, Tuesday is perfect. Could you send the agenda?" + signature
    asks = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=theirs, snippet=text)
    assert one(theirs, asks).turn is MailTurn.AWAITING


def test_advice_they_asked_for_that_asks_nothing_back_awaits_nothing() -> None:
    ask = "Sam has an interview for physics. Is there anything he should read?"
    theirs = mail(1, "p@x.example", days_ago=3, snippet=ask)
    advice = ("Hi Helen, how exciting! I'd recommend 'Seven Brief Lessons on Physics', and above "
              "all that he talks about an experiment he enjoyed.")  # fmt: skip
    mine = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=theirs, snippet=advice)
    assert one(theirs, mine).rules == ("advice_given",)
    # A yes to their offer, or a suggestion that we meet, still waits for their next step.
    offer = mail(1, "p@x.example", days_ago=3, snippet="Would you be open to a lead role?")
    for text in (
        "Yes, I'm open to it. I'd suggest around 95k as a base.",
        "Interesting. I'd suggest we talk on Thursday afternoon about the team.",
    ):
        mine = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=offer, snippet=text)
        assert one(offer, mine).turn is MailTurn.AWAITING, text


# -- sixth round: classes seen in the sixth blind corpus ------------------------------


@pytest.mark.parametrize(
    "no",
    [
        "Caro Alex, lamentamos informar que a sua proposta não foi aprovada pela direção.",
        "Gentile Alex, purtroppo la sua candidatura non è stata selezionata quest'anno.",
    ],
)
def test_their_no_in_portuguese_or_italian_closes_it(no: str) -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=9, snippet="Here is my pitch.")
    theirs = mail(2, "p@x.example", days_ago=2, reply=mine, snippet=no)
    assert one(mine, theirs).rules == ("closed_by_them",)


@pytest.mark.parametrize(
    "no",
    [
        "Buongiorno, grazie per l'offerta, ma non ne abbiamo bisogno: abbiamo già un fornitore.",
        "Olá, obrigado pela proposta, mas não estamos interessados neste momento, a equipa chega.",
    ],
)
def test_my_no_in_italian_or_portuguese_closes_it(no: str) -> None:
    offer = mail(1, "p@x.example", days_ago=3, snippet="Can we send you a quote?")
    mine = mail(2, "alex@example.org", "p@x.example", days_ago=2, reply=offer, snippet=no)
    assert one(offer, mine).rules == ("closed_by_me",)


def test_an_assistant_promising_their_answer_leaves_me_waiting() -> None:
    mine = mail(1, "alex@example.org", "boss@x.example", days_ago=5, snippet="Is this for you?")
    for promise in (
        "Hi Alex, Jo is travelling. She has your note and will get back to you after the 7th.",
        "Dear Alex, Jo is in court until Friday; he will reply to you on Monday. Owen",
    ):
        theirs = mail(2, "pa@x.example", days_ago=2, reply=mine, snippet=promise)
        verdict = one(mine, theirs)
        assert (verdict.turn, verdict.rules) == (MailTurn.AWAITING, ("they_will_come_back",))


def test_asked_by_my_name_written_with_an_accent_though_only_in_cc() -> None:
    asked = "Olá Marco, one thing first. Álex, can you confirm the premiere plan?"
    verdict = one(mail(1, "s@c.example", "jo@c.example", cc="alex@example.org", snippet=asked))
    assert (verdict.turn, verdict.rules) == (MailTurn.OWED, ("last_word_theirs", "asked_by_name"))


def test_an_answer_cut_by_the_snippet_may_still_ask_something() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=5, snippet="Who issues it?")
    cut = ("Hi Alex, it is the harbour office, and it takes about three weeks to come through. "
           "They need a letter from you describing the shoot and both boats. Must the letter be "
           "in Portuguese, or could it be in")  # fmt: skip
    assert len(cut) == 199  # a cut at the limit dropped the space after "in"
    theirs = mail(2, "p@x.example", days_ago=2, reply=mine, snippet=cut)
    assert one(mine, theirs).turn is MailTurn.OWED


def test_my_whole_answer_to_a_question_of_fact_awaits_nothing() -> None:
    asked = mail(1, "p@x.example", days_ago=3, snippet="Quick check: 25p or 24p for the tests?")
    answer = mail(2, "alex@example.org", "p@x.example", reply=asked, snippet="25p throughout.")
    assert one(asked, answer).rules == ("answered_their_question",)
    # An invitation, or a time to agree, waits for their next step even when I answer it.
    for question in ("Would you be free to speak at our meetup?", "Tuesday or Wednesday?"):
        asked = mail(1, "p@x.example", days_ago=3, snippet=question)
        answer = mail(2, "alex@example.org", "p@x.example", reply=asked, snippet="Wednesday.")
        assert one(asked, answer).turn is MailTurn.AWAITING, question


def test_a_colleague_answering_them_for_me_leaves_nothing_owed() -> None:
    mine = mail(1, "alex@example.org", "p@x.example", days_ago=4, snippet="Tom will book it.")
    asks = mail(2, "p@x.example", days_ago=3, reply=mine, snippet="Tom, do you need our VAT?")
    booked = mail(3, "tom@example.org", "p@x.example", days_ago=2, reply=asks, snippet="Booked.")
    tom = replace(booked, to=("p@x.example", "alex@example.org"))
    assert one(mine, asks, tom).rules == ("colleague_answered",)
    # A colleague's question to me alone is still mine to answer.
    to_me = mail(3, "tom@example.org", days_ago=2, reply=asks, snippet="Alex, is it booked?")
    assert one(mine, asks, to_me).turn is MailTurn.OWED


def test_a_helpdesk_closing_my_solved_ticket_is_owed_nothing() -> None:
    mine = mail(1, "alex@example.org", "help@x.example", days_ago=4, snippet="Can you help?")
    solved = ("Hi Alex, the project was set to team only, which overrides link passwords. I "
              "switched it to anyone with the link, and your links work again now. I've marked "
              "this ticket as solved.")  # fmt: skip
    theirs = mail(2, "help@x.example", days_ago=2, reply=mine, snippet=solved.ljust(200)[:200])
    assert one(mine, theirs).rules == ("ticket_solved",)


def test_an_award_for_a_fee_never_asked_for_is_owed_nothing() -> None:
    scam = ("CONGRATULATIONS! Your project has been selected by our jury. To receive your "
            "certificate, please pay the $90 processing fee within 48 hours.")  # fmt: skip
    assert one(mail(1, "committee@awards.example", snippet=scam)).rules == ("fee_for_an_honour",)
