"""Generate the fourth independent labelled mail corpus (written blind).

"me" is Thea Lindqvist, principal of Lindqvist Studio, a five-person
architecture practice in Hamburg, who is also hiring a junior architect.
Standard library only; deterministic: running it twice gives the same files.

    python tests/mail/independent4/make_corpus.py
"""

from __future__ import annotations

import base64
import datetime as dt
import quopri
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"
HOST = "blindfour"
NOW = "2026-11-27T12:00:00Z"

ME1 = ("Thea Lindqvist", "thea@lindqvist-studio.example")
ME2 = ("Thea Lindqvist", "thea.lindqvist@posteo.example")
MALTE = ("Malte Jansen", "malte@lindqvist-studio.example")  # colleague, not me
STUDIO_JOBS = ("Lindqvist Studio Jobs", "jobs@lindqvist-studio.example")

SIG = "\n-- \nThea Lindqvist\nLindqvist Studio – Architektur\nBernstorffstraße 118, 22767 Hamburg\n"
SIG2 = "\nThea\n"


# ---------------------------------------------------------------- encoding


def enc_b(text: str, charset: str = "utf-8") -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


def enc_q(text: str, charset: str = "utf-8") -> str:
    out = []
    for byte in text.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "-!*+/.,"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_text(text: str, how) -> str:
    """Encoded words of at most 75 characters, folded onto continuation lines."""
    if text.isascii():
        return text
    kind, charset = ("b", "utf-8") if how is None or how == "b" else how
    step = 18 if kind == "b" else 14
    pieces = [text[i:i + step] for i in range(0, len(text), step)]
    words = [enc_b(p, charset) if kind == "b" else enc_q(p, charset) for p in pieces]
    return "\n ".join(words)


def fmt_addr(person, how=None) -> str:
    name, addr = person
    if not name:
        return addr
    if not name.isascii():
        kind, charset = ("b", "utf-8") if how is None or how == "b" else how
        word = enc_b(name, charset) if kind == "b" else enc_q(name, charset)
        return f"{word} <{addr}>"
    if any(c in name for c in ',.()"@:;'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def when(stamp: str) -> dt.datetime:
    """'2026-11-24 09:12 +0100' -> aware datetime."""
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def rfc_date(moment: dt.datetime) -> str:
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


# ---------------------------------------------------------------- model


class M:
    """One message. sent=True puts it in .Sent (the user's own mail)."""

    def __init__(self, frm, to, date, body, subject=None, cc=(), sent=False,
                 mid="auto", irt="auto", refs="auto", quote=True, headers=(),
                 charset="utf-8", cte=None, subj_enc=None, name_enc=None,
                 raw_body=None, content_type=None, lang="en"):
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.date, self.body, self.subject = when(date), body, subject
        self.sent, self.mid, self.irt, self.refs = sent, mid, irt, refs
        self.quote, self.headers = quote, list(headers)
        self.charset, self.cte = charset, cte
        self.subj_enc, self.name_enc = subj_enc, name_enc
        self.raw_body, self.content_type, self.lang = raw_body, content_type, lang


THREADS: list[dict] = []


def thread(expect: str, why: str, *msgs: M) -> None:
    THREADS.append({"expect": expect, "why": why, "msgs": list(msgs)})


def me(*args, **kw) -> M:
    kw.setdefault("frm", ME1)
    return M(*args, sent=True, **kw)


def quoted(prev: M) -> str:
    name = prev.frm[0] or prev.frm[1]
    if prev.lang == "de":
        head = f"Am {prev.date.strftime('%d.%m.%Y')} um {prev.date.strftime('%H:%M')} schrieb {name} <{prev.frm[1]}>:"
    elif prev.lang == "es":
        head = f"El {prev.date.strftime('%d/%m/%Y')} a las {prev.date.strftime('%H:%M')}, {name} <{prev.frm[1]}> escribió:"
    else:
        head = f"On {prev.date.strftime('%a, %d %b %Y at %H:%M')}, {name} <{prev.frm[1]}> wrote:"
    lines = [">" if not ln else "> " + ln for ln in prev.body.rstrip("\n").split("\n")]
    return "\n\n" + head + "\n" + "\n".join(lines) + "\n"


def render(msg: M, index: int, prev: list[M], tid: int) -> bytes:
    domain = msg.frm[1].split("@")[1]
    if msg.mid == "auto":
        msg.mid = f"<{msg.date.strftime('%Y%m%d%H%M')}.t{tid:02d}m{index}.{HOST}@{domain}>"
    subject = msg.subject
    if subject is None:
        base = prev[0].subject if prev else "(no subject)"
        subject = base if base.lower().startswith(("re:", "aw:")) else f"Re: {base}"
        msg.subject = subject
    ids = [p.mid for p in prev if p.mid]
    h = [
        ("From", fmt_addr(msg.frm, msg.name_enc)),
        ("To", ", ".join(fmt_addr(p, msg.name_enc) for p in msg.to)),
    ]
    if msg.cc:
        h.append(("Cc", ", ".join(fmt_addr(p, msg.name_enc) for p in msg.cc)))
    h.append(("Subject", encode_text(subject, msg.subj_enc)))
    h.append(("Date", rfc_date(msg.date)))
    if msg.mid:
        h.append(("Message-ID", msg.mid))
    irt = msg.irt
    if irt == "auto":
        irt = ids[-1] if ids else None
    refs = msg.refs
    if refs == "auto":
        refs = " ".join(ids) if ids else None
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h.extend(msg.headers)
    h.append(("MIME-Version", "1.0"))
    if msg.raw_body is not None:
        h.append(("Content-Type", msg.content_type))
        body = msg.raw_body.encode("utf-8")
    else:
        text = msg.body
        if msg.quote and prev:
            text = text.rstrip("\n") + "\n" + quoted(prev[-1])
        if not text.endswith("\n"):
            text += "\n"
        charset = msg.charset
        raw = text.encode(charset)
        cte = msg.cte or ("7bit" if text.isascii() else "quoted-printable")
        if cte == "quoted-printable":
            body = quopri.encodestring(raw)
        elif cte == "base64":
            b = base64.b64encode(raw).decode("ascii")
            body = ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode("ascii")
        else:
            body = raw
        ctype = msg.content_type or "text/plain"
        h.append(("Content-Type", f"{ctype}; charset={charset}" if "charset" not in ctype else ctype))
        h.append(("Content-Transfer-Encoding", cte))
    head = "".join(f"{k}: {v}\n" for k, v in h).encode("ascii")
    return head + b"\n" + body


# ---------------------------------------------------------------- people

MARGARET = ("Margaret Okafor", "margaret.okafor@okafor-home.example")
DANIEL_O = ("Daniel Okafor", "dan.okafor@okafor-home.example")
RAVI = ("Ravi Menon", "ravi.menon@menon-tragwerk.example")
SCHULTE = ("Ulrike Schulte", "bauantraege@bezirksamt-nord.hamburg.example")
DEV = ("Dev Patel", "dev@saffron-kitchen.example")
JONAS = ("Jonas Weber", "jonas.weber.arch@gmail.example")
ZOFIA = ("Zofia Wiśniewska", "zofia.wisniewska@wp.example")
AOIFE = ("Aoife Brennan", "aoife.brennan@eircom.example")
HEADHUNTER = ("Clarissa Mott", "c.mott@mott-executive.example")
HARTMANN = ("Prof. Konrad Hartmann", "k.hartmann@hcu-hamburg.example")
LUCIA = ("Lucía Ferrer", "lucia@ferrer-madera.example")
CARMEN = ("Carmen Ruíz", "carmen.ruiz@telefonica.example")
GREGOR = ("Gregor Lenz", "g.lenz@lenz-bau.example")
BJORN = ("Björn Åkesson", "bjorn.akesson@akesson-family.example")
NINA = ("Nina Osei", "nina@osei-partners.example")
FACADE = ("Katja Brandt", "k.brandt@fassadentechnik-nord.example")
KEMAL = ("Kemal Aydın", "kemal.aydin@aydin-immobilien.example")
SOREN = ("Søren Kjær", "soren@kjaer-landskab.example")
HELENE = ("Hélène Dubois", "helene.dubois@dubois-fotografie.example")
INFO_HOLZ = ("Holzbau Meier", "info@holzbau-meier.example")
CAREERS_HCU = ("Career Service HCU", "career-service@hcu-hamburg.example")
PRIYA = ("Priya Raman", "priya.raman@brandschutz-raman.example")
TOMASZ = ("Tomasz Nowak", "tomasz.nowak@nowak-elektro.example")
YUKI = ("Yuki Tanaka", "yuki.tanaka@tanaka-design.example")
FACILITIES = ("Facilities – Hafenkontor GmbH", "facilities@hafenkontor.example")
BDA = ("BDA Hamburg Veranstaltungen", "events@bda-hamburg.example")
EVA = ("Eva Lindqvist", "eva.lindqvist@posteo.example")
ANKE = ("Anke Sommer", "anke.sommer@web.example")
CHIDI = ("Chidi Nwosu", "chidi.nwosu@nwosu-cost.example")
LARS = ("Lars Petersen", "lars@petersen-versicherung.example")
MIRIAM = ("Miriam Goldberg", "m.goldberg@bauwelt-redaktion.example")
PABLO = ("Pablo Serra", "pablo@serra-construcciones.example")
OLIVIA = ("Olivia Grant", "olivia.grant@grant-consulting.example")
FELIX = ("Felix Baumgartner", "felix.baumgartner@gmx.example")
INES = ("Inês Carvalho", "ines.carvalho@carvalho-arq.example")
WETTBEWERB = ("Wettbewerbsbetreuung Quartier Ost", "wettbewerb@quartier-ost.example")
HANNAH = ("Hannah Vogt", "hannah.vogt@vogt-ingenieure.example")
RUTH = ("Ruth Abebe", "ruth.abebe@abebe-law.example")
MARCO = ("Marco Bianchi", "marco.bianchi@bianchi-stone.example")

# ================================================================= OWED

thread("owed", "Client asks to move the site meeting and whether the skylight option affects the permit; unanswered.",
    M(MARGARET, [ME1], "2026-11-25 19:42 +0100", subject="Site meeting + skylight question",
      body="""Hi Thea,

Dan and I had a look at the two roof options over the weekend. We are leaning
towards the larger skylight (option B) but we would like to understand one
thing first: does option B change anything for the building permit, or can it
go in as a minor amendment?

Also, is there any chance we could move next week's site meeting from Tuesday
to Thursday morning? Dan is travelling Monday to Wednesday.

Best,
Margaret
"""))

thread("owed", "Applicant for the junior architect post asks whether part-time is possible; nobody has answered him.",
    M(JONAS, [STUDIO_JOBS], "2026-11-23 10:05 +0100", subject="Application: Junior Architect (m/w/d) – Jonas Weber",
      body="""Dear Ms Lindqvist,

please find attached my application for the junior architect position
advertised on competitionline. I finished my Master's at the TU Braunschweig
in September and spent the last year working part-time at a practice in
Hannover on housing projects (LPH 3-5).

One question before you read further: would the studio consider someone at
32 hours a week? I am finishing a small research project until March.

Kind regards,
Jonas Weber
"""))

thread("owed", "Engineer delivered the calculations the user asked for and now needs her confirmation of the beam size before Friday.",
    me(frm=ME1, to=[RAVI], date="2026-11-16 11:20 +0100", subject="Lerchenfeld 12 – steel beam over kitchen opening",
       body="""Hi Ravi,

could you run the numbers for the new opening between kitchen and living room
at Lerchenfeld 12? Span is 4.20 m, the wall above carries the top floor and
half the roof. Drawings are in the shared folder (LF12_GR_EG_v7.pdf).

Thanks!
""" + SIG),
    M(RAVI, [ME1], "2026-11-24 16:48 +0100",
      body="""Hi Thea,

calculations attached. Short version: HEB 220 works, HEB 200 only if we add a
column at the corridor side, which I think you wanted to avoid.

I need you to confirm which way we go before Friday so that Gregor can order
the steel in time. Can you let me know?

Ravi
"""))

thread("owed", "Building authority (role mailbox, a named officer) asks for missing documents by 4 December; in German, unanswered.",
    M(SCHULTE, [ME1], "2026-11-20 09:31 +0100", subject="Nachforderung Unterlagen für Bauantrag Lerchenfeld 12 (Az. N/2026/0815)",
      subj_enc=("q", "iso-8859-1"), name_enc=("q", "iso-8859-1"), charset="iso-8859-1", lang="de",
      body="""Sehr geehrte Frau Lindqvist,

bei der Prüfung des oben genannten Bauantrags haben wir festgestellt, dass
folgende Unterlagen fehlen:

  1. Nachweis der Stellplätze bzw. Ablösevereinbarung
  2. Abstandsflächenplan mit Bemaßung zur Nachbargrenze Flurstück 2231

Bitte reichen Sie die Unterlagen bis zum 04.12.2026 nach oder teilen Sie uns
mit, bis wann dies möglich ist. Andernfalls ruht das Verfahren.

Mit freundlichen Grüßen
Im Auftrag
Ulrike Schulte
Bezirksamt Hamburg-Nord, Fachamt Bauprüfung
"""))

thread("owed", "Long client update hides a request for the revised fee proposal by Monday.",
    M(DEV, [ME1], "2026-11-26 22:17 +0100", subject="Saffron Kitchen – update from our side",
      body="""Hi Thea,

quick (well, not so quick) update from our side after a long week.

The kitchen supplier finally came back. They can do the extraction hood in
stainless with the integrated lighting, but the lead time is ten weeks, which
pushes us close to the opening date. Priya from the fire consultancy says the
duct route you drew through the store room is fine as long as we keep the
fire damper where it is. I also talked to the landlord about the shopfront:
he's ok with the dark green, he just doesn't want the signage to be lit after
11pm, which is fine by us.

On the money side, my business partner wants to see where we stand before the
board meeting. Could you send us the revised fee proposal, including the extra
phase for the terrace, by Monday? That would really help.

The terrace furniture samples arrived and they're lovely, but the chairs are
heavier than we thought, so we may go with the other model. Ana has taken the
samples home to test them on her balcony (her words: "for science").

Anyway, enjoy the weekend, and thanks for all the work so far.

Dev
"""))

thread("none", "Interview invitation accepted by the candidate; the interview then took place, nothing left open here.",
    me(to=[AOIFE], date="2026-11-17 14:02 +0100", subject="Interview at Lindqvist Studio – Monday 23 Nov",
       body="""Dear Aoife,

thank you for your application. We'd like to invite you to an interview on
Monday 23 November at 15:00 at the studio (Bernstorffstraße 118, 2nd floor).
Please bring two or three projects you are proud of.

Does that time suit you?

Best regards,
""" + SIG),
    M(AOIFE, [ME1], "2026-11-17 18:30 +0000",
      body="""Dear Thea,

Monday at 15:00 is perfect. I look forward to meeting you.

Best wishes,
Aoife
"""))

thread("owed", "A separate thank-you after the interview (a new thread) asks when the user, as the hiring side, will decide.",
    M(AOIFE, [ME1], "2026-11-24 09:12 +0000", subject="Thank you – interview yesterday", quote=False,
      irt=None, refs=None,
      body="""Dear Thea,

thank you and Malte for taking the time yesterday. I really enjoyed seeing the
models for the Altona school extension, and the conversation about working in
timber confirmed that the studio is where I would like to be.

Could you tell me roughly when you expect to make a decision? I have another
process running and would like to be fair to both sides.

Best wishes,
Aoife Brennan
"""))

thread("owed", "Executive recruiter approaches the user about a partner role; by the etiquette a short reply is owed even if not interested.",
    M(HEADHUNTER, [ME1], "2026-11-25 08:03 +0100", subject="Confidential: Partner, Housing & Education – leading Hamburg practice",
      body="""Dear Ms Lindqvist,

I am retained by one of the larger Hamburg practices (around 180 people) to
find a partner for their housing and education group. Your work on the Altona
school extension and the timber housing in Wilhelmsburg came up several times
in my conversations with the board.

I appreciate you run your own studio and this may not be of interest, but
would you be open to a confidential 20-minute call next week? I am flexible
on timing.

With kind regards,
Clarissa Mott
Mott Executive Search
"""))

thread("owed", "Professor introduces a timber specialist to the user; the user owes the introduced person a reach-out (and the professor a thank-you).",
    M(HARTMANN, [ME1, LUCIA], "2026-11-24 12:40 +0100", subject="Introduction: Thea Lindqvist <> Lucía Ferrer",
      body="""Dear Thea, dear Lucía,

as promised at the alumni evening, I'm connecting you two. Lucía runs a small
engineering office in Valencia specialising in CLT and hybrid timber
structures and is looking for a Hamburg partner for the Bauhaus Europe
competition. Thea, you mentioned you were looking for exactly that kind of
expertise for the school project.

I'll leave it to you to take it from here.

Best,
Konrad
"""))

thread("owed", "Spanish-speaking client asks for a call on Tuesday or Wednesday; latin-1, quoted-printable, unanswered.",
    M(CARMEN, [ME2], "2026-11-25 20:15 +0100", subject="Casa en Sóller: ¿hablamos la semana que viene?",
      subj_enc=("q", "iso-8859-1"), name_enc=("q", "iso-8859-1"), charset="iso-8859-1", lang="es",
      body="""Hola Thea:

Ya hemos recibido los planos de la fase de anteproyecto. Nos gustan mucho,
sobre todo la terraza hacia el valle. Tenemos algunas dudas sobre la escalera
exterior y sobre el presupuesto aproximado.

¿Podríamos hablar por videollamada el martes o el miércoles de la semana que
viene, por la tarde? Dime qué hora te va mejor.

Un abrazo,
Carmen
"""))

thread("owed", "Scheduling back-and-forth: the contractor could not do the user's slot and offered two alternatives.",
    me(to=[GREGOR], date="2026-11-23 08:50 +0100", subject="Abnahme Rohbau Winterhuder Weg – Termin",
       lang="de", body="""Hallo Herr Lenz,

können wir die Abnahme des Rohbaus am Dienstag, 1.12., um 9:00 machen?
Herr Menon würde auch dazukommen.

Viele Grüße
Thea Lindqvist
"""),
    M(GREGOR, [ME1], "2026-11-24 17:25 +0100", lang="de", subject="AW: Abnahme Rohbau Winterhuder Weg – Termin",
      body="""Hallo Frau Lindqvist,

Dienstag früh geht bei uns leider nicht, da haben wir die Betonlieferung in
Eppendorf. Mittwoch 10 Uhr oder Donnerstag 14 Uhr? Sagen Sie mir, was Ihnen
lieber ist, dann gebe ich es an meinen Polier weiter.

Gruß
Gregor Lenz
Lenz Bau GmbH
"""))

thread("owed", "Prospective client answers the user's fee proposal after five weeks of silence and asks for the contract.",
    me(to=[BJORN], date="2026-10-14 16:30 +0200", subject="Dachaufstockung Altona – Honorarangebot",
       body="""Dear Björn,

as discussed, please find attached our fee proposal for the rooftop extension
(phases 1-4, HOAI Honorarzone III). I've also added an optional line for the
structural survey of the existing roof.

Let me know if you have any questions.

Best,
""" + SIG),
    M(BJORN, [ME1], "2026-11-23 21:04 +0100", name_enc=("b", "utf-8"),
      body="""Hi Thea,

apologies for the long silence – my mother was in hospital and everything
else stopped for a while. She's fine now.

We've talked it through and we'd like to go ahead with the proposal,
including the survey. Could you send us the contract so we can sign it? And
would it still be possible to submit before the end of January?

Best regards,
Björn
"""))

thread("owed", "Group thread: the other client answered only the delivery part; the question to the user about performance and reveals still stands.",
    M(DANIEL_O, [ME1], "2026-11-19 07:55 +0100", cc=[MARGARET], subject="Windows – Velfac vs. Internorm",
      body="""Morning Thea,

we got both window quotes. Velfac is about 8% more. Is the difference in
performance worth it in your view, and do both fit the reveal details you've
drawn? Margaret also wanted to know about delivery times.

Dan
"""),
    M(MARGARET, [DANIEL_O], "2026-11-19 12:10 +0100", cc=[ME1],
      body="""Dan – I rang Internorm, delivery is 12 weeks, Velfac said 9-10.

Thea, over to you on the performance question and the reveals!

M.
"""))

thread("owed", "Friend and former colleague writes to the user's private address inviting her onto a panel; needs a yes or no.",
    M(ANKE, [ME2], "2026-11-22 18:44 +0100", subject="Panel at the Architektursommer kick-off?",
      body="""Hi Thea,

long time! I'm putting together the opening panel for next year's
Architektursommer (evening of 14 January, Kampnagel) on small practices and
timber. You'd be perfect. Four people, 60 minutes, no slides needed, a small
fee and a lot of wine.

Would you be up for it? I need to confirm the line-up by 4 December.

Anke
"""))

thread("owed", "New enquiry with a base64 UTF-8 subject from a prospective client asking for a first meeting and a rough fee.",
    M(KEMAL, [ME1], "2026-11-26 11:18 +0100", subject="Anfrage: Umbau Gewerbeeinheit zu Wohnungen, Barmbek",
      subj_enc=("b", "utf-8"), name_enc=("b", "utf-8"), cte="base64", lang="de",
      body="""Sehr geehrte Frau Lindqvist,

wir sind Eigentümer einer Gewerbeeinheit (ca. 340 m², Erdgeschoss und
Souterrain) in Barmbek-Süd und möchten sie in drei bis vier Wohnungen
umbauen. Ihr Büro wurde uns von Familie Okafor empfohlen.

Hätten Sie in den nächsten zwei Wochen Zeit für eine Besichtigung? Und
könnten Sie uns vorab grob sagen, mit welchem Honorar wir für die
Genehmigungsplanung rechnen müssen?

Mit freundlichen Grüßen
Kemal Aydın
Aydın Immobilien GbR
"""))

thread("owed", "The user promised revised drawings by Wednesday; the client's 'great, thanks' does not discharge that promise.",
    M(NINA, [ME1], "2026-11-20 10:02 +0100", subject="Osei Partners office – meeting room glazing",
      body="""Hi Thea,

after the walkthrough we'd like the meeting room glazing to go full height
after all, and the partition by the kitchen to move 60cm towards the window.
Can you update the drawings?

Nina
"""),
    me(to=[NINA], date="2026-11-20 13:40 +0100",
       body="""Hi Nina,

of course. I'll send you the revised layout and the glazing elevation by
Wednesday next week.

Best,
Thea
"""),
    M(NINA, [ME1], "2026-11-20 14:05 +0100",
      body="""Great, thanks – looking forward to it!

Nina
"""))

thread("owed", "Colleague forwards a supplier's mail asking the user to sign off the facade sample directly with the supplier.",
    M(MALTE, [ME1], "2026-11-25 15:22 +0100", subject="Fwd: Bemusterung Fassade – Freigabe benötigt",
      body="""Thea, see below – Katja needs your sign-off on the facade panel colour
before they go into production. Can you reply to her directly? I'm on site
all of tomorrow.

Malte

---------- Forwarded message ---------
From: Katja Brandt <k.brandt@fassadentechnik-nord.example>
Date: Wed, 25 Nov 2026 at 11:03
Subject: Bemusterung Fassade – Freigabe benötigt
To: Malte Jansen <malte@lindqvist-studio.example>

Hallo Herr Jansen,

anbei die Fotos der Musterplatte in RAL 7022 (matt) und 7039 (feinstruktur).
Für die Produktionsfreigabe benötigen wir eine schriftliche Bestätigung der
Architektin bis Montag, 30.11.

Viele Grüße
Katja Brandt
Fassadentechnik Nord
"""))

thread("owed", "Client reply joined only by References (no In-Reply-To) asks whether the handover can move; unanswered.",
    me(to=[FACILITIES], date="2026-11-18 09:00 +0100", subject="Hafenkontor 3rd floor – handover schedule",
       body="""Dear all,

attached is the handover schedule for the third floor fit-out. Keys and
documentation will be handed over on 11 December at 10:00.

Best regards,
""" + SIG),
    M(FACILITIES, [ME1], "2026-11-25 13:37 +0100", irt=None, name_enc=("q", "utf-8"),
      body="""Dear Ms Lindqvist,

thank you for the schedule. Our tenant has asked whether the handover could
be brought forward to 9 December, as their IT team moves in on the 10th.
Would that be possible from your side and the contractors'?

Kind regards,
Sabine Krüger
Facility Management, Hafenkontor GmbH
"""))

thread("owed", "Applicant, acknowledged weeks ago, asks for the status of her application; nobody has answered.",
    M(ZOFIA, [STUDIO_JOBS], "2026-10-30 22:10 +0100", subject="Bewerbung als Junior-Architektin",
      name_enc=("b", "utf-8"),
      body="""Dear Lindqvist Studio team,

I would like to apply for the junior architect position. Attached are my CV
and portfolio (12 MB, I hope that's ok). I studied in Wrocław and Delft and
have been working in Rotterdam for two years.

Best regards,
Zofia Wiśniewska
"""),
    me(to=[ZOFIA], date="2026-11-02 09:15 +0100",
       body="""Dear Zofia,

thank you for your application, which we received in full. We are reviewing
applications over the coming weeks.

Best regards,
""" + SIG),
    M(ZOFIA, [ME1], "2026-11-24 08:47 +0100", name_enc=("b", "utf-8"),
      body="""Dear Thea,

I hope you are well. I wanted to ask whether there is any news about the
junior architect position, and whether you need anything else from me.

Best regards,
Zofia
"""))

thread("owed", "University careers office (role address, a named person) asks whether the studio can host a student site visit.",
    M(CAREERS_HCU, [ME1], "2026-11-19 14:26 +0100", subject="Exkursion Bachelorjahrgang – Baustellenbesuch möglich?",
      body="""Dear Ms Lindqvist,

I coordinate the practice visits for our third-year bachelor students. Prof.
Hartmann suggested your timber housing site in Wilhelmsburg. Would it be
possible to bring a group of 15 students for about an hour in January or
February? We would of course adapt to the site's safety requirements.

Could you let me know whether this is possible in principle, and who we
should talk to about dates?

Kind regards,
Merle Dahl
Career Service, HafenCity Universität
"""))

thread("owed", "Fire engineer answered the user's question thoroughly; by the etiquette she owes thanks.",
    me(to=[PRIYA], date="2026-11-23 10:10 +0100", subject="Quick question – escape route through the terrace",
       body="""Hi Priya,

quick one for the Saffron Kitchen job: can the second escape route from the
dining room run across the terrace, given the terrace is covered but open on
two sides? Or does it count as an internal route?

Thanks,
Thea
"""),
    M(PRIYA, [ME1], "2026-11-24 19:51 +0100",
      body="""Hi Thea,

good question, and the answer is "yes, with conditions". Because it is open on
two sides it counts as an external route, as long as:

- the canopy is non-combustible (A2) or at least 3 m above the walking level,
- the route is at least 1.20 m clear, furniture included,
- there is a gate to the street that opens without a key.

I checked with the Bezirk's fire officer informally and he agreed. I'll put
it in the concept report next week; you don't need to do anything for now.

Priya
"""))

thread("owed", "The candidate the user made an offer to asks to push the start date; needs an answer.",
    me(to=[YUKI], date="2026-11-19 17:00 +0100", subject="Offer – Project Architect, Lindqvist Studio",
       body="""Dear Yuki,

I'm delighted to offer you the position of project architect. The contract
is attached; the proposed start date is 4 January 2027.

Best,
""" + SIG),
    M(YUKI, [ME1], "2026-11-21 11:30 +0100",
      body="""Dear Thea,

thank you so much – I'm very happy to accept!

One request: my current employer would like me to finish the tender package
for a project, which runs until the end of January. Would it be possible to
start on 1 February instead? If not, I'll make 4 January work.

Warm regards,
Yuki
"""))

thread("owed", "Client queries an invoice line (suspected double-counted site visits); asks the user to check.",
    M(OLIVIA, [ME1], "2026-11-24 10:33 +0000", subject="Invoice 2026-041",
      body="""Hello Thea,

our accounts team flagged invoice 2026-041. It looks as if the site visits of
12 and 19 October are billed both under "Bauüberwachung" and again as
separate hourly items. Could you check and, if so, send a corrected invoice?

Many thanks,
Olivia Grant
"""))

thread("owed", "Event organiser (role address, named person) invites the user onto an award jury with a deadline.",
    M(BDA, [ME1], "2026-11-18 16:00 +0100", subject="Einladung in die Jury – BDA Preis Hamburg 2027",
      lang="de", body="""Liebe Frau Lindqvist,

im Namen des Vorstands möchten wir Sie herzlich einladen, im kommenden Jahr
Mitglied der Jury des BDA Preises Hamburg zu sein. Die Jurysitzungen finden
am 12. und 13. März 2027 statt.

Wir würden uns sehr freuen, wenn Sie zusagen. Bitte geben Sie uns bis zum
1. Dezember Bescheid.

Herzliche Grüße
Johanna Riedel
Geschäftsstelle BDA Hamburg
"""))

thread("owed", "Photographer asks permission to publish photos of a finished project; unanswered.",
    M(HELENE, [ME1], "2026-11-21 09:20 +0100", subject="Photos of the Wilhelmsburg housing – publication",
      name_enc=("q", "iso-8859-1"),
      body="""Dear Thea,

the final edit of the Wilhelmsburg photos is ready (link below, 28 images).
Detail magazine has asked whether they can use six of them for a feature in
the spring issue. Are you happy for me to say yes, and do you want a credit
line for the studio or for you personally?

https://photos.dubois-fotografie.example/wilhelmsburg-final

Bien à vous,
Hélène
"""))

thread("owed", "A carpentry firm writing from its info@ address (a person signs) asks whether their quote is accepted by 30 November.",
    me(to=[INFO_HOLZ], date="2026-11-09 08:30 +0100", subject="Angebot Dachtragwerk Winterhuder Weg",
       lang="de", body="""Sehr geehrter Herr Meier,

anbei die Ausschreibungsunterlagen für das Dachtragwerk. Wir bitten um Ihr
Angebot bis zum 20.11.

Mit freundlichen Grüßen
Thea Lindqvist
"""),
    M(INFO_HOLZ, [ME1], "2026-11-20 17:45 +0100", lang="de",
      body="""Guten Tag Frau Lindqvist,

wie besprochen anbei unser Angebot Nr. 26-311 für das Dachtragwerk.
Bitte geben Sie uns bis zum 30.11. Bescheid, ob wir den Auftrag bekommen –
sonst können wir den Termin im Februar nicht halten.

Mit freundlichen Grüßen
Andreas Meier
Holzbau Meier GmbH & Co. KG
"""))

thread("owed", "A former colleague writes to the private address, in German, asking to meet and whether the studio is hiring.",
    M(FELIX, [ME2], "2026-11-26 19:03 +0100", subject="Kaffee?", lang="de", charset="iso-8859-15", cte="8bit",
      body="""Hallo Thea,

ich bin seit Oktober wieder in Hamburg und würde mich freuen, dich mal auf
einen Kaffee zu treffen. Hast du nächste oder übernächste Woche Zeit?

Und ganz direkt gefragt: sucht ihr im Studio gerade jemanden? Ich habe
gehört, dass ihr wachst.

Liebe Grüße
Felix
"""))

thread("owed", "First message lacks a Message-ID; after the user's reply the planning office asks which date suits her.",
    M(("Planungsbüro Hannah Vogt", "hannah.vogt@vogt-ingenieure.example"), [ME1], "2026-11-12 10:00 +0100",
      mid=None, subject="TGA Abstimmung Hafenkontor", lang="de",
      body="""Hallo Frau Lindqvist,

wir sollten uns zur Lüftung im 3. OG abstimmen. Ich melde mich mit
Terminvorschlägen.

Hannah Vogt
"""),
    me(to=[HANNAH], date="2026-11-12 12:30 +0100", irt=None, refs=None, subject="Re: TGA Abstimmung Hafenkontor",
       lang="de", body="""Hallo Frau Vogt,

gerne, schicken Sie mir einfach ein paar Termine.

Viele Grüße
Thea Lindqvist
"""),
    M(HANNAH, [ME1], "2026-11-25 08:15 +0100", lang="de",
      body="""Hallo Frau Lindqvist,

wie versprochen: Montag 30.11. 14 Uhr, Dienstag 1.12. 10 Uhr oder
Donnerstag 3.12. 16 Uhr, jeweils bei uns im Büro oder per Teams. Welcher
Termin passt Ihnen?

Viele Grüße
Hannah Vogt
"""))

# ================================================================= AWAITING

thread("awaiting", "The user sent a fee proposal to a prospective client and asked for a decision; no answer yet.",
    M(RUTH, [ME1], "2026-11-09 12:00 +0100", subject="Law office refurbishment – fee proposal?",
      body="""Dear Thea,

thank you for the visit last week. Could you send us a fee proposal for the
refurbishment of our two floors as discussed?

Ruth Abebe
"""),
    me(to=[RUTH], date="2026-11-18 15:45 +0100",
       body="""Dear Ruth,

please find our fee proposal attached. It covers phases 1-8 for both floors;
the optional furniture design is listed separately.

Could you let me know by mid-December whether you would like to proceed, so
that we can plan the team for January?

Best regards,
""" + SIG))

thread("awaiting", "The user asked the engineer for calculations by Friday; only his out-of-office auto-reply came back.",
    me(to=[RAVI], date="2026-11-23 09:00 +0100", subject="Winterhuder Weg – balcony connection detail",
       body="""Hi Ravi,

could you look at the balcony connection at Winterhuder Weg (Schöck vs. steel
brackets) and send me your recommendation by next Friday? The contractor
needs to order the parts.

Thanks,
Thea
"""),
    M(RAVI, [ME1], "2026-11-23 09:00 +0100", quote=False,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
      subject="Automatische Antwort: Winterhuder Weg – balcony connection detail",
      body="""Thank you for your message. I am on a site inspection in Rostock until
Wednesday 25 November with limited access to e-mail. I will reply after my
return.

Ravi Menon
"""))

thread("awaiting", "The user asked the building authority about the status of a permit; no reply.",
    me(to=[SCHULTE], date="2026-11-17 10:20 +0100", subject="Sachstandsanfrage Bauantrag Winterhuder Weg 40 (Az. N/2026/0622)",
       lang="de", subj_enc=("q", "utf-8"), body="""Sehr geehrte Frau Schulte,

wir haben den Bauantrag für das o. g. Vorhaben am 28. Juli eingereicht und
seitdem nichts mehr gehört. Können Sie uns mitteilen, wie der Stand der
Prüfung ist und ob noch Unterlagen fehlen?

Mit freundlichen Grüßen
Thea Lindqvist
Lindqvist Studio
"""))

thread("awaiting", "Offer sent; the candidate acknowledged it and promised an answer by Monday.",
    me(to=[INES], date="2026-11-24 18:00 +0100", subject="Offer – Junior Architect",
       body="""Dear Inês,

following our conversations, I'm happy to offer you the junior architect
position at Lindqvist Studio. The details are in the attached letter. We
would need your answer by Wednesday 2 December.

Best,
""" + SIG),
    M(INES, [ME1], "2026-11-25 08:20 +0000", name_enc=("b", "utf-8"),
      body="""Dear Thea,

thank you so much, this is wonderful news. I'd like to discuss it with my
partner, since it means moving from Porto. I will give you my answer by
Monday at the latest.

Best wishes,
Inês
"""))

thread("awaiting", "Stone supplier promised to send samples next week after the user's request.",
    me(to=[MARCO], date="2026-11-19 11:00 +0100", subject="Samples – Pietra Serena and Basaltina",
       body="""Dear Marco,

could you send us samples (30x30, honed) of Pietra Serena and Basaltina for
the Osei Partners reception? Delivery to the studio address below.

Thanks,
""" + SIG),
    M(MARCO, [ME1], "2026-11-20 09:45 +0100",
      body="""Dear Thea,

certainly. The Basaltina is in stock, the Pietra Serena we need to cut. I
will send both together next week, with the price list.

Kind regards,
Marco Bianchi
"""))

thread("awaiting", "The user offered three meeting slots to a new client; no answer yet.",
    M(CHIDI, [ME1], "2026-11-16 13:00 +0100", subject="Cost plan review",
      body="""Hi Thea,

the cost plan for the school extension is ready for review. When would suit
you for a walk-through? An hour should be enough.

Chidi
"""),
    me(to=[CHIDI], date="2026-11-24 17:10 +0100",
       body="""Hi Chidi,

sorry for the slow reply, it's been a week of site visits. Would Tuesday 1st
at 11, Wednesday 2nd at 14:00 or Friday 4th at 9:30 work for you?

Thea
"""))

thread("awaiting", "The user nudged a prospective client after weeks of silence about a feasibility study.",
    me(to=[("Thomas Reuter", "t.reuter@reuter-stiftung.example")], date="2026-10-08 14:00 +0200",
       subject="Feasibility study – community hall, Lurup",
       body="""Dear Mr Reuter,

attached is the short feasibility study for the community hall, with the
three massing options we discussed. I'd suggest a call to go through them;
which days work for you?

Best regards,
""" + SIG),
    me(to=[("Thomas Reuter", "t.reuter@reuter-stiftung.example")], date="2026-11-20 09:30 +0100",
       body="""Dear Mr Reuter,

I wanted to follow up on the feasibility study below. Is the foundation still
considering the project, and would a call before Christmas be useful?

Best regards,
""" + SIG))

thread("awaiting", "From her private address the user asked a friend a direct question (contact for a joiner); no reply yet.",
    me(frm=ME2, to=[EVA], date="2026-11-25 21:30 +0100", subject="Tischler für die Küche?", lang="de",
       body="""Hej Eva,

du hattest doch im Sommer einen Tischler für eure Küche – kannst du mir den
Namen und die Nummer schicken? Ein Kunde sucht jemanden für Einbauschränke.

Kram
""" + SIG2))

thread("awaiting", "The user asked the client couple to choose a tiling option; one replied he'll check with his wife and get back to her.",
    me(to=[MARGARET, DANIEL_O], date="2026-11-23 12:00 +0100", subject="Bathroom tiles – three options",
       body="""Hi both,

attached are three tiling options for the upstairs bathroom (A: terrazzo,
B: white zellige, C: large-format limestone). Which way would you like to go?
The tiler needs to know by 4 December.

Thea
"""),
    M(DANIEL_O, [ME1], "2026-11-24 07:40 +0100", cc=[MARGARET],
      body="""Thanks Thea! I like B but Margaret is away until Thursday – I'll check
with her and get back to you by the weekend.

Dan
"""))

thread("awaiting", "The user reminded a client about an overdue invoice and asked when it will be paid.",
    me(to=[("Buchhaltung Saffron Kitchen", "accounts@saffron-kitchen.example")], date="2026-11-26 09:10 +0100",
       subject="Zahlungserinnerung: Rechnung 2026-033",
       body="""Dear accounts team,

our invoice 2026-033 of 15 October (EUR 8,420.00) was due on 14 November
and we haven't yet received payment. Could you let me know when we can
expect it?

Kind regards,
""" + SIG))

thread("awaiting", "In Spanish the user asked a Mallorca contractor for a quote; no reply.",
    me(frm=ME2, to=[PABLO], date="2026-11-21 10:00 +0100", subject="Presupuesto - reforma casa en Sóller",
       lang="es", subj_enc=("q", "iso-8859-1"), charset="iso-8859-1",
       body="""Hola Pablo:

Te escribo de parte de Carmen Ruíz. Estamos preparando la reforma de su casa
en Sóller y nos gustaría recibir un presupuesto para la obra de albañilería
y la cubierta. Te adjunto los planos.

¿Podrías enviárnoslo antes del 11 de diciembre?

Muchas gracias y un saludo,
Thea Lindqvist
"""))

thread("awaiting", "The user asked a candidate's former employer for a reference; no reply.",
    me(to=[SOREN], date="2026-11-20 16:20 +0100", subject="Reference request – Inês Carvalho",
       name_enc=("b", "utf-8"), body="""Dear Søren,

Inês Carvalho has applied to join our studio and named you as a referee
from her time at Kjær Landskab. Would you have 15 minutes for a short call
next week, or could you send a few lines by e-mail?

Many thanks,
""" + SIG))

thread("awaiting", "Contrast case: the user thanked the sender but her last mail also asked for the DWG files.",
    me(to=[TOMASZ], date="2026-11-18 09:00 +0100", subject="Elektroplanung Hafenkontor – Stand?",
       lang="de", body="""Hallo Herr Nowak,

wie ist der Stand der Elektroplanung für das 3. OG?

Viele Grüße
Thea Lindqvist
"""),
    M(TOMASZ, [ME1], "2026-11-23 15:00 +0100", lang="de",
      body="""Hallo Frau Lindqvist,

anbei die Pläne als PDF, Index c.

Gruß
Tomasz Nowak
"""),
    me(to=[TOMASZ], date="2026-11-24 08:30 +0100", lang="de",
       body="""Danke! Eine Sache noch: könnten Sie mir die Pläne auch als DWG schicken?
Wir brauchen sie für die Deckenspiegel.

Thea Lindqvist
"""))

thread("awaiting", "The user invited a landscape architect to join a competition team; no answer yet.",
    me(to=[SOREN], date="2026-11-16 10:00 +0100", subject="Competition Quartier Ost – would you join us?",
       name_enc=("b", "utf-8"), body="""Dear Søren,

we're entering the Quartier Ost competition (open, two-stage, deadline
26 February) and would love to have Kjær Landskab on the team for the open
spaces. Would you be interested? I can send the brief.

Best,
Thea
"""))

thread("awaiting", "The user asked the competition office a clarification question; no answer yet.",
    me(to=[WETTBEWERB], date="2026-11-24 11:45 +0100", subject="Rückfrage Auslobung Quartier Ost, Ziffer 4.3",
       lang="de", body="""Sehr geehrte Damen und Herren,

zu Ziffer 4.3 der Auslobung: ist die geforderte Tiefgarage zwingend, oder
sind alternative Mobilitätskonzepte mit reduziertem Stellplatzschlüssel
zulässig?

Mit freundlichen Grüßen
Thea Lindqvist
"""))

thread("awaiting", "Insurance broker acknowledged and said a colleague will send the quote by Thursday; still outstanding.",
    me(to=[LARS], date="2026-11-23 14:00 +0100", subject="Berufshaftpflicht – Angebot für 2027",
       lang="de", body="""Hallo Herr Petersen,

können Sie mir ein Angebot für die Berufshaftpflicht 2027 machen? Wir sind
ab Januar sechs Personen, Jahresumsatz ca. 650.000 EUR.

Viele Grüße
Thea Lindqvist
"""),
    M(LARS, [ME1], "2026-11-23 16:30 +0100", lang="de",
      body="""Hallo Frau Lindqvist,

danke für Ihre Anfrage. Meine Kollegin Frau Harms erstellt das Angebot und
schickt es Ihnen bis Donnerstag nächste Woche.

Beste Grüße
Lars Petersen
"""))

thread("awaiting", "The editor promised a publication date; the user nudged once and is waiting.",
    M(MIRIAM, [ME1], "2026-10-20 11:00 +0200", subject="Bauwelt – Wilhelmsburg feature",
      body="""Dear Thea,

we'd love to feature the Wilhelmsburg housing. I'll confirm the issue and the
print date by the end of October.

Miriam Goldberg
Bauwelt
"""),
    me(to=[MIRIAM], date="2026-11-19 10:00 +0100",
       body="""Dear Miriam,

just checking in on the Wilhelmsburg feature – do you have an issue date yet?
The photographer needs to know for the image licences.

Best,
Thea
"""))

# ================================================================= NONE

thread("none", "Newsletter from a design magazine (bulk, unsubscribe header).",
    M(("The Architectural Review", "newsletter@architectural-review.example"), [ME1], "2026-11-26 07:00 +0000",
      subject="This week: adaptive reuse in Rotterdam, timber towers, and the RIBA shortlist", quote=False,
      headers=[("List-Unsubscribe", "<https://architectural-review.example/unsub?u=88412>"),
               ("Precedence", "bulk")],
      body="""THE ARCHITECTURAL REVIEW – WEEKLY

Adaptive reuse in Rotterdam: how a 1960s post office became 140 homes.
Timber towers: what the new fire guidance means for CLT above 8 storeys.
RIBA Stirling Prize: the shortlist, reviewed.

Read online: https://architectural-review.example/issue/2026-48

You are receiving this e-mail because you subscribed to AR Weekly.
Unsubscribe: https://architectural-review.example/unsub?u=88412
"""))

thread("none", "Mailing-list discussion between other members; nothing addressed to the user.",
    M(("Jörg Albers", "j.albers@albers-architekten.example"), [("Passivhaus Practitioners", "passivhaus-practitioners@lists.phi.example")],
      "2026-11-24 13:20 +0100", subject="[PH-Practitioners] Window installation in ETICS – who uses pre-compressed tape?",
      headers=[("List-Id", "Passivhaus Practitioners <passivhaus-practitioners.lists.phi.example>"),
               ("List-Post", "<mailto:passivhaus-practitioners@lists.phi.example>"),
               ("Precedence", "list")],
      body="""Hi all,

does anyone have good experience with pre-compressed tapes for windows
installed in front of the masonry in ETICS? Our airtightness tests keep
failing at the sill. What do you use?

Jörg
"""),
    M(("Maya Lindgren", "maya@lindgren-bygg.example"), [("Passivhaus Practitioners", "passivhaus-practitioners@lists.phi.example")],
      "2026-11-24 17:02 +0100",
      headers=[("List-Id", "Passivhaus Practitioners <passivhaus-practitioners.lists.phi.example>"),
               ("List-Post", "<mailto:passivhaus-practitioners@lists.phi.example>"),
               ("Precedence", "list")],
      body="""Jörg, we gave up on tape at the sill and use a liquid membrane there,
tape only at jambs and head. Passed every test since. Happy to share the
detail if useful?

Maya
"""))

thread("none", "Automated marketing from a SaaS tool, written as if from a person.",
    M(("Lena from PlanShare", "lena@mail.planshare.example"), [ME1], "2026-11-25 15:00 +0000",
      subject="Thea, quick question", quote=False,
      headers=[("List-Unsubscribe", "<mailto:unsubscribe@mail.planshare.example?subject=88a1f>"),
               ("X-Mailer", "Customer.io")],
      body="""Hi Thea,

I noticed you haven't tried our new markup tools yet. Teams like yours save
up to 4 hours a week on redlining!

Do you have 15 minutes this week for a quick demo? Just hit reply and let me
know.

Cheers,
Lena
Customer Success, PlanShare

You're receiving this because you have a PlanShare account. Unsubscribe.
"""))

thread("none", "Calendar invitation notice generated by the colleague's calendar.",
    M(MALTE, [ME1], "2026-11-26 10:00 +0100", subject="Invitation: Site meeting Lerchenfeld 12 @ Thu 3 Dec 2026 09:00 - 10:00 (CET)",
      quote=False, content_type='multipart/alternative; boundary="cal-b4-1"',
      body="", raw_body="""--cal-b4-1
Content-Type: text/plain; charset=utf-8

You have been invited to the following event.

Site meeting Lerchenfeld 12
When: Thu 3 Dec 2026 09:00 - 10:00 (CET)
Where: Lerchenfeld 12, 22081 Hamburg
Organiser: malte@lindqvist-studio.example

Going? Yes - Maybe - No

--cal-b4-1
Content-Type: text/calendar; charset=utf-8; method=REQUEST

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261203T080000Z
DTEND:20261203T090000Z
UID:lf12-site-0312@lindqvist-studio.example
ORGANIZER;CN=Malte Jansen:mailto:malte@lindqvist-studio.example
ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Thea Lindqvist:mailto:thea@lindqvist-studio.example
SUMMARY:Site meeting Lerchenfeld 12
LOCATION:Lerchenfeld 12, 22081 Hamburg
END:VEVENT
END:VCALENDAR

--cal-b4-1--
"""))

thread("none", "Order receipt for plotter paper.",
    M(("Plotterpapier24", "bestellung@plotterpapier24.example"), [ME1], "2026-11-24 08:12 +0100",
      subject="Ihre Bestellung 1004-88213 ist unterwegs", quote=False, lang="de",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Guten Tag Thea Lindqvist,

vielen Dank für Ihre Bestellung. Ihre Ware ist unterwegs.

  2 x Plotterpapier 914 mm x 50 m, 90 g/m²     EUR 63,80
  Versand                                      EUR  0,00
  Gesamt (inkl. MwSt.)                         EUR 63,80

Sendungsnummer: 00340434161094220417

Bitte antworten Sie nicht auf diese E-Mail.
"""))

thread("none", "The user closed the thread with thanks; only an out-of-office came back.",
    M(HANNAH, [ME1], "2026-11-19 14:00 +0100", subject="Lüftungsschema Winterhuder Weg", lang="de",
      body="""Hallo Frau Lindqvist,

anbei das überarbeitete Lüftungsschema mit Ihren Anmerkungen.

Viele Grüße
Hannah Vogt
"""),
    me(to=[HANNAH], date="2026-11-19 16:30 +0100", lang="de",
       body="""Vielen Dank, passt so!

Viele Grüße
Thea Lindqvist
"""),
    M(HANNAH, [ME1], "2026-11-19 16:30 +0100", quote=False, lang="de",
      subject="Abwesenheitsnotiz: Re: Lüftungsschema Winterhuder Weg",
      headers=[("Auto-Submitted", "auto-replied")],
      body="""Ich bin bis einschließlich 23.11. nicht im Büro. In dringenden Fällen wenden
Sie sich bitte an info@vogt-ingenieure.example.

Hannah Vogt
"""))

thread("none", "Delivery failure for a mail the user sent to a mistyped address.",
    me(to=[("Gregor Lenz", "g.lenz@lenzbau.example")], date="2026-11-25 11:00 +0100",
       subject="Bautagebuch KW 48", lang="de",
       body="""Hallo Herr Lenz,

anbei das Bautagebuch für KW 48.

Gruß
Thea Lindqvist
"""),
    M(("Mail Delivery System", "MAILER-DAEMON@mx.lindqvist-studio.example"), [ME1], "2026-11-25 11:01 +0100",
      subject="Undelivered Mail Returned to Sender", quote=False,
      headers=[("Auto-Submitted", "auto-replied")],
      body="""This is the mail system at host mx.lindqvist-studio.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<g.lenz@lenzbau.example>: Host or domain name not found. Name service error
    for name=lenzbau.example type=MX: Host not found, try again
"""))

thread("none", "Meeting confirmed; the client's 'see you Thursday' ends the exchange.",
    M(OLIVIA, [ME1], "2026-11-16 09:00 +0000", subject="Walkthrough of the new floor?",
      body="""Hi Thea,

could we do a walkthrough of the new floor with our CFO next week? Thursday
afternoon would be ideal.

Olivia
"""),
    me(to=[OLIVIA], date="2026-11-16 11:15 +0100",
       body="""Hi Olivia,

Thursday 26th at 15:00 works. I'll meet you at reception.

Thea
"""),
    M(OLIVIA, [ME1], "2026-11-16 10:20 +0000",
      body="""Perfect, see you Thursday!

Olivia
"""))

thread("none", "Client's closing thanks after receiving the drawings; the quoted part still contains her original questions.",
    M(NINA, [ME1], "2026-11-10 10:00 +0100", subject="Reception desk – height and material?",
      body="""Hi Thea,

what height is the reception desk in the current drawings, and is the top
linoleum or solid oak? Our landlord asked.

Nina
"""),
    me(to=[NINA], date="2026-11-10 12:00 +0100",
       body="""Hi Nina,

1.10 m at the counter, 75 cm at the accessible section; the top is solid
oak, oiled. Drawing attached.

Thea
"""),
    M(NINA, [ME1], "2026-11-10 12:30 +0100",
      body="""That answers everything, thank you!

N.
"""))

thread("none", "Prospective client clearly declines; nothing further owed.",
    me(to=[("Familie Hoffmann", "hoffmann.k@t-online.example")], date="2026-11-05 10:00 +0100",
       subject="Angebot Sanierung Stadthaus Eilbek", lang="de",
       body="""Liebe Familie Hoffmann,

anbei wie besprochen unser Honorarangebot für die Sanierung.

Viele Grüße
Thea Lindqvist
"""),
    M(("Katrin Hoffmann", "hoffmann.k@t-online.example"), [ME1], "2026-11-18 20:40 +0100", lang="de",
      body="""Liebe Frau Lindqvist,

vielen Dank für das Angebot und die Zeit, die Sie sich genommen haben. Wir
haben uns für ein anderes Büro entschieden, das näher an unserem Budget
liegt.

Alles Gute und viele Grüße
Katrin Hoffmann
"""))

thread("none", "Cc-only FYI from the engineer to the contractor.",
    M(RAVI, [GREGOR], "2026-11-25 12:00 +0100", cc=[ME1], subject="Winterhuder Weg – revised rebar schedule (FYI)",
      body="""Hi Gregor,

FYI, attached is the revised rebar schedule for the 2nd floor slab (rev. D).
Only change is the additional bars around the stair opening. No action
needed beyond using rev. D on site.

Ravi
"""))

thread("none", "Group thread: the client asked the user or her colleague about keys, and the colleague answered.",
    M(MARGARET, [ME1, MALTE], "2026-11-26 08:30 +0100", subject="Keys for Saturday?",
      body="""Hi Thea, hi Malte,

the flooring people want to come on Saturday at 9. Does one of you have a
key, or should I leave mine with the neighbour?

Margaret
"""),
    M(MALTE, [MARGARET], "2026-11-26 09:05 +0100", cc=[ME1],
      body="""Hi Margaret,

I have the site key and will be there at 9 to let them in. No need to leave
yours.

Malte
"""))

thread("none", "Vendor keeps writing after the user's clear no.",
    M(("Daniel Kraft", "d.kraft@bim-leads.example"), [ME1], "2026-11-09 08:00 +0100",
      subject="More projects for Lindqvist Studio?",
      body="""Hi Thea,

we generate qualified project leads for architects. Can we set up a call?

Daniel
"""),
    me(to=[("Daniel Kraft", "d.kraft@bim-leads.example")], date="2026-11-09 12:00 +0100",
       body="""Hi Daniel,

thanks, but we're not interested. Please take me off your list.

Thea
"""),
    M(("Daniel Kraft", "d.kraft@bim-leads.example"), [ME1], "2026-11-23 08:00 +0100",
      body="""Hi Thea,

just bumping this up – we have a special offer for December. Are you
available for 10 minutes this week?

Daniel
"""))

thread("none", "Scam job offer.",
    M(("HR Department", "hr.global-remote@freemail.example"), [ME2], "2026-11-22 03:14 +0000",
      subject="REMOTE JOB OFFER - earn 4.500 EUR weekly from home", quote=False,
      body="""Dear Candidate,

your profile has been selected for a remote assistant position. No
experience needed. Earn up to 4.500 EUR weekly. To start please send your
bank details and a copy of your ID card.

Reply within 24 hours to secure your position!!
"""))

thread("none", "Social network notification.",
    M(("LinkedIn", "notifications-noreply@linkedin.example"), [ME1], "2026-11-24 06:30 +0000",
      subject="Thea, you appeared in 14 searches this week", quote=False,
      headers=[("List-Unsubscribe", "<https://www.linkedin.example/unsub>")],
      body="""You appeared in 14 searches this week.
See who's looking: https://www.linkedin.example/me/search-appearances
"""))

thread("none", "E-signature service notification in a person's name; an automated message, not a conversation.",
    M(("Olivia Grant via SignNow", "noreply@signnow.example"), [ME1], "2026-11-25 16:00 +0000",
      subject="Olivia Grant sent you a document to sign: Change order 03", quote=False,
      headers=[("Reply-To", "olivia.grant@grant-consulting.example")],
      body="""Olivia Grant sent you a document to review and sign.

Change order 03 – Hafenkontor 3rd floor

REVIEW DOCUMENT: https://app.signnow.example/d/7f3a2c

Do not share this e-mail. This is an automated message.
"""))

thread("none", "Bank notice with an encoded German subject.",
    M(("Hamburger Sparkasse", "noreply@haspa.example"), [ME1], "2026-11-26 05:00 +0100",
      subject="Ihr elektronischer Kontoauszug ist verfügbar", subj_enc=("q", "iso-8859-1"),
      charset="iso-8859-1", quote=False, lang="de",
      body="""Guten Tag,

für Ihr Geschäftskonto ist ein neuer elektronischer Kontoauszug verfügbar.
Sie finden ihn im Online-Banking im Postfach.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht.
"""))

thread("none", "The user's promise was kept (drawings sent) and the client thanked her.",
    M(KEMAL, [ME1], "2026-11-03 09:00 +0100", subject="Grundrisse Bestand", name_enc=("b", "utf-8"), lang="de",
      body="""Hallo Frau Lindqvist,

könnten Sie uns die Bestandsgrundrisse als PDF schicken?

Kemal Aydın
"""),
    me(to=[KEMAL], date="2026-11-03 10:00 +0100", lang="de", name_enc=("b", "utf-8"),
       body="""Hallo Herr Aydın,

mache ich – Sie bekommen sie bis Donnerstag.

Viele Grüße
Thea Lindqvist
"""),
    me(to=[KEMAL], date="2026-11-05 15:00 +0100", lang="de", name_enc=("b", "utf-8"),
       body="""Hallo Herr Aydın,

wie versprochen anbei die Bestandsgrundrisse (EG und UG).

Viele Grüße
Thea Lindqvist
"""),
    M(KEMAL, [ME1], "2026-11-05 17:20 +0100", name_enc=("b", "utf-8"), lang="de",
      body="""Vielen Dank, angekommen!

Kemal Aydın
"""))

thread("none", "The user turned down an applicant, who replied with thanks.",
    M(("Benedikt Schramm", "b.schramm@posteo.example"), [STUDIO_JOBS], "2026-10-20 10:00 +0200",
      subject="Bewerbung Junior Architekt", lang="de",
      body="""Sehr geehrte Damen und Herren,

anbei meine Bewerbungsunterlagen.

Benedikt Schramm
"""),
    me(to=[("Benedikt Schramm", "b.schramm@posteo.example")], date="2026-11-20 10:00 +0100", lang="de",
       body="""Lieber Herr Schramm,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Büro. Wir haben
uns für andere Kandidatinnen und Kandidaten entschieden. Für Ihren weiteren
Weg wünsche ich Ihnen alles Gute.

Viele Grüße
Thea Lindqvist
"""),
    M(("Benedikt Schramm", "b.schramm@posteo.example"), [ME1], "2026-11-20 13:00 +0100", lang="de",
      body="""Danke für die schnelle und freundliche Rückmeldung!

Beste Grüße
Benedikt Schramm
"""))

thread("none", "Scheduling back-and-forth ended with the user confirming the slot.",
    M(CHIDI, [ME1], "2026-11-02 09:00 +0100", subject="School extension – cost meeting",
      body="""Hi Thea,

can we meet next week about the cost plan? Tuesday or Wednesday morning?

Chidi
"""),
    me(to=[CHIDI], date="2026-11-02 10:00 +0100",
       body="""Hi Chidi,

Tuesday is full, Wednesday at 10 or 11?

Thea
"""),
    M(CHIDI, [ME1], "2026-11-02 13:00 +0100",
      body="""Wednesday at 10, please.

Chidi
"""),
    me(to=[CHIDI], date="2026-11-02 13:30 +0100",
       body="""Wednesday 10:00 it is, see you then.

Thea
"""))

thread("none", "Conference registration confirmation.",
    M(("Holz-Hybrid Kongress", "no-reply@holzhybrid-kongress.example"), [ME1], "2026-11-12 12:00 +0100",
      subject="Registration confirmed: Holz-Hybrid Kongress 2027", quote=False,
      body="""Dear Thea Lindqvist,

your registration for the Holz-Hybrid Kongress 2027 (Hamburg, 18-19 February)
is confirmed. Your ticket number is HHK27-0419.

We look forward to welcoming you.
"""))

thread("none", "German circular from the chamber of architects mailing list.",
    M(("Hamburgische Architektenkammer", "rundschreiben@akhh.example"), [("Mitglieder", "mitglieder@lists.akhh.example")],
      "2026-11-23 11:00 +0100", subject="Rundschreiben 11/2026: Fortbildungspflicht, neue HOAI-Tabellen",
      subj_enc=("b", "utf-8"), lang="de", quote=False,
      headers=[("List-Id", "Rundschreiben der Architektenkammer <mitglieder.lists.akhh.example>"),
               ("Precedence", "bulk")],
      body="""Liebe Mitglieder,

in diesem Rundschreiben:

- Fortbildungspflicht: Nachweise für 2026 bis zum 31. März 2027 einreichen
- Neue Honorartabellen: Stellungnahme der Kammer
- Termine: Neujahrsempfang am 15. Januar

Mit kollegialen Grüßen
Ihre Geschäftsstelle
"""))

thread("none", "Read receipt for the user's mail.",
    me(to=[RUTH], date="2026-11-12 09:00 +0100", subject="Site visit minutes",
       body="""Dear Ruth,

attached are the minutes from our site visit.

Best regards,
""" + SIG, headers=[("Disposition-Notification-To", "thea@lindqvist-studio.example")]),
    M(RUTH, [ME1], "2026-11-12 09:30 +0100", subject="Read: Site visit minutes", quote=False,
      content_type='multipart/report; report-type=disposition-notification; boundary="mdn-b4"',
      body="", raw_body="""--mdn-b4
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to ruth.abebe@abebe-law.example at
12/11/2026 09:00. This receipt verifies that the message has been displayed.

--mdn-b4
Content-Type: message/disposition-notification

Final-Recipient: rfc822;ruth.abebe@abebe-law.example
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b4--
"""))

thread("none", "Project-management tool notification; the mention is answered in the tool, not by mail.",
    M(("Malte Jansen (Asana)", "no-reply@asana.example"), [ME1], "2026-11-26 14:10 +0000",
      subject="Malte Jansen mentioned you in 'Lerchenfeld 12 – Ausführungsplanung'", quote=False,
      body="""Malte Jansen mentioned you in a comment:

"@Thea can you check the stair detail before we send it out?"

View task: https://app.asana.example/0/1203/88121
You can reply to this e-mail to comment (replies are posted to the task).
"""))

thread("none", "Supplier invoice sent automatically from the billing system.",
    M(("Fassadentechnik Nord Buchhaltung", "rechnung@fassadentechnik-nord.example"), [ME1], "2026-11-20 06:00 +0100",
      subject="Rechnung RE-2026-1187", quote=False, lang="de",
      headers=[("Auto-Submitted", "auto-generated")],
      body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-1187 als PDF.
Zahlbar innerhalb von 14 Tagen ohne Abzug.

Diese E-Mail wurde automatisch erstellt.
"""))

thread("none", "A friend thanks the user in Spanish for her hospitality; a warm ending, no question.",
    M(("Marta Jiménez", "marta.jimenez@gmail.example"), [ME2], "2026-11-22 22:00 +0100",
      subject="¡Gracias por todo!", lang="es", cte="base64",
      body="""Querida Thea:

Ya estamos en casa. Muchísimas gracias por estos días en Hamburgo, por la
visita a la obra y por la cena tan rica. Fue un fin de semana precioso.

Un beso muy fuerte,
Marta
"""))

thread("none", "Supplier newsletter that addresses the user personally but is bulk mail.",
    M(("Katrin Vogel | Ziegelwerk Bockhorn", "katrin.vogel@news.ziegelwerk-bockhorn.example"), [ME1],
      "2026-11-19 10:00 +0100", subject="Dear Thea, our new clinker range is here", quote=False,
      headers=[("List-Unsubscribe", "<https://news.ziegelwerk-bockhorn.example/u/5521>"),
               ("Precedence", "bulk")],
      body="""Dear Thea,

I'm excited to share our new hand-moulded clinker range with you – six
colours, all EPD-certified. Order free samples on our website!

Warm regards,
Katrin Vogel
Head of Marketing

Unsubscribe: https://news.ziegelwerk-bockhorn.example/u/5521
"""))

thread("none", "Contrast case: the user's last message was only a thanks.",
    me(to=[TOMASZ], date="2026-11-10 09:00 +0100", subject="Leuchtenliste Osei Partners", lang="de",
       body="""Hallo Herr Nowak,

schicken Sie mir bitte die aktuelle Leuchtenliste?

Thea Lindqvist
"""),
    M(TOMASZ, [ME1], "2026-11-11 11:00 +0100", lang="de",
      body="""Anbei, Stand heute.

Tomasz Nowak
"""),
    me(to=[TOMASZ], date="2026-11-11 11:30 +0100", lang="de",
       body="""Danke, das ist alles, was ich brauche.

Thea Lindqvist
"""))

thread("none", "Webinar reminder from a no-reply address.",
    M(("BIM Academy", "noreply@bim-academy.example"), [ME1], "2026-11-25 08:00 +0000",
      subject="Reminder: 'IFC 4.3 for small practices' starts tomorrow", quote=False,
      headers=[("List-Unsubscribe", "<https://bim-academy.example/unsub>")],
      body="""Hi Thea,

a reminder that the webinar "IFC 4.3 for small practices" starts tomorrow at
16:00 CET. Join here: https://bim-academy.example/live/ifc43

See you there!
"""))

thread("none", "Parcel delivery notification.",
    M(("DHL Paket", "noreply@dhl.example"), [ME1], "2026-11-26 13:00 +0100",
      subject="Ihre Sendung wurde zugestellt", quote=False, lang="de",
      body="""Ihre Sendung 00340434161094220417 wurde heute um 12:54 Uhr zugestellt.
Empfangen von: Nachbar (Bernstorffstraße 116)
"""))

thread("none", "Client's announcement to all parties that needs no action.",
    M(FACILITIES, [ME1, GREGOR, TOMASZ], "2026-11-24 10:00 +0100", subject="Hafenkontor closed 24 Dec – 3 Jan",
      name_enc=("q", "utf-8"),
      body="""Dear all,

please note that the Hafenkontor building will be closed from 24 December
to 3 January. No site access during that period. No action needed.

Kind regards,
Facility Management
"""))

thread("none", "Portal acknowledgement of an electronic submission (automated, no reply expected).",
    M(("ELBE Bauportal", "noreply@bauportal.hamburg.example"), [ME1], "2026-11-13 14:02 +0100",
      subject="Eingangsbestätigung: Ihr Antrag N/2026/0815 wurde übermittelt", subj_enc=("b", "utf-8"),
      quote=False, lang="de", headers=[("Auto-Submitted", "auto-generated")],
      body="""Ihr Antrag mit dem Aktenzeichen N/2026/0815 wurde erfolgreich übermittelt.
Sie erhalten eine Nachricht, sobald die Prüfung abgeschlossen ist.

Diese Nachricht wurde automatisch erzeugt.
"""))

thread("none", "Help the user gave was thanked; the mentee's thanks closes the loop.",
    M(("Leon Fischer", "leon.fischer@student.hcu-hamburg.example"), [ME2], "2026-11-14 18:00 +0100",
      subject="Portfolio advice?",
      body="""Hi Thea,

Prof. Hartmann said you might be willing to look at my portfolio before I
apply for internships. Would you have time?

Leon
"""),
    me(frm=ME2, to=[("Leon Fischer", "leon.fischer@student.hcu-hamburg.example")], date="2026-11-16 21:00 +0100",
       body="""Hi Leon,

I had a look. Strong work – lead with the housing project, cut the first-year
models, and put one construction detail on every spread. Good luck!

Thea
"""),
    M(("Leon Fischer", "leon.fischer@student.hcu-hamburg.example"), [ME2], "2026-11-17 08:10 +0100",
      body="""Thank you so much, that's really helpful! I'll rework it this week.

Leon
"""))

thread("none", "The user answered from her private address a question sent to the studio address; the client thanked her.",
    M(DEV, [ME1], "2026-11-12 19:00 +0100", subject="Opening hours sign – permit needed?",
      body="""Hi Thea,

do we need a permit for the small opening-hours sign next to the door?

Dev
"""),
    me(frm=ME2, to=[DEV], date="2026-11-12 21:30 +0100",
       body="""Hi Dev,

no – anything under 0.5 m² on the facade at the entrance is exempt. Go ahead.

Thea (from my phone)
"""),
    M(DEV, [ME2], "2026-11-13 08:00 +0100",
      body="""Brilliant, thanks!

Dev
"""))

thread("none", "Clear no from a consultant the user asked to join; the matter is closed.",
    me(to=[INES], date="2026-10-25 10:00 +0200", subject="Freelance support in December?",
       body="""Hi Inês,

would you be free to help us for two weeks in December on a competition?

Thea
"""),
    M(INES, [ME1], "2026-10-26 09:00 +0000", name_enc=("b", "utf-8"),
      body="""Hi Thea,

thank you for thinking of me, but no – I'm fully booked until January.
Good luck with the competition!

Inês
"""))


# ---------------------------------------------------------------- write


def main() -> None:
    if MAILDIR.exists():
        shutil.rmtree(MAILDIR)
    for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
        (MAILDIR / sub).mkdir(parents=True)
    counter = 0
    labels = []
    for tid, t in enumerate(THREADS, 1):
        done: list[M] = []
        for i, msg in enumerate(t["msgs"], 1):
            data = render(msg, i, done, tid)
            counter += 1
            epoch = int(msg.date.timestamp())
            name = f"{epoch}.M{counter}P{4100 + counter}.{HOST}:2,S"
            folder = MAILDIR / (".Sent/cur" if msg.sent else "cur")
            (folder / name).write_bytes(data)
            done.append(msg)
        root = next(m.mid for m in t["msgs"] if m.mid)
        labels.append((root, t["expect"], t["why"]))
    for sub in ("new", "tmp", ".Sent/new", ".Sent/tmp"):
        (MAILDIR / sub / ".gitkeep").write_bytes(b"")
    out = [
        '# Independent labelled corpus #4 (written blind). "me" = Thea Lindqvist, architect,',
        "# principal of Lindqvist Studio (five-person practice, Hamburg), hiring a junior architect.",
        f'me = ["{ME1[1]}", "{ME2[1]}"]',
        f'now = "{NOW}"',
    ]
    for root, expect, why in labels:
        out += ["", "[[thread]]", f'root = "{root}"', f'expect = "{expect}"',
                'why = "' + why.replace("\\", "\\\\").replace('"', '\\"') + '"']
    (HERE / "labels.toml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
