"""The HELD-OUT corpus (tests/mail/heldout/): never tune a rule on it.

Written with its labels in the same sitting as the tuning corpus, before the
turn rules, with other people, other wording and other senders. Do not add a
thread because the rules get it wrong, and do not relabel one to match them.
"""

from __future__ import annotations

from pathlib import Path

from tests.mail.corpus_writer import Msg, Thread, Threads, write

ME = "Robin Diaz <robin@diaz.example>"
ME2 = "Robin Diaz <rdiaz@university.example>"
MY_ADDRESSES = ["robin@diaz.example", "rdiaz@university.example"]
SENT = (".Sent",)


def threads() -> list[Thread]:
    out = Threads()
    add = out.add

    add(
        "owed",
        "a founder asks for a meeting",
        Msg(
            "Maya Sol <maya@solstart.example>",
            ME,
            "Quick intro",
            "Hey Robin, I'm building a climate startup and would value 20 minutes of your "
            "time. When are you free?",
            2,
        ),
    )
    first = Msg(
        ME,
        "Kurt Vogel <kurt@vogel.example>",
        "Reference request",
        "Hi Kurt, could you be a reference for me?",
        10,
        folders=SENT,
    )
    add(
        "owed",
        "they agreed and asked a question back",
        first,
        Msg(
            "Kurt Vogel <kurt@vogel.example>",
            ME,
            "AW: Reference request",
            "Of course. Who will contact me, and when?",
            8,
            reply=first,
            link="none",
        ),
    )
    add(
        "owed",
        "an encoded subject and a base64 HTML body",
        Msg(
            "=?iso-8859-1?q?Andr=E9_Leclerc?= <andre@leclerc.example>",
            ME2,
            "=?iso-8859-1?q?Poste_de_chercheur_=E0_Lyon?=",
            "<p>Bonjour Robin, seriez-vous int&eacute;ress&eacute; par un poste &agrave; "
            "Lyon ?</p>",
            4,
            html=True,
            b64=True,
            charset="iso-8859-1",
        ),
    )
    add(
        "owed",
        "no Date at all, dated by Received",
        Msg(
            "Pia Holm <pia@holm.example>",
            ME,
            "Panel in March",
            "Robin, would you join our panel in March?",
            6,
            date_header="-",
            headers={"Received": "by mx.diaz.example; Sat, 14 Nov 2026 09:30:00 +0100"},
        ),
    )
    first = Msg(
        "Gus Hart <gus@hart.example>",
        ME,
        "Your thesis",
        "Robin, could I cite your thesis in my book?",
        9,
    )
    mine = Msg(
        ME,
        "Gus Hart <gus@hart.example>",
        "Re: Your thesis",
        "Sure! Which chapter?",
        8,
        reply=first,
        folders=SENT,
    )
    add(
        "owed",
        "they answered my question",
        first,
        mine,
        Msg(
            "Gus Hart <gus@hart.example>",
            ME,
            "Re: Your thesis",
            "Chapter 3, the part on sampling. Is a short quote fine, or should I paraphrase?",
            6,
            reply=mine,
        ),
    )
    add(
        "awaiting",
        "I applied and heard nothing",
        Msg(
            ME,
            "Careers at Orbit <jobs@orbit.example>",
            "Application: data scientist",
            "Dear hiring team, please find my application for the data scientist role.",
            9,
            folders=SENT,
        ),
    )
    first = Msg(
        ME,
        "Wen Li <wen@li.example>",
        "Thanks for the referral",
        "Hi Wen, thanks for referring me! Any idea when they decide?",
        4,
        folders=SENT,
    )
    add(
        "awaiting",
        "an autoreply by header only does not answer",
        first,
        Msg(
            "Wen Li <wen@li.example>",
            ME,
            "Re: Thanks for the referral",
            "I'm on parental leave and not reading email.",
            4,
            reply=first,
            headers={"X-Autorespond": "yes"},
        ),
    )
    first = Msg(
        "Tara Quill <tara@quill.example>",
        ME2,
        "Guest lecture",
        "Robin, fancy a guest lecture in spring?",
        16,
    )
    add(
        "awaiting",
        "I replied with a question, nothing since",
        first,
        Msg(
            ME2,
            "Tara Quill <tara@quill.example>",
            "Re: Guest lecture",
            "Gladly. Which weeks are open?",
            15,
            reply=first,
            folders=SENT,
        ),
    )
    add(
        "awaiting",
        "a follow-up I sent after an interview",
        Msg(
            ME,
            "Boris Ilic <boris@ilic.example>",
            "Following up",
            "Hi Boris, just following up on last week's interview. Is there any update?",
            3,
            folders=SENT,
        ),
    )
    add(
        "none",
        "a discussion list",
        Msg(
            "Eve Stone <eve@stone.example>",
            "Stats list <stats@lists.university.example>",
            "Bootstrap question",
            "Anyone know a good reference on the bootstrap?",
            2,
            headers={"List-Id": "<stats.lists.university.example>", "Precedence": "list"},
        ),
    )
    add(
        "none",
        "a job site digest",
        Msg(
            "Jobs digest <digest@jobs.example>",
            ME,
            "20 new roles",
            "Ready for your next move?",
            1,
            headers={"List-Unsubscribe": "<https://jobs.example/unsub>"},
        ),
    )
    add(
        "none",
        "a donotreply sender",
        Msg(
            "Bank <donotreply@bank.example>", ME, "Your statement is ready", "Log in to see it.", 3
        ),
    )
    add(
        "none",
        "a social network invitation",
        Msg(
            "LinkedIn <invitations@linkedin.com>",
            ME,
            "Sam wants to connect",
            "Accept Sam's invitation?",
            2,
        ),
    )
    add(
        "none",
        "only in Cc",
        Msg(
            "Lars Eng <lars@eng.example>",
            "Mo Ali <mo@ali.example>",
            "Lab schedule",
            "Mo, can you take the Thursday slot?",
            1,
            cc=ME2,
        ),
    )
    first = Msg(
        ME,
        "Jen Ruiz <jen@ruiz.example>",
        "The dataset",
        "Hi Jen, the dataset is on the shared drive.",
        6,
        folders=SENT,
    )
    add(
        "none",
        "a courtesy last word from them",
        first,
        Msg(
            "Jen Ruiz <jen@ruiz.example>",
            ME,
            "Re: The dataset",
            "Got it, many thanks!",
            5,
            reply=first,
        ),
    )
    first = Msg(
        "Noah Berg <noah@berghire.example>",
        ME,
        "ML engineer in Oslo",
        "Hi Robin, open to an ML role in Oslo?",
        7,
    )
    add(
        "none",
        "I said no clearly",
        first,
        Msg(
            ME,
            "Noah Berg <noah@berghire.example>",
            "Re: ML engineer in Oslo",
            "Hi Noah, thank you, but I'm not looking to move, so I'll decline.",
            6,
            reply=first,
            folders=SENT,
        ),
    )
    add(
        "none",
        "a bounce",
        Msg(
            "Mail Delivery System <MAILER-DAEMON@mail.diaz.example>",
            ME,
            "Mail delivery failed: returning message to sender",
            "A message that you sent could not be delivered.",
            2,
        ),
    )
    return out


def main() -> None:
    here = Path(__file__).parent / "heldout"
    write(
        here,
        MY_ADDRESSES,
        threads(),
        "HELD-OUT mail corpus: never tune a rule on it",
        "held.example",
    )


if __name__ == "__main__":
    main()
