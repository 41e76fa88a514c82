"""Generate the fifth independent labelled mail corpus (written blind).

"me" is Sophie Vermeulen, head of chemistry at a Bristol secondary school,
who is applying for deputy-head posts, tutors privately, and organises a
regional science-teaching conference (WEST Conf 2027). Two addresses: the
school's Microsoft 365 mailbox and a personal Gmail one.

Standard library only; deterministic: running it twice gives the same files.

    python tests/mail/independent5/make_corpus.py
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import quopri
import shutil
import uuid
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "Maildir"
HOST = "sv-laptop"
NOW = "2026-11-30T17:00:00Z"
FOLDERS = ("", ".Sent", ".Drafts", ".Archive", ".Conference", ".Conference.Speakers", ".Tutoring")


# ---------------------------------------------------------------- people


class P:
    """A correspondent: display name, address, the client they write with, their time zone."""

    def __init__(self, name: str, addr: str, client: str = "gmail", tz: str = "uk", lang: str = "en"):
        self.name, self.addr, self.client, self.tz, self.lang = name, addr, client, tz, lang

    @property
    def domain(self) -> str:
        return self.addr.split("@")[1]


ME_W = P("Sophie Vermeulen", "s.vermeulen@ashcombe-academy.example", "outlook")
ME_P = P("Sophie Vermeulen", "sophie.vermeulen.chem@gmail.example", "gmail")
ME_TB = P("Sophie Vermeulen", "sophie.vermeulen.chem@gmail.example", "thunderbird")
ME = (ME_W.addr, ME_P.addr)

SIG_W = "\nSophie Vermeulen\nHead of Chemistry | Ashcombe Academy\nSevern Vale Learning Trust\n"
SIG_P = "\nSophie\n\n--\nSophie Vermeulen\nChemistry tutoring (GCSE / A level / IB) · WEST Conf 2027\n07700 900412\n"
SIG_S = "\nSophie\n"

# ---------------------------------------------------------------- time


def offset(tz: str, day: dt.date) -> dt.timezone:
    summer = day < dt.date(2026, 10, 25)  # EU/UK clocks went back on 25 October 2026
    hours = {"uk": 1 if summer else 0, "cet": 2 if summer else 1, "utc": 0, "est": -4 if day < dt.date(2026, 11, 1) else -5}[tz]
    return dt.timezone(dt.timedelta(hours=hours))


def when(stamp: str, tz: str) -> dt.datetime:
    naive = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=offset(tz, naive.date()))


def h(*parts: object, n: int = 16) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- messages


class M:
    def __init__(self, frm: P, to, at: str, body: str = "", subject: str | None = None, cc=(),
                 *, folder: str | None = None, client: str | None = None, mid: str | None = "auto",
                 irt="auto", refs="auto", quote: bool = True, headers=(), also_in=(),
                 date_raw: str | None = None, html_only: bool = False, b64: bool = False,
                 charset: str = "utf-8", subj_charset: str = "utf-8", reply_to: P | None = None,
                 to_raw: str | None = None, raw: str | None = None, flags: str = "S",
                 unread: bool = False, html_body: str | None = None, subj_raw: str | None = None,
                 declare: str | None = None, name_charset: str = "utf-8", copy_headers=()):
        self.frm, self.to, self.cc = frm, [to] if isinstance(to, P) else list(to), list(cc)
        self.at = when(at, frm.tz)
        self.body, self.subject = body, subject
        self.sent = frm.addr in ME
        self.folder = folder if folder is not None else (".Sent" if self.sent else "")
        self.client = client or frm.client
        self.mid, self.irt, self.refs, self.quote = mid, irt, refs, quote
        self.headers, self.also_in = list(headers), list(also_in)
        self.date_raw, self.html_only, self.b64 = date_raw, html_only, b64
        self.charset, self.subj_charset, self.reply_to = charset, subj_charset, reply_to
        self.to_raw, self.raw, self.flags, self.unread = to_raw, raw, flags, unread
        self.html_body, self.subj_raw, self.declare = html_body, subj_raw, declare
        self.name_charset, self.copy_headers = name_charset, list(copy_headers)


THREADS: list[dict] = []


def thread(expect: str, why: str, *msgs: M) -> None:
    THREADS.append({"expect": expect, "why": why, "msgs": list(msgs)})


# ---------------------------------------------------------------- rendering


def message_id(msg: M, key: str) -> str:
    c, d = msg.client, msg.frm.domain
    if c == "gmail":
        return f"<CA{base64.b32encode(bytes.fromhex(h(key, 'g', n=40))).decode().rstrip('=')}+{h(key, 'x', n=8)}@mail.gmail.example>"
    if c in ("outlook", "outlook_mobile", "outlook_fr"):
        box = "DB9PR0" + str(int(h(key, 'b', n=2), 16) % 9) + "MB" + str(1000 + int(h(key, 'c', n=3), 16) % 9000)
        return f"<{box}{h(key, 'o', n=24).upper()}@{box}.eurprd0{int(h(key, 'e', n=1), 16) % 8 + 1}.prod.outlook.example>"
    if c in ("thunderbird", "apple", "webmail"):
        u = str(uuid.UUID(h(key, "u", n=32)))
        return f"<{u.upper() if c == 'apple' else u}@{d}>"
    return f"<{h(key, 's', n=20)}.{int(msg.at.timestamp())}@{'mail.' + d}>"


def rfc_date(msg: M) -> str:
    sec = int(h(msg.frm.addr, msg.at, n=4), 16) % 60
    moment = msg.at.replace(second=sec)
    text = moment.strftime("%a, %d %b %Y %H:%M:%S %z")
    if msg.client in ("service",):
        text += " (UTC)" if moment.utcoffset() == dt.timedelta(0) else ""
    return text


def subj(text: str, charset: str) -> str:
    if text.isascii():
        return text
    return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def addr(p: P, charset: str = "utf-8") -> str:
    if not p.name:
        return p.addr
    if p.name.isascii():
        if any(ch in p.name for ch in ",.()"):
            return f'"{p.name}" <{p.addr}>'
        return f"{p.name} <{p.addr}>"
    return formataddr((p.name, p.addr), charset=charset)


def quote_block(prev: M, client: str, lang: str) -> str:
    name = prev.frm.name or prev.frm.addr
    lines = prev.plain_text.rstrip("\n").split("\n")
    if client in ("outlook", "outlook_mobile", "outlook_fr"):
        fr = client == "outlook_fr"
        heads = (("De", "Envoyé", "À", "Objet") if fr else ("From", "Sent", "To", "Subject"))
        sep = " : " if fr else ": "
        when_ = prev.at.strftime("%A, %d %B %Y %H:%M")
        block = [
            "",
            "________________________________",
            f"{heads[0]}{sep}{name} <{prev.frm.addr}>",
            f"{heads[1]}{sep}{when_}",
            f"{heads[2]}{sep}" + "; ".join(p.name or p.addr for p in prev.to),
            f"{heads[3]}{sep}{prev.subject}",
            "",
        ]
        return "\n".join(block) + "\n" + "\n".join(lines) + "\n"
    if lang == "fr":
        head = f"Le {prev.at.strftime('%d/%m/%Y à %H:%M')}, {name} <{prev.frm.addr}> a écrit :"
    elif lang == "nl":
        head = f"Op {prev.at.strftime('%d-%m-%Y om %H:%M')} schreef {name} <{prev.frm.addr}>:"
    elif client == "thunderbird":
        head = f"On {prev.at.strftime('%d/%m/%Y %H:%M')}, {name} wrote:"
    elif client == "apple":
        head = f"On {prev.at.strftime('%d %b %Y')}, at {prev.at.strftime('%H:%M')}, {name} <{prev.frm.addr}> wrote:"
    else:
        head = f"On {prev.at.strftime('%a, %d %b %Y at %H:%M')}, {name} <{prev.frm.addr}> wrote:"
    q = "\n".join(">" if not ln else "> " + ln for ln in lines)
    return "\n\n" + head + "\n" + q + "\n"


def encode_part(text: str, charset: str, b64: bool) -> tuple[str, bytes]:
    raw = text.encode(charset)
    if b64:
        b = base64.b64encode(raw).decode("ascii")
        return "base64", ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    if text.isascii() and max((len(ln) for ln in text.split("\n")), default=0) < 900:
        return "7bit", raw
    return "quoted-printable", quopri.encodestring(raw)


def to_html(text: str, client: str) -> str:
    paras = [p for p in text.split("\n\n")]
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras if p.strip())
    if client == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
            f'</head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">\n{inner}</div></body></html>\n')


CLIENT_HEADERS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "apple": [("X-Mailer", "iPhone Mail (22B91)")],
}


def render(msg: M, index: int, prev: list[M], tid: int) -> bytes:
    key = f"{tid}.{index}"
    if msg.mid == "auto":
        msg.mid = message_id(msg, key)
    if msg.subject is None:
        base = prev[0].subject if prev else "(no subject)"
        low = base.lower()
        msg.subject = base if low.startswith(("re:", "re :", "aw:")) else (
            ("RE: " if msg.client.startswith("outlook") else "Re: ") + base)
    text = msg.body
    if msg.quote and prev and msg.raw is None:
        text = text.rstrip("\n") + "\n" + quote_block(prev[-1], msg.client, msg.frm.lang)
    if not text.endswith("\n"):
        text += "\n"
    msg.plain_text = msg.body
    ids = [p.mid for p in prev if p.mid]
    hs: list[tuple[str, str]] = []
    if msg.client.startswith("outlook"):
        hs.append(("From", addr(msg.frm)))
        hs.append(("To", msg.to_raw or ", ".join(addr(p) for p in msg.to)))
        if msg.cc:
            hs.append(("CC", ", ".join(addr(p) for p in msg.cc)))
        hs.append(("Subject", msg.subj_raw or subj(msg.subject, msg.subj_charset)))
        topic = msg.subject
        for pre in ("RE: ", "Re: ", "FW: ", "TR: ", "RE : "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        hs.append(("Thread-Topic", subj(topic, msg.subj_charset)))
        hs.append(("Thread-Index", base64.b64encode(bytes.fromhex(h(tid, "ti", n=44))).decode()))
        hs.append(("Date", rfc_date(msg) if msg.date_raw is None else msg.date_raw))
    else:
        if msg.date_raw is None:
            hs.append(("Date", rfc_date(msg)))
        elif msg.date_raw != "":
            hs.append(("Date", msg.date_raw))
        hs.append(("From", addr(msg.frm, msg.name_charset)))
        if msg.reply_to:
            hs.append(("Reply-To", addr(msg.reply_to)))
        hs.append(("To", msg.to_raw or ", ".join(addr(p) for p in msg.to)))
        if msg.cc:
            hs.append(("Cc", ", ".join(addr(p) for p in msg.cc)))
        hs.append(("Subject", msg.subj_raw or subj(msg.subject, msg.subj_charset)))
    if msg.mid:
        hs.append(("Message-ID", msg.mid))
    irt = ids[-1] if msg.irt == "auto" and ids else (None if msg.irt == "auto" else msg.irt)
    refs = " ".join(ids[-6:]) if msg.refs == "auto" and ids else (None if msg.refs == "auto" else msg.refs)
    if refs:
        hs.append(("References", refs.replace(" ", "\n ") if len(refs) > 200 else refs))
    if irt:
        hs.append(("In-Reply-To", irt))
    if msg.client.startswith("outlook"):
        if msg.reply_to:
            hs.append(("Reply-To", addr(msg.reply_to)))
        lang = "fr-FR" if msg.client == "outlook_fr" else ("nl-BE" if msg.frm.lang == "nl" else "en-GB")
        hs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    hs += CLIENT_HEADERS.get(msg.client, [])
    hs += msg.headers
    hs.append(("MIME-Version", "1.0"))
    if msg.raw is not None:
        head = "".join(f"{k}: {v}\n" for k, v in hs)
        return (head + msg.raw).encode("utf-8")
    cs = msg.charset
    if msg.client in ("gmail", "outlook", "outlook_mobile", "outlook_fr", "service_html") or msg.html_only:
        htmltext = msg.html_body or to_html(text, msg.client)
        if msg.html_only:
            cte, payload = encode_part(htmltext, cs, msg.b64)
            hs += [("Content-Type", f'text/html; charset="{cs}"'), ("Content-Transfer-Encoding", cte)]
            return "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + payload
        boundary = ("000000000000" + h(key, "bd", n=12)) if msg.client == "gmail" else f"_000_{h(key, 'bo', n=30).upper()}_"
        hs.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        parts = []
        for sub, body in (("plain", text), ("html", htmltext)):
            cte, payload = encode_part(body, cs, msg.b64)
            if msg.declare:
                cte, payload = "8bit", body.encode("utf-8")
            decl = msg.declare or cs
            cs_q = f'"{decl.upper() if msg.client == "gmail" else decl}"'
            parts.append(f"--{boundary}\nContent-Type: text/{sub}; charset={cs_q}\n"
                         f"Content-Transfer-Encoding: {cte}\n\n".encode() + payload)
        body = b"\n".join(parts) + f"\n--{boundary}--\n".encode()
        return "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + body
    cte, payload = encode_part(text, cs, msg.b64)
    if msg.declare:
        cs, cte, payload = msg.declare, "8bit", text.encode("utf-8")
    flowed = "; format=flowed" if msg.client == "thunderbird" else ""
    hs += [("Content-Type", f"text/plain; charset={cs.upper() if msg.client == 'thunderbird' else cs}{flowed}"),
           ("Content-Transfer-Encoding", cte)]
    return "".join(f"{k}: {v}\n" for k, v in hs).encode() + b"\n" + payload




# ---------------------------------------------------------------- correspondents

# school (Ashcombe Academy, Severn Vale Learning Trust)
HEAD = P("Janet Hollis", "j.hollis@ashcombe-academy.example", "outlook")
DAN = P("Dan Price", "d.price@ashcombe-academy.example", "outlook")
LUCY = P("Lucy Tran", "l.tran@ashcombe-academy.example", "outlook")
RAJ = P("Raj Bhatt", "r.bhatt@ashcombe-academy.example", "outlook")
NEIL = P("Neil Fairbairn", "n.fairbairn@ashcombe-academy.example", "outlook")
TECHS = P("Science Technicians", "scitechs@ashcombe-academy.example", "outlook")
ALLSTAFF = P("All Staff - Severn Vale", "allstaff@severnvale-trust.example", "outlook")
CEO = P("Dr Martin Yeo (CEO)", "ceo.office@severnvale-trust.example", "outlook")
ANGELA = P("Angela Morris", "recruitment@severnvale-trust.example", "outlook")
GARY = P("Gary Lewis", "g.lewis@severnvale-trust.example", "outlook")
ANAIS = P("Anaïs Girard", "anais.girard@laposte.example", "webmail", "uk", "fr")
ARBOR = P("Arbor", "no-reply@arbor-education.example", "service", "utc")
# job hunt
MARION = P("Marion Keane", "m.keane@kingsmead-school.example", "outlook")
WORKDAY = P("Kingsmead Learning Partnership", "kingsmead@myworkday.example", "service", "utc")
ETEACH = P("Redland Park Academy via Eteach", "no-reply@eteach.example", "service", "utc")
KERRY = P("Kerry Doyle", "k.doyle@redlandpark.example", "outlook")
CAROL = P("Carol Baines", "hr@hollinsgreen.example", "outlook")
SIOBHAN = P("Siobhan Kelly", "s.kelly@stbrendans.example", "outlook")
PAULA = P("Paula Grant", "recruitment@stanselms.example", "outlook")
ANDREW = P("Andrew Hale", "a.hale@chewvalley-school.example", "outlook")
JESS = P("Jess Holloway", "jess.holloway@harbour-edu.example", "outlook")
TUTORMATCH = P("Kieran | TutorMatch UK", "kieran@tutormatch.example", "gmail")
TES = P("Tes Jobs", "jobalerts@email.tes.example", "service", "utc")
LINKEDIN = P("LinkedIn", "notifications-noreply@linkedin.example", "service", "utc")
LINKEDIN_MSG = P("Mark Ellis via LinkedIn", "messaging-digest-noreply@linkedin.example", "service", "utc")
GWEN = P("Gwen Parry", "gwenparry56@gmail.example", "gmail")
TRA = P("Teaching Regulation Agency", "donotreply@tra.education.example", "service", "utc")
# tutoring
PRIYA = P("Priya Patel", "priya.patel82@gmail.example", "gmail")
DUBOIS = P("Claire Dubois", "claire.dubois@orange-mail.example", "webmail", "uk", "fr")
GARETH = P("Gareth Harrington", "g.harrington@outlook.example", "outlook")
OKAFOR = P("Adaeze Okafor", "adaeze.okafor@btinternet.example", "webmail")
LENA = P("Lena Fischer", "lena.fischer@posteo.example", "thunderbird")
ELLISON = P("Mark Ellison", "mark@ellison-joinery.example", "apple")
NGOZI = P("Ngozi Eze", "ngozi.eze@icloud.example", "apple")
RACHEL = P("Rachel Whitmore", "rachel.whitmore@gmail.example", "gmail")
MOREAU = P("Sébastien Moreau", "s.moreau@free-mail.example", "webmail", "cet", "fr")
JOANNE = P("Joanne Keating", "jo.keating@gmail.example", "gmail")
HELEN = P("Helen Marsh", "helen.marsh@virginmedia.example", "apple")
ZARA = P("Zara Ahmed", "zara.ahmed@student.bristol-uni.example", "outlook")
CALLUM = P("Callum Reid", "callum2.reid@live.uwe.example", "outlook")
STRIPE = P("Stripe", "notifications@stripe.example", "service", "utc")
FACEBOOK = P("Facebook", "notification@facebookmail.example", "service", "utc")
# conference (WEST Conf 2027, Saturday 6 March 2027)
TOM = P("Tom Whitfield", "t.whitfield@cliftonpark-school.example", "thunderbird")
CHRIS = P("Chris Allen", "c.allen@fishponds-academy.example", "outlook")
MEGAN = P("Megan Hughes", "megan.hughes@oldfield-school.example", "outlook")
AMARA = P("Dr Amara Nwosu", "a.nwosu@bristol-uni.example", "outlook")
LINDLEY = P("Lindley, Mark", "m.lindley@exeter-uni.example", "outlook")
PIETER = P("Pieter De Smet", "pieter.desmet@arteveldehs.example", "outlook", "cet", "nl")
EMILIE = P("Émilie Lefèvre", "emilie.lefevre@cite-sciences.example", "gmail", "cet", "fr")
JULIEN = P("Julien Marchand", "j.marchand@labo-meridien.example", "outlook_fr", "cet", "fr")
SANNE = P("Sanne Bakker", "s.bakker@kncv-onderwijs.example", "webmail", "cet", "nl")
JORIS = P("Joris Peeters", "joris.peeters@sint-jan-antwerpen.example", "gmail", "cet", "nl")
WOUTER = P("Wouter Claes", "wouter.claes@telenet.example", "thunderbird", "cet", "nl")
ZOE = P("Zoë Ó Briain", "zoe.obriain@iop-outreach.example", "outlook")
VENUE = P("Hannah Doyle", "events@brunel-cc.example", "outlook")
DAVE = P("Dave Coombs", "dave@printhub-bristol.example", "apple")
NADIA = P("Nadia Kowalski", "nadia.kowalski@labsupply-direct.example", "outlook")
RUTH = P("Ruth Dalton", "r.dalton@oxbridge-kits.example", "gmail")
LIAM = P("Liam Norris", "liam.norris@helix-scientific.example", "outlook")
GREG = P("Greg Mather", "greg.mather@beakerworks.example", "gmail")
PAUL = P("Dr Paul Hewitt", "paul.hewitt@ase-westregion.example", "thunderbird")
KATE = P("Kate Morgan", "kate.morgan@bristol-uni.example", "outlook")
FIONA = P("Dr Fiona Rees", "f.rees@cardiffmet-staff.example", "outlook")
TICKETSY = P("Ticketsy", "noreply@ticketsy.example", "service", "utc")
IMOGEN = P("Imogen Clarke", "imogen.clarke@harper-education.example", "outlook")
GILLIAN = P("Gillian Moss", "gillian.moss@northern-exams.example", "outlook")
LETTINGS = P("", "lettings@stmarys-hall.example", "webmail")
CHEMLIST = P("", "chemed-uk@lists.chemteach.example")
OWEN = P("Owen Pritchard", "o.pritchard@wellsblue-school.example", "thunderbird")
FARAH = P("Farah Siddiqui", "farah.siddiqui@gmail.example", "gmail")
BEN = P("Ben Oduya", "ben.oduya@hotmail.example", "outlook")
RSC = P("Education in Chemistry", "eic@mail.rsc-news.example", "service", "utc")
NEU = P("NEU Bristol District", "bristol.neu.district@gmail.example", "gmail")
MSACCT = P("Microsoft account team", "account-security-noreply@accountprotection.microsoft.example", "service", "utc")
SCIMART = P("SciMart Education", "offers@scimart-education.example", "service", "utc")
DAEMON_W = P("Mail Delivery System", "MAILER-DAEMON@mx1.ashcombe-academy.example", "service", "utc")
DAEMON_G = P("Mail Delivery Subsystem", "mailer-daemon@googlemail.example", "gmail", "utc")


def noreply_headers(kind: str, list_id: str | None = None, unsub: str | None = None) -> list[tuple[str, str]]:
    out = []
    if kind:
        out.append(("Auto-Submitted", kind))
    if list_id:
        out.append(("List-Id", list_id))
    if unsub:
        out.append(("List-Unsubscribe", unsub))
        out.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return out


def mailchimp(list_name: str, key: str) -> list[tuple[str, str]]:
    return [
        ("X-Mailer", "Mailchimp Mailer - **CID" + h(key, "cid", n=20) + "**"),
        ("X-Campaign", "mailchimp" + h(key, "camp", n=10) + "." + h(key, "c2", n=10)),
        ("X-campaignid", "mailchimp" + h(key, "camp", n=10) + "." + h(key, "c2", n=10)),
        ("List-Id", f"{list_name} <{h(key, 'lid', n=24)}.{h(key, 'l2', n=6)}.list-id.mcsv.example>"),
        ("List-Unsubscribe", f"<https://rsc-news.us12.list-manage.example/unsubscribe?u={h(key, 'u', n=24)}>, "
                             f"<mailto:unsubscribe-mc.us12_{h(key, 'm', n=20)}@unsubscribe.mailchimpapp.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("Feedback-ID", f"us12:us12_{h(key, 'f', n=10)}:mc"),
    ]


def dsn(reporter: str, recipient: str, status: str, diag: str, orig_headers: str, boundary: str, human: str) -> str:
    return (
        f'Content-Type: multipart/report; report-type=delivery-status;\n boundary="{boundary}"\n'
        "Content-Description: Notification\n\nThis is a MIME-encapsulated message.\n\n"
        f"--{boundary}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"{human}\n\n"
        f"--{boundary}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {reporter}\n\nFinal-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\n"
        f"Action: failed\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n\n"
        f"--{boundary}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        f"{orig_headers}\n--{boundary}--\n"
    )


# ================================================================ threads
# ---------------------------------------------------------------- job hunt

thread("owed", "Kingsmead's head's PA offers two interview slots for the deputy-head post and asks which one by 2 December; unanswered.",
    M(MARION, ME_P, "2026-11-26 14:07", subject="Deputy Headteacher - interview invitation",
      body="Dear Sophie,\n\nThank you for your application for the post of Deputy Headteacher (Curriculum) at Kingsmead School. "
           "I am delighted to let you know that Dr Ashby would like to invite you to interview.\n\n"
           "The interviews will take place over two days. We can offer you either:\n\n"
           "  - Tuesday 8 December, starting at 8.45am, or\n  - Wednesday 9 December, starting at 12.30pm\n\n"
           "Both days include a lesson observation (Year 10 science, 30 minutes), a student panel, an in-tray exercise "
           "and the formal interview with governors.\n\nCould you let me know which day you would prefer by Wednesday 2 December?\n\n"
           "Kind regards,\n\nMarion Keane\nPA to the Headteacher\nKingsmead School, Bath\n"),
)

thread("none", "Applicant-tracking system's automatic receipt of my application (no-reply, Auto-Submitted); nothing to answer.",
    M(WORKDAY, ME_P, "2026-11-09 21:33", subject="Thank you for applying: Deputy Headteacher (Curriculum) - R-00417",
      headers=noreply_headers("auto-generated") + [("X-Workday-Tenant", "kingsmeadlp"), ("Precedence", "bulk")],
      body="Dear Sophie,\n\nThank you for your interest in Kingsmead Learning Partnership. We have received your application for "
           "Deputy Headteacher (Curriculum) - R-00417.\n\nYou can track the status of your application at any time by signing in to "
           "your candidate home account.\n\nPlease do not reply to this email, as this mailbox is not monitored.\n\n"
           "Kingsmead Learning Partnership Talent Acquisition\n"),
)

thread("owed", "Redland Park's HR officer, writing through Eteach with her own Reply-To, invites me to the selection day and asks me to confirm attendance and access needs.",
    M(ETEACH, ME_P, "2026-11-24 11:52", subject="Selection day invitation - Deputy Headteacher (Pastoral) - Redland Park Academy",
      reply_to=KERRY, headers=[("X-Mailer", "Eteach Recruitment Platform"), ("X-Eteach-Message-Type", "candidate-correspondence")],
      body="Dear Sophie\n\nThank you for your application for the role of Deputy Headteacher (Pastoral). I'm pleased to say that you "
           "have been shortlisted, and we would like to invite you to our selection day on Thursday 10 December from 8.30am.\n\n"
           "Please reply to this email to confirm that you can attend, and let me know if you need any adjustments on the day "
           "(access, timing, dietary). Please also bring photo ID and the original of your degree certificate.\n\n"
           "Many thanks\nKerry Doyle\nHR Officer, Redland Park Academy\n0117 496 0811\n"),
)

thread("none", "Job board's no-reply status notice (log in to see it); nothing to answer.",
    M(ETEACH, ME_P, "2026-11-20 06:01", subject="Your application status has been updated",
      headers=noreply_headers("auto-generated", unsub="<https://www.eteach.example/account/notifications>"),
      body="Hi Sophie,\n\nThe status of one of your applications has changed.\n\nLog in to your Eteach account to see the update.\n\n"
           "This is an automated message - replies to this address are not read.\n\nThe Eteach team\n"),
)

thread("awaiting", "I sent my application to Hollins Green's HR and asked them to confirm receipt; no answer.",
    M(ME_P, CAROL, "2026-11-19 20:48", subject="Application: Deputy Headteacher (ref HG/DH/26) - Sophie Vermeulen",
      body="Dear Ms Baines,\n\nPlease find attached my application form and supporting statement for the post of Deputy Headteacher "
           "(ref HG/DH/26).\n\nAs the form asks for the referees' consent to be contacted before interview, I have listed my "
           "current headteacher and my former head. Could you confirm that you have received everything, and that a PDF is "
           "acceptable for the supporting statement?\n\nKind regards,\n" + SIG_P),
)

thread("awaiting", "After the St Brendan's interview I sent thanks, then one follow-up asking about the timeline; nothing since.",
    M(SIOBHAN, ME_P, "2026-11-05 10:12", subject="Interview - Deputy Headteacher - 17 November",
      body="Dear Sophie,\n\nWe are pleased to invite you to interview on Tuesday 17 November. Please arrive at 8.15am at main reception.\n\n"
           "Could you confirm you are able to attend?\n\nKind regards\nSiobhan Kelly\nHR Manager, St Brendan's Catholic College\n"),
    M(ME_P, SIOBHAN, "2026-11-05 19:40", body="Dear Siobhan,\n\nThank you - I'm delighted to accept and will be there at 8.15am on the 17th.\n\nBest wishes,\n" + SIG_S),
    M(ME_P, SIOBHAN, "2026-11-18 07:55",
      body="Dear Siobhan,\n\nPlease pass on my thanks to Mr Tierney and the panel for yesterday. I really enjoyed meeting the students, "
           "and the conversation about the sixth-form curriculum left me even keener on the role.\n\nWith best wishes,\n" + SIG_S),
    M(ME_P, SIOBHAN, "2026-11-25 16:20",
      body="Dear Siobhan,\n\nI hope you're well. I just wanted to ask whether there is any news on the timeline for a decision on the "
           "Deputy Head post - I'm happy to wait, but it would help me to plan around another process.\n\nKind regards,\n" + SIG_S),
)

thread("none", "St Anselm's told me clearly that they will not take my application further; their clear no.",
    M(ME_P, PAULA, "2026-10-02 21:15", subject="Deputy Headteacher application - Sophie Vermeulen",
      body="Dear Ms Grant,\n\nPlease find attached my application for the Deputy Headteacher post advertised on Tes.\n\n"
           "I'd be grateful if you could let me know the shortlisting date.\n\nKind regards,\n" + SIG_P),
    M(PAULA, ME_P, "2026-10-05 09:30", body="Dear Sophie,\n\nThank you for your application. Shortlisting will take place on 12 October "
           "and we will contact all applicants by 16 October.\n\nKind regards\nPaula Grant\nRecruitment, St Anselm's School\n"),
    M(PAULA, ME_P, "2026-10-15 15:02", folder=".Archive",
      body="Dear Sophie,\n\nThank you for your interest in the Deputy Headteacher post at St Anselm's School. We received a very strong "
           "field, and I'm sorry to tell you that on this occasion you have not been shortlisted.\n\nWe wish you every success in your "
           "career.\n\nKind regards\nPaula Grant\nRecruitment, St Anselm's School\n"),
)

thread("none", "I withdrew my application from Chew Valley, and the head acknowledged it; closed.",
    M(ME_P, ANDREW, "2026-10-21 18:02", subject="Withdrawal of application - Deputy Head",
      body="Dear Mr Hale,\n\nThank you for shortlisting me for the Deputy Headteacher role. After a lot of thought I have decided to "
           "withdraw my application: the journey from Bristol would not be sustainable alongside my family commitments.\n\n"
           "I'm sorry not to be able to continue, and I wish you a successful appointment.\n\nKind regards,\n" + SIG_S),
    M(ANDREW, ME_P, "2026-10-22 07:41", body="Dear Sophie,\n\nThank you for letting us know so promptly - I quite understand. "
           "Best of luck with your search.\n\nAndrew Hale\nHeadteacher, Chew Valley School\n"),
)

thread("owed", "Recruitment consultant (a person) asks whether I am open to a call about an assistant-head role; unanswered.",
    M(JESS, ME_P, "2026-11-24 13:18", subject="Assistant Headteacher (Teaching & Learning) - Swindon - quick chat?",
      body="Hi Sophie,\n\nI hope you don't mind me getting in touch directly - Chris Allen mentioned you might be looking at senior "
           "leadership roles this year.\n\nI'm working with a good-sized 11-18 academy in Swindon that is recruiting an Assistant "
           "Headteacher for Teaching & Learning from April. It's not advertised yet. Science background preferred, and they're keen on "
           "someone who has run CPD beyond their own school (your conference caught their eye).\n\nWould you be open to a 15-minute call "
           "this week or next? Happy to work around your timetable.\n\nBest,\nJess Holloway\nSenior Consultant - Leadership\n"
           "Harbour Education Recruitment\n"),
)

thread("none", "Tutoring agency kept writing after my clear 'I'll pass'; no reply owed.",
    M(TUTORMATCH, ME_P, "2026-10-12 10:05", subject="Tutoring opportunities in Bristol - £45/hr",
      body="Hi Sophie,\n\nI came across your tutoring profile and wanted to invite you to join TutorMatch UK. We have lots of GCSE and "
           "A level chemistry students in Bristol and pay tutors up to £45/hr.\n\nCan I book you in for a 10-minute onboarding call?\n\n"
           "Kieran\nTutor Partnerships, TutorMatch UK\n"),
    M(ME_P, TUTORMATCH, "2026-10-12 19:22", body="Hi Kieran,\n\nThanks, but I'll pass - I only tutor privately and I'm not taking agency "
           "work.\n\nBest wishes,\nSophie\n"),
    M(TUTORMATCH, ME_P, "2026-10-26 09:00", body="Hi Sophie,\n\nJust circling back! We now have 5 chemistry students waiting for a tutor "
           "in BS6/BS7. Could we grab 10 minutes this week?\n\nKieran\n"),
    M(TUTORMATCH, ME_P, "2026-11-16 09:00", body="Hi Sophie - last chance to join before our December intake closes. Shall I send the "
           "sign-up link?\n\nKieran\n"),
)

thread("none", "Tes job alert (no-reply, unsubscribe headers).",
    M(TES, ME_P, "2026-11-27 06:30", subject="8 new jobs matching 'Deputy Headteacher' near Bristol",
      client="service_html", headers=noreply_headers("", unsub="<https://www.tes.example/jobs/alerts/unsubscribe?t=" + h("tes", n=20) + ">")
      + [("Precedence", "bulk"), ("X-SES-Outgoing", "2026.11.27-54.240.4.10")],
      body="Hi Sophie,\n\nHere are the latest jobs matching your alert 'Deputy Headteacher' within 25 miles of Bristol.\n\n"
           "Deputy Headteacher - Bristol Metropolitan Academy - closes 7 Dec\nDeputy Head (Academic) - Clifton - closes 4 Dec\n"
           "Deputy Headteacher - Portishead - closes 11 Dec\n...and 5 more\n\nView all jobs\n\nManage your alerts\n"),
)

thread("none", "LinkedIn weekly search-appearances notification.",
    M(LINKEDIN, ME_P, "2026-11-23 08:14", subject="Sophie, you appeared in 14 searches this week",
      client="service_html", headers=noreply_headers("", unsub="<https://www.linkedin.example/e/v2?e=" + h("li1", n=12) + ">")
      + [("X-LinkedIn-Class", "EMAIL-SEARCH-APPEARANCES"), ("X-LinkedIn-Template", "email_search_appearances_01"), ("Precedence", "bulk")],
      body="You appeared in 14 searches this week\n\nSearchers were from: Severn Vale Learning Trust, Harbour Education Recruitment, "
           "University of Bristol\n\nSee all searches\n\nYou are receiving notification emails. Unsubscribe\n"),
)

thread("none", "LinkedIn notification of an InMail; the person must be answered on LinkedIn, the mail itself is a notification.",
    M(LINKEDIN_MSG, ME_P, "2026-11-28 12:41", subject="Mark Ellis sent you a new message",
      client="service_html", headers=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "email_inmail_01"),
                                      ("List-Unsubscribe", "<https://www.linkedin.example/e/v2?e=" + h("li2", n=12) + ">")],
      body="Mark Ellis\nDirector, Ellis Education Partners\n\nHi Sophie, I'm recruiting a Deputy Head for a trust in North Somerset and "
           "think your background would be a great fit. Are you open to a conversation?\n\nReply on LinkedIn\n\n"
           "This email was intended for Sophie Vermeulen (Head of Chemistry at Ashcombe Academy).\n"),
)

thread("awaiting", "I asked my former head to be a second referee; only her Gmail vacation auto-reply came back.",
    M(ME_P, GWEN, "2026-11-26 20:10", subject="A favour - would you be a referee?",
      body="Dear Gwen,\n\nI hope retirement is treating you well and that the garden survived the storms!\n\nI'm applying for deputy-head "
           "posts this term and several applications ask for a second referee who knew my work before Ashcombe. Would you be willing "
           "to be named? It would mostly be a short form, possibly a phone call.\n\nWith love and thanks,\n" + SIG_S),
    M(GWEN, ME_P, "2026-11-26 20:11", subject="Away walking", quote=False,
      headers=[("Auto-Submitted", "auto-replied")],
      body="Thank you for your email. I'm walking the Camino Portugués until 8 December with very little signal, and I'll reply when "
           "I'm home.\n\nGwen\n"),
)

thread("none", "Teaching Regulation Agency no-reply reminder; nothing to reply to.",
    M(TRA, ME_W, "2026-09-14 07:02", subject="Please check your details on the Teacher Services portal",
      headers=[("Precedence", "bulk")],
      body="Dear Sophie Vermeulen\n\nPlease sign in to Teacher Services to check that your details are correct. "
           "Do not reply to this email - this mailbox is not monitored.\n\nTeaching Regulation Agency\n"),
)

thread("none", "Mail between my own two addresses (forwarding an application pack to myself).",
    M(ME_W, ME_P, "2026-11-03 12:47", subject="FW: Deputy Head application pack", copy_headers=[("Delivered-To", ME_P.addr)],
      body="for tonight\n\n________________________________\nFrom: Kingsmead School <recruitment@kingsmead-school.example>\n"
           "Sent: 03 November 2026 11:02\nSubject: Deputy Head application pack\n\nPlease find the application pack attached.\n",
      also_in=("",)),
)

# ---------------------------------------------------------------- school

thread("owed", "My head asks me to send the person spec and deadline so she can write my reference; a reply I started sits unsent in Drafts.",
    M(HEAD, ME_W, "2026-11-25 16:44", subject="Reference",
      body="Sophie,\n\nHappy to write the Kingsmead reference - could you send me the person specification and tell me their deadline? "
           "I'd rather write it this week than over the weekend.\n\nJanet\n\nJanet Hollis\nHeadteacher\nAshcombe Academy\n"),
    M(ME_W, HEAD, "2026-11-25 17:30", folder=".Drafts", flags="DS", mid="auto",
      body="Hi Janet,\n\nThank you so much. The person spec is attached; their deadline is\n"),
)

thread("owed", "Only in Cc, but the deputy head asks me by name to confirm the Year 11 practical dates by Wednesday.",
    M(DAN, LUCY, "2026-11-27 08:05", subject="Y11 mocks - practical slots", cc=[ME_W, NEIL],
      body="Hi Lucy,\n\nThanks for the draft mock timetable. The Y11 required-practical assessments need to sit outside the written papers.\n\n"
           "Sophie - can you confirm the three chemistry practical dates by Wednesday so Lucy can lock the rooms?\n\nThanks both,\nDan\n\n"
           "Dan Price\nDeputy Headteacher\n"),
)

thread("none", "Only in Cc on a message to the technicians asking nothing of me.",
    M(NEIL, TECHS, "2026-11-18 12:10", subject="Stock check before the Y9 rates practicals", cc=[ME_W, RAJ],
      body="Hi all,\n\nCould you check we've enough sodium thiosulfate and 1 M HCl for the Y9 rates practicals in weeks 14-15, and order if "
           "not? Budget code SCI-04.\n\nThanks,\nNeil\n\nNeil Fairbairn\nHead of Science\n"),
)

thread("owed", "A colleague asks to swap Friday duty; no answer yet.",
    M(RAJ, ME_W, "2026-11-30 08:12", subject="Friday duty swap?", unread=True,
      body="Morning Sophie,\n\nAny chance we could swap Friday break duty (mine: canteen) for your Thursday lunch one this week? "
           "I've got a hospital appointment on Friday morning.\n\nRaj\n"),
)

thread("none", "Exams officer fully answered my question and asks nothing back.",
    M(ME_W, LUCY, "2026-11-12 13:02", subject="Y11 mock results",
      body="Hi Lucy,\n\nWhen will the Y11 mock results go into Arbor? I'd like to plan the feedback lessons.\n\nThanks,\nSophie\n" + SIG_W),
    M(LUCY, ME_W, "2026-11-12 14:26",
      body="Hi Sophie,\n\nThey'll be uploaded on Friday 4 December, after moderation. Class lists by paper are attached.\n\nLucy\n\n"
           "Lucy Tran\nExams Officer\n"),
)

thread("none", "FYI from the deputy head that says explicitly there is no need to reply.",
    M(DAN, ME_W, "2026-11-10 17:55", subject="Year 9 trip - confirmed",
      body="Hi Sophie,\n\nJust so you know: the Year 9 trip to We The Curious on 19 January is confirmed and paid for. No need to reply - "
           "I'll send the risk assessment template nearer the time.\n\nDan\n"),
)

thread("none", "Arbor's automatic cover notification (no-reply, Auto-Submitted).",
    M(ARBOR, ME_W, "2026-11-26 07:15", subject="Cover assigned: Thursday 26 November, Period 3",
      headers=noreply_headers("auto-generated") + [("X-Auto-Response-Suppress", "All")],
      body="You have been assigned cover.\n\nThursday 26 November 2026, Period 3 (11:05-12:05)\nClass: 10X/Sc2, Room S4\n"
           "Work set by: R Bhatt\n\nThis email was sent automatically by Arbor. Please do not reply.\n"),
)

thread("none", "Trust-wide bulletin to all staff (Precedence: bulk), asks nothing of me by name.",
    M(CEO, ALLSTAFF, "2026-11-20 15:30", subject="Severn Vale Weekly - 20 November",
      headers=[("Precedence", "bulk"), ("X-MS-Exchange-Organization-DistributionList", "allstaff")],
      body="Dear colleagues,\n\nThis week: our staff wellbeing survey is open until 4 December; the new safeguarding policy is on the "
           "intranet; and congratulations to Fishponds Academy on their Ofsted outcome.\n\nThank you all for everything you do.\n\n"
           "Martin\n\nDr Martin Yeo\nChief Executive Officer, Severn Vale Learning Trust\n"),
)

thread("awaiting", "Trust payroll promised to check my back pay and come back by the end of last week; nothing since.",
    M(ME_W, GARY, "2026-11-16 12:40", subject="TLR back pay - September and October",
      body="Hi Gary,\n\nMy TLR 2b uplift from 1 September doesn't seem to be in my October payslip (or September's). Could you check "
           "whether it's been processed?\n\nThanks,\nSophie\n" + SIG_W),
    M(GARY, ME_W, "2026-11-18 10:03",
      body="Hi Sophie,\n\nThanks for flagging. I'll check with the payroll bureau and come back to you by the end of next week.\n\n"
           "Regards,\nGary Lewis\nHR & Payroll Officer, Severn Vale Learning Trust\n"),
)

thread("owed", "Trust recruitment (a person at a role address) asks whether I can sit on an interview panel on 9 December.",
    M(ANGELA, ME_W, "2026-11-23 11:20", subject="Interview panel - Teacher of Chemistry, Fishponds Academy",
      body="Dear Sophie,\n\nFishponds Academy is interviewing for a Teacher of Chemistry on Wednesday 9 December and the head has asked "
           "whether a subject specialist from another trust school could sit on the panel.\n\nWould you be available from 12.30 to 4pm "
           "that day? Cover would be arranged.\n\nMany thanks,\nAngela Morris\nRecruitment Lead, Severn Vale Learning Trust\n"),
)

thread("none", "Microsoft security notice from a no-reply address.",
    M(MSACCT, ME_W, "2026-10-30 03:12", subject="New sign-in to your account",
      headers=[("X-MS-Exchange-Organization-AuthSource", "accountprotection"), ("Precedence", "bulk")],
      body="We noticed a new sign-in to your account s.vermeulen@ashcombe-academy.example.\n\nLocation: Bristol, United Kingdom\n"
           "Device: iPhone\n\nIf this was you, you can ignore this message.\n\nThanks,\nThe Microsoft account team\n"),
)

thread("none", "Language assistant confirms the observation with a short thanks that asks nothing (her reply carries no references; joined by subject).",
    M(ANAIS, ME_W, "2026-11-13 18:40", subject="Observation de cours",
      body="Bonjour Sophie,\n\nJe suis l'assistante de français cette année. Est-ce que je pourrais observer un de vos cours de chimie "
           "la semaine prochaine, pour mon projet sur l'enseignement des sciences en Angleterre ?\n\nBien cordialement,\nAnaïs Girard\n"),
    M(ME_W, ANAIS, "2026-11-16 08:20",
      body="Bonjour Anaïs,\n\nAvec plaisir ! Mardi 17, deuxième heure (9h55), labo S4, Year 12.\n\nSophie\n" + SIG_W),
    M(ANAIS, ME_W, "2026-11-16 12:03", subject="Re : Observation de cours", mid="auto", irt=None, refs=None, quote=False,
      body="Parfait, merci beaucoup ! À mardi.\n\nAnaïs\n"),
)

# ---------------------------------------------------------------- tutoring

thread("owed", "New tutoring enquiry from a parent asking about availability and rates; unanswered.",
    M(PRIYA, ME_P, "2026-11-27 20:14", subject="GCSE chemistry tutoring for Arjun",
      body="Hi Sophie,\n\nI got your details from Helen Marsh, whose son you tutored last year. My son Arjun is in Year 11 and his chemistry "
           "mock didn't go well - he's predicted a 5 and needs a 6 for his sixth-form place.\n\nDo you have space on a Tuesday or Thursday "
           "after school, and what do you charge per hour?\n\nThanks,\nPriya\n"),
)

thread("owed", "A French-speaking parent, replying in the September thread (references, 11 weeks later, new subject), asks to move lessons and for the November invoice (base64, Latin-1).",
    M(DUBOIS, ME_P, "2026-09-07 21:02", subject="Cours de chimie pour Léa", charset="iso-8859-1", subj_charset="iso-8859-1", b64=True,
      body="Bonjour Madame Vermeulen,\n\nNous sommes arrivés de Bruxelles cet été et notre fille Léa entre en Year 12 (A level chimie). "
           "Seriez-vous disponible pour des cours particuliers le mardi soir ?\n\nCordialement,\nClaire Dubois\n"),
    M(ME_P, DUBOIS, "2026-09-08 07:45",
      body="Bonjour Madame Dubois,\n\nOui, avec plaisir : le mardi à 18h me convient très bien, à partir du 15 septembre. Le tarif est de "
           "45 £ de l'heure, facturé chaque mois.\n\nBien à vous,\n" + SIG_P),
    M(DUBOIS, ME_P, "2026-11-28 10:16", subject="Cours de chimie pour Léa : changement d'horaire", charset="iso-8859-1",
      subj_charset="iso-8859-1", b64=True, folder=".Tutoring", quote=False,
      body="Bonjour Sophie,\n\nLéa a maintenant son entraînement de hockey le mardi. Serait-il possible de passer au mercredi à 18h à "
           "partir de décembre ?\n\nPourriez-vous aussi m'envoyer la facture de novembre ? Mon mari en a besoin pour son employeur.\n\n"
           "Merci d'avance,\nClaire\n"),
)

thread("owed", "Parent's HTML-only message asks for extra sessions before the mocks; unanswered.",
    M(GARETH, ME_P, "2026-11-29 19:47", subject="Extra sessions before mocks?", html_only=True, unread=True,
      body="Hi Sophie,\n\nMillie says the sessions are really helping. Her mocks start on 7 December - could she have two extra sessions "
           "the week before (any evening except Wednesday)? Happy to pay the usual rate.\n\nBest regards,\nGareth Harrington\n"),
)

thread("owed", "Parent's first mail had no Message-ID; I asked the year group, she answered and asks the cost.",
    M(OKAFOR, ME_P, "2026-11-09 21:40", subject="Tutoring for Tobi", mid=None,
      headers=[("X-Mailer", "BT Yahoo Mail Web 1.0")],
      body="Hello Sophie\nMy friend Priya said you might have space for one more student. My son Tobi struggles with chemistry, "
           "mostly the calculations.\nRegards\nAdaeze Okafor\n"),
    M(ME_P, OKAFOR, "2026-11-10 07:12", subject="Re: Tutoring for Tobi", irt=None, refs=None,
      body="Hello Adaeze,\n\nThank you for getting in touch. Which year is Tobi in, and which exam board does his school use?\n\n"
           "Best wishes,\n" + SIG_P),
    M(OKAFOR, ME_P, "2026-11-12 22:05", mid=None, headers=[("X-Mailer", "BT Yahoo Mail Web 1.0")],
      body="He is in Year 9, AQA I think. What would the cost be for an hour a week, and could you do Mondays?\nAdaeze\n"),
)

thread("owed", "Tutoring enquiry sent during half-term; only my Gmail vacation auto-reply answered it, never me.",
    M(LENA, ME_P, "2026-10-27 11:32", subject="IGCSE chemistry tutoring (online?)",
      body="Dear Ms Vermeulen,\n\nMy daughter Mia is in Year 10 at Bristol International School (Cambridge IGCSE, triple science). "
           "Would you consider tutoring her online on Sunday afternoons? She is strong but anxious about the exams.\n\n"
           "With kind regards,\nLena Fischer\n"),
    M(ME_P, LENA, "2026-10-27 11:32", subject="Half-term - back on 2 November", quote=False,
      headers=[("Auto-Submitted", "auto-replied")],
      body="Thank you for your message. I'm away for half-term and will reply after 2 November.\n\nSophie Vermeulen\n"),
)

thread("none", "Old tutoring thread with the same subject, closed by the parent in September (a new thread with this subject started in November).",
    M(ELLISON, ME_P, "2026-09-03 18:22", subject="Chemistry tutoring",
      body="Hi Sophie, is there any chance of a Year 12 slot for our son Jack this term?\nThanks\nMark Ellison\n\nSent from my iPhone\n"),
    M(ME_P, ELLISON, "2026-09-03 21:05",
      body="Hi Mark,\n\nI could do Monday at 5.30 from the 14th. £45 an hour. Let me know if that suits.\n\nBest,\n" + SIG_P),
    M(ELLISON, ME_P, "2026-09-06 09:41",
      body="Thanks Sophie. We've decided to try the school's catch-up sessions first, so we'll leave it for now. Thanks for coming back "
           "so quickly.\nMark\n\nSent from my iPhone\n"),
)

thread("owed", "Same subject as September, more than 30 days later, with no references: a new thread asking for a January slot.",
    M(ELLISON, ME_P, "2026-11-24 21:13", subject="Chemistry tutoring", irt=None, refs=None, quote=False,
      body="Hi Sophie, the catch-up sessions have stopped and Jack is struggling with organic. Do you have any space from January? "
           "Any weekday works.\nMark\n\nSent from my iPhone\n"),
)

thread("awaiting", "I offered a tutoring slot and asked whether Thursdays suit; no answer.",
    M(NGOZI, ME_P, "2026-11-20 17:51", subject="Tutoring - Chidi (Year 13)",
      body="Hello Sophie,\n\nChidi is applying for pharmacy and needs an A in chemistry. Could you take him on until his exams?\n\n"
           "Ngozi\n\nSent from my iPhone\n"),
    M(ME_P, NGOZI, "2026-11-21 09:30",
      body="Hello Ngozi,\n\nI'd be glad to. I have Thursdays at 6pm free from 3 December, £50 an hour for A level. Would Thursdays work "
           "for Chidi?\n\nBest wishes,\n" + SIG_P),
)

thread("awaiting", "I sent a gentle reminder about an unpaid October invoice; the parent has not replied.",
    M(ME_P, RACHEL, "2026-11-23 19:05", subject="October tutoring invoice",
      body="Hi Rachel,\n\nI hope Oscar is enjoying the new topic. Just a gentle reminder that the October invoice (£180, four sessions) "
           "is still outstanding - could you let me know when you're able to pay it?\n\nThanks,\n" + SIG_P),
)

thread("none", "I declined a request for online lessons, clearly, in French.",
    M(MOREAU, ME_P, "2026-10-08 22:14", subject="Cours de chimie en ligne - baccalauréat", name_charset="iso-8859-1",
      subj_charset="iso-8859-1", charset="iso-8859-1",
      body="Bonjour Madame,\n\nNotre fils prépare le bac (spécialité physique-chimie) au lycée français de Lyon. Vos cours en ligne "
           "seraient-ils possibles le samedi matin ?\n\nBien cordialement,\nSébastien Moreau\n"),
    M(ME_P, MOREAU, "2026-10-09 18:30",
      body="Bonjour Monsieur Moreau,\n\nMerci pour votre message. Je dois malheureusement décliner : mon planning est complet cette "
           "année et je ne connais pas assez bien le programme du bac. Bonne continuation à votre fils !\n\nCordialement,\nSophie Vermeulen\n"),
)

thread("none", "Parent's short last word ('see you Thursday') asks nothing (base64 body).",
    M(ME_P, JOANNE, "2026-11-17 20:02", subject="Thursday's session",
      body="Hi Jo,\n\nJust confirming Thursday at 5pm for Ellie - we'll do moles and titration calculations.\n\nSophie\n"),
    M(JOANNE, ME_P, "2026-11-17 20:40", b64=True, body="Thanks so much, see you Thursday!\n\nJo\n"),
)

thread("none", "I answered a parent's question in full; my answer asks nothing.",
    M(HELEN, ME_P, "2026-11-04 19:12", subject="Reading list for Sam (chemistry at uni)",
      body="Hi Sophie, Sam has an interview for chemistry at Bath. Is there anything he should read over the holidays?\n"
           "Thank you!\nHelen\n\nSent from my iPad\n"),
    M(ME_P, HELEN, "2026-11-05 07:10",
      body="Hi Helen,\n\nHow exciting! Three I'd recommend: 'Periodic Tales' by Hugh Aldersey-Williams, 'Napoleon's Buttons', and the "
           "RSC's 'Chemistry World' articles on batteries. Above all he should be ready to talk about a practical he enjoyed.\n\n"
           "Good luck to Sam,\n" + SIG_P),
)

thread("owed", "Former student answered my question with the deadline and asks whether that is OK; I promised the reference.",
    M(ZARA, ME_P, "2026-11-20 14:02", subject="Reference for summer placement",
      body="Dear Ms Vermeulen,\n\nI hope you're well! I'm in my second year at Bristol now and applying for a summer research placement "
           "in the School of Chemistry. They need a reference from someone who has seen my practical work - would you be willing?\n\n"
           "Best wishes,\nZara Ahmed\n"),
    M(ME_P, ZARA, "2026-11-21 10:15", body="Dear Zara,\n\nOf course - lovely to hear from you. When is the deadline, and is there a form?\n\n"
           "Best,\n" + SIG_S),
    M(ZARA, ME_P, "2026-11-22 09:48",
      body="Thank you so much! The deadline is 11 December and it's an online form - the link will come from the department. "
           "Is that OK for you?\n\nZara\n"),
)

thread("owed", "PGCE trainee asks for advice on applications; message declares us-ascii but carries 8-bit text.",
    M(CALLUM, ME_P, "2026-11-18 22:31", subject="Advice on first teaching job applications", declare="us-ascii",
      body="Hi Sophie,\n\nYou mentored me on my first placement last year at Ashcombe (the café-table chat about "
           "behaviour still helps!) - I'm now on my final PGCE placement and starting to "
           "apply for NQT (ECT) posts. Would you have 20 minutes some time to look at my personal statement, or tell me what you look "
           "for when shortlisting?\n\nThanks,\nCallum\n"),
)

thread("none", "Payment-platform notification (Stripe) of a tutoring payment.",
    M(STRIPE, ME_P, "2026-11-25 13:02", subject="You received a payment of £135.00", client="service_html",
      headers=[("X-Stripe-Email-Type", "payment_succeeded"), ("Auto-Submitted", "auto-generated")],
      body="You received a payment of £135.00 from Gareth Harrington.\n\nView payment in the Dashboard.\n\nStripe\n"),
)

thread("none", "Facebook group notification (social network; bulk headers; subject with an undecodable encoded word).",
    M(FACEBOOK, ME_P, "2026-11-19 18:44", subject="Amy Clarke posted in Bristol Tutors Network", client="service_html",
      subj_raw="=?utf-8?B?QW15IENsYXJrZSBwb3N0ZWQ=?= =?x-unknown?Q?in_Bristol_Tutors_Network_=F0=9F?=",
      headers=[("List-Unsubscribe", "<https://www.facebook.example/o.php?k=" + h("fb", n=12) + ">"),
               ("Precedence", "bulk"), ("X-Facebook-Notify", "group_activity; mailid=" + h("fbm", n=16))],
      body="Bristol Tutors Network\n\nAmy Clarke posted in Bristol Tutors Network: 'Anyone have a spare GCSE chem student slot on "
           "Saturdays?'\n\nSee post\n\nThis message was sent to sophie.vermeulen.chem@gmail.example.\n"),
)

# ---------------------------------------------------------------- conference: speakers

thread("owed", "Keynote's Outlook out-of-office came first; her later real replies ask whether 40 minutes is fine and whether I need a photo.",
    M(ME_P, AMARA, "2026-10-05 20:30", subject="Keynote invitation - WEST Conf 2027 (6 March, Bristol)",
      body="Dear Dr Nwosu,\n\nI organise WEST Conf, a one-day conference for about 200 science teachers in the South West, on Saturday "
           "6 March 2027 at the Brunel Conference Centre. Your work on language in chemistry classrooms is exactly what our teachers "
           "keep asking about, and we would love you to give the opening keynote.\n\nWe can offer a fee of £400 plus travel. "
           "Would you be interested?\n\nWith best wishes,\n" + SIG_P),
    M(AMARA, ME_P, "2026-10-05 20:31", subject="Automatic reply: Keynote invitation - WEST Conf 2027 (6 March, Bristol)", quote=False,
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", AMARA.addr)],
      body="Thank you for your email. I am on research leave until 16 October with limited access to email. For urgent matters please "
           "contact education-office@bristol-uni.example.\n\nAmara Nwosu\n"),
    M(AMARA, ME_P, "2026-10-19 09:14", also_in=(".Conference.Speakers",),
      body="Dear Sophie,\n\nThank you for the kind invitation - I'd be delighted to give the keynote. What length of talk did you have "
           "in mind, and could you send me a short brief about the audience?\n\nBest wishes,\nAmara\n\nDr Amara Nwosu\nSenior Lecturer "
           "in Science Education\n"),
    M(ME_P, AMARA, "2026-10-19 21:02",
      body="Dear Amara,\n\nWonderful - thank you! The brief is below: mostly secondary chemistry, biology and physics teachers, a third of "
           "them in their first five years. Could you send a title and a short bio when you have them?\n\nBest,\nSophie\n"),
    M(AMARA, ME_P, "2026-11-26 17:38",
      body="Dear Sophie,\n\nTitle: 'Saying it before writing it: talk as the engine of chemical understanding'. Bio below.\n\nIs a "
           "40-minute slot with 10 minutes of questions fine, and do you need a photo for the programme?\n\nBest,\nAmara\n"),
)

thread("awaiting", "I invited a second keynote; only his Outlook 'Automatic reply' came back.",
    M(ME_P, LINDLEY, "2026-11-02 21:05", subject="Invitation to speak at WEST Conf 2027",
      body="Dear Professor Lindley,\n\nWould you consider leading a 60-minute workshop on assessment for learning in practical science at "
           "WEST Conf on Saturday 6 March 2027 in Bristol? We can offer £250 and travel.\n\nI'd be very grateful for a yes or no by the "
           "end of November, as the programme goes to print in December.\n\nKind regards,\n" + SIG_P),
    M(LINDLEY, ME_P, "2026-11-02 21:05", subject="Automatic reply: Invitation to speak at WEST Conf 2027", quote=False,
      irt=None, refs=None,
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", LINDLEY.addr)],
      body="I am away from the office until Monday 9 November. I will respond to your email on my return.\n\nMark Lindley\n"),
)

thread("owed", "Flemish speaker accepts in Dutch and asks whether travel from Ghent is reimbursed and whether there is HDMI (kept only in a folder).",
    M(ME_P, PIETER, "2026-11-02 21:40", subject="Uitnodiging: workshop op WEST Conf 2027 (Bristol)",
      body="Beste Pieter,\n\nWe hebben elkaar ontmoet op de ASE-conferentie in januari. Zou je op zaterdag 6 maart 2027 in Bristol een "
           "workshop willen geven over contextrijk chemieonderwijs? Engels is prima, natuurlijk.\n\nHartelijke groeten,\n" + SIG_P),
    M(PIETER, ME_P, "2026-11-24 10:12", folder=".Conference.Speakers",
      body="Dag Sophie,\n\nSorry voor het late antwoord - het was een drukke periode. Ik doe het graag!\n\nTwee vragen: worden de "
           "reiskosten vanuit Gent (Eurostar) terugbetaald, en is er in het lokaal een projector met HDMI? Ik werk met een Mac.\n\n"
           "Groeten,\nPieter\n\nPieter De Smet\nLerarenopleiding Wetenschappen, Arteveldehogeschool Gent\n"),
)

thread("owed", "French exhibitor thanks me but asks whether she can set up the evening before; a courtesy that asks.",
    M(EMILIE, ME_P, "2026-11-10 14:20", subject="Stand Cité des sciences - WEST Conf",
      body="Bonjour Sophie,\n\nNous serions ravis de tenir un stand « chimie au quotidien » à WEST Conf. Il nous faut une table de 2 m et "
           "une prise électrique. Est-ce possible ?\n\nBien à vous,\nÉmilie Lefèvre\nMédiatrice scientifique\n"),
    M(ME_P, EMILIE, "2026-11-11 08:02",
      body="Bonjour Émilie,\n\nOui, c'est noté : table de 2 m et prise électrique, dans le hall principal.\n\nBien cordialement,\nSophie\n"),
    M(EMILIE, ME_P, "2026-11-27 16:48", body="Merci beaucoup ! Est-ce que je peux venir la veille au soir pour installer le stand ?\n\nÉmilie\n"),
)

thread("awaiting", "I asked a Dutch contact to run a workshop; only a Dutch absence notice without any auto-reply header came back.",
    M(ME_P, SANNE, "2026-11-25 21:15", subject="Workshop at WEST Conf 2027?",
      body="Dear Sanne,\n\nJoris Peeters suggested I contact you. Would KNCV be interested in running a workshop on green chemistry at "
           "WEST Conf (Bristol, 6 March 2027)? We cover travel.\n\nBest regards,\n" + SIG_P),
    M(SANNE, ME_P, "2026-11-25 22:16", subject="Afwezig: Workshop at WEST Conf 2027?", quote=False,
      body="Beste afzender,\n\nIk ben tot en met vrijdag 4 december afwezig en lees mijn e-mail niet. Uw bericht wordt niet "
           "doorgestuurd. Voor dringende zaken kunt u contact opnemen met secretariaat@kncv-onderwijs.example.\n\n"
           "Met vriendelijke groet,\nSanne Bakker\n"),
)

thread("awaiting", "I invited an IoP outreach officer (encoded name) to co-run a session; no answer.",
    M(ME_P, ZOE, "2026-11-13 19:30", subject="Joint session at WEST Conf - physics & chemistry of batteries?",
      body="Dear Zoë,\n\nWould the IoP outreach team like to co-run a 45-minute session on batteries with me at WEST Conf on 6 March? "
           "I'd cover the chemistry, you the physics. Let me know if it appeals.\n\nBest wishes,\n" + SIG_P),
)

thread("none", "My thank-you to last year's keynote bounced (Gmail bounce); it asked nothing.",
    M(ME_P, FIONA, "2026-09-21 19:40", subject="Thank you again", mid="<CAKxq9TmW3s5Fz0pAaXv7bnR1eQy+thanks@mail.gmail.example>",
      body="Dear Fiona,\n\nNow that the dust has settled on the new term, I just wanted to say thank you again for your brilliant talk "
           "last March - teachers are still quoting it.\n\nWarm wishes,\nSophie\n"),
    M(DAEMON_G, ME_P, "2026-09-21 18:40", subject="Delivery Status Notification (Failure)", quote=False,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", FIONA.addr)],
      raw=dsn("mx.google.example", FIONA.addr, "5.1.1", "550 5.1.1 The email account that you tried to reach does not exist",
              "From: Sophie Vermeulen <sophie.vermeulen.chem@gmail.example>\nTo: Dr Fiona Rees <f.rees@cardiffmet-staff.example>\n"
              "Subject: Thank you again\nMessage-ID: <CAKxq9TmW3s5Fz0pAaXv7bnR1eQy+thanks@mail.gmail.example>\n",
              "00000000000071e3b20606d2f1a4",
              "** Address not found **\n\nYour message wasn't delivered to f.rees@cardiffmet-staff.example because the address couldn't "
              "be found, or is unable to receive mail.")),
)

thread("awaiting", "I asked two committee members about the meeting date; one address bounced, the other has not answered.",
    M(ME_W, [CHRIS, MEGAN], "2026-11-19 16:35", subject="WEST Conf committee - December meeting",
      mid="<DB9PR04MB8812A7C3E55F1B2D9E0C4A11B7F3D2E9@DB9PR04MB8812.eurprd04.prod.outlook.example>",
      body="Hi Chris, hi Megan,\n\nCan you both do Tuesday 8 December at 4.30 for the committee meeting, or would Thursday 10th be "
           "better?\n\nSophie\n" + SIG_W),
    M(DAEMON_W, ME_W, "2026-11-19 16:35", subject="Undeliverable: WEST Conf committee - December meeting", quote=False,
      headers=[("Auto-Submitted", "auto-replied")],
      raw=dsn("mx1.ashcombe-academy.example", MEGAN.addr, "5.4.1", "550 5.4.1 Recipient address rejected: Access denied",
              "From: Sophie Vermeulen <s.vermeulen@ashcombe-academy.example>\nTo: Chris Allen <c.allen@fishponds-academy.example>, "
              "Megan Hughes <megan.hughes@oldfield-school.example>\nSubject: WEST Conf committee - December meeting\n"
              "Message-ID: <DB9PR04MB8812A7C3E55F1B2D9E0C4A11B7F3D2E9@DB9PR04MB8812.eurprd04.prod.outlook.example>\n",
              "B7F3D2E9.1764002100/mx1.ashcombe-academy.example",
              "Your message to megan.hughes@oldfield-school.example couldn't be delivered.\n\nmegan.hughes wasn't found at "
              "oldfield-school.example.")),
)

thread("none", "Calendar acceptance generated by the co-organiser's Outlook; asks nothing.",
    M(CHRIS, ME_W, "2026-11-20 08:02", subject="Accepted: WEST Conf programme planning", quote=False,
      raw='Content-Type: multipart/alternative; boundary="_000_calaccept_"\n\n--_000_calaccept_\n'
          'Content-Type: text/plain; charset="us-ascii"\n\nChris Allen has accepted this meeting.\n\n'
          '--_000_calaccept_\nContent-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: 7bit\n\n'
          "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
          "ATTENDEE;PARTSTAT=ACCEPTED;CN=Chris Allen:mailto:c.allen@fishponds-academy.example\n"
          "SUMMARY;LANGUAGE=en-GB:Accepted: WEST Conf programme planning\nDTSTART:20261124T163000Z\nDTEND:20261124T171500Z\n"
          "UID:040000008200E00074C5B7101A82E0080000000023A1F2C9\nDTSTAMP:20261120T080200Z\nEND:VEVENT\nEND:VCALENDAR\n"
          "\n--_000_calaccept_--\n"),
)

thread("none", "Meeting arranged: I confirmed the time and my answer asks nothing; the meeting has happened.",
    M(CHRIS, ME_W, "2026-11-16 17:22", subject="Programme planning",
      body="Hi Sophie,\n\nShall we meet to sketch the workshop strands? Tuesday 24th after school, 4.30, in your lab?\n\nChris\n"),
    M(ME_W, CHRIS, "2026-11-16 19:03", body="Hi Chris,\n\nTuesday 24th at 4.30 in S4 is perfect - I'll put the kettle on.\n\nSophie\n" + SIG_W),
)

# ---------------------------------------------------------------- conference: organising

thread("owed", "The venue replied to my quote request without references ('RE:'), asking me to confirm the provisional hold by 4 December.",
    M(ME_P, VENUE, "2026-11-12 20:20", subject="Quote for Saturday 6 March 2027 - 200 delegates",
      body="Dear Hannah,\n\nFurther to our phone call, could you send a quote for the Great Hall plus four breakout rooms on Saturday "
           "6 March 2027 for 200 delegates, with tea/coffee twice and a buffet lunch?\n\nMany thanks,\n" + SIG_P),
    M(VENUE, ME_P, "2026-11-19 15:47", subject="RE: Quote for Saturday 6 March 2027 - 200 delegates", irt=None, refs=None, quote=False,
      body="Dear Sophie,\n\nThank you for your enquiry. Please find attached our quote (ref BCC-2703) for £6,480 + VAT.\n\nWe are holding "
           "the date provisionally until Friday 4 December. Could you confirm by then that you'd like to proceed, and return the "
           "signed booking form with the 25% deposit?\n\nKind regards,\nHannah Doyle\nEvents Coordinator, Brunel Conference Centre\n"),
)

thread("awaiting", "I asked the printer for a badge proof by 27 November; no reply.",
    M(ME_P, DAVE, "2026-11-20 12:55", subject="Delegate badges - proof?",
      body="Hi Dave,\n\nAttached is the badge artwork for WEST Conf (220 badges, A6, lanyard holes). Could you send me a proof by Friday "
           "27th?\n\nThanks,\nSophie\n"),
)

thread("owed", "Co-organiser's thanks asks for the sponsor list; a short courtesy that asks.",
    M(ME_P, TOM, "2026-11-25 20:40", subject="Brochure text",
      body="Hi Tom,\n\nHere's the brochure text with the speakers confirmed so far. Still waiting on Professor Lindley.\n\nSophie\n"),
    M(TOM, ME_P, "2026-11-26 07:58",
      body="Thanks! Could you also send me the sponsor list with logos, so I can lay out the back page?\n\nTom\n"),
)

thread("owed", "Long committee update from the co-organiser hides a question for me (Friday or Saturday for the workshop strand) by Wednesday.",
    M(TOM, [ME_P, CHRIS], "2026-11-28 11:05", subject="WEST Conf - where we are",
      body="Hi both,\n\nA long one, sorry. Bookings: 142 tickets sold, 31 of them early-bird. Ticketsy says Bath and Bristol schools are "
           "strongest; nothing yet from Gloucestershire, so I'll email the SCITT leads there.\n\nCatering: the venue's menu is fine, "
           "though we need a proper vegan option, not just salad.\n\nFinances: we're £900 short of break-even without the Helix "
           "sponsorship.\n\nSophie - can you let me know by Wednesday whether we're running the technicians' workshop strand on the "
           "Friday evening or on the Saturday? I need it for the booking form.\n\nChris - the poster is lovely.\n\nCheers,\nTom\n"),
)

thread("owed", "Sponsor's account manager asks about stand size and invoice address; her reply carries a malformed Date.",
    M(ME_P, NADIA, "2026-11-16 21:00", subject="WEST Conf 2027 - exhibitor package",
      body="Dear Nadia,\n\nThank you for your interest in exhibiting at WEST Conf. The exhibitor package is £350 and includes a 2 m table "
           "and two delegate places. Shall I reserve a stand for LabSupply Direct?\n\nKind regards,\n" + SIG_P),
    M(NADIA, ME_P, "2026-11-23 10:41", date_raw="2026-11-23 10:41:07",
      body="Dear Sophie,\n\nYes please. Could we have a 3 m stand instead of 2 m, and what would that cost? Also, should the invoice go "
           "to the school or to you personally?\n\nKind regards,\nNadia Kowalski\nAccount Manager - Education, LabSupply Direct\n"),
)

thread("owed", "Sponsor asks for invoice details; the message is in the inbox and copied to the Conference folder.",
    M(RUTH, ME_P, "2026-11-27 09:33", subject="Oxbridge Science Kits - sponsorship invoice", also_in=(".Conference",),
      body="Hi Sophie,\n\nGreat news - our marketing director has signed off the £500 silver sponsorship. Could you send me the invoice "
           "details: who the invoice should come from, a PO-style reference, and the payee's bank details?\n\nThanks,\nRuth\n\n"
           "Ruth Dalton\nMarketing Manager, Oxbridge Science Kits\n"),
)

thread("awaiting", "I sent the sponsorship prospectus (bcc'd to my other address, so it is in two folders) and asked for a decision; no answer.",
    M(ME_P, LIAM, "2026-11-09 19:48", subject="Sponsorship prospectus - WEST Conf 2027", also_in=("",),
      copy_headers=[("X-MS-Exchange-Organization-SCL", "1"), ("Delivered-To", ME_W.addr)],
      headers=[("Bcc", ME_W.addr)],
      body="Dear Liam,\n\nAs promised at the ASE regional meeting, here is our sponsorship prospectus. Gold sponsorship (£1,200) includes "
           "the lunchtime demo slot. Would Helix Scientific like to take it? I need to confirm sponsors by 4 December.\n\n"
           "Kind regards,\n" + SIG_P),
)

thread("none", "Sponsor's clear no to my request.",
    M(ME_P, GREG, "2026-10-20 20:05", subject="Sponsoring WEST Conf 2027?",
      body="Hi Greg,\n\nWould BeakerWorks consider sponsoring WEST Conf this year? The prospectus is attached.\n\nBest,\n" + SIG_P),
    M(GREG, ME_P, "2026-10-23 13:40",
      body="Hi Sophie,\n\nThanks for thinking of us. Unfortunately our events budget for this year is already committed, so we won't be "
           "able to sponsor. Best of luck with the conference.\n\nGreg\n"),
)

thread("awaiting", "I asked a French lab supplier to exhibit; only a French auto-reply (Sieve vacation style) came back.",
    M(ME_P, JULIEN, "2026-11-23 20:30", subject="Exposer à WEST Conf 2027 (Bristol, 6 mars)",
      body="Bonjour Monsieur Marchand,\n\nSeriez-vous intéressé par un stand à WEST Conf, le 6 mars 2027 à Bristol ? Environ 200 "
           "enseignants de sciences, dont beaucoup d'écoles internationales. Le forfait exposant est de 350 £.\n\nBien cordialement,\n" + SIG_P),
    M(JULIEN, ME_P, "2026-11-23 21:31", subject="Réponse automatique : Exposer à WEST Conf 2027 (Bristol, 6 mars)", quote=False,
      client="webmail", headers=[("X-Autoreply", "yes"), ("Precedence", "junk")],
      body="Bonjour,\n\nJe suis absent jusqu'au 7 décembre inclus. Pour toute demande urgente, merci de contacter "
           "commercial@labo-meridien.example.\n\nCordialement,\nJulien Marchand\n"),
)

thread("owed", "Belgian teacher proposes a pupil exchange in Dutch and asks for possible dates.",
    M(JORIS, ME_W, "2026-11-26 13:50", subject="Uitwisseling leerlingen - voorjaar 2027",
      body="Beste Sophie,\n\nOp de conferentie vertelde je dat jullie school interesse heeft in een Erasmus+-uitwisseling. Wij zouden in "
           "april of mei met 16 leerlingen (16-17 jaar) naar Bristol kunnen komen, met een tegenbezoek in het najaar.\n\nWelke weken "
           "zouden voor jullie passen? Dan kan ik de subsidieaanvraag voor 15 januari indienen.\n\nVriendelijke groeten,\nJoris Peeters\n"
           "Sint-Jansinstituut Antwerpen\n"),
)

thread("none", "A Flemish author sent the worksheet I asked for; my thanks in Dutch was the last word.",
    M(ME_P, WOUTER, "2026-09-15 20:00", subject="Werkblad elektrochemie",
      body="Beste Wouter,\n\nMag ik jouw werkblad over elektrochemie gebruiken (en vertalen) voor mijn Year 12?\n\nGroeten,\nSophie\n"),
    M(WOUTER, ME_P, "2026-09-16 21:12", date_raw="woensdag 16 sep 2026 21:12:40 +0200", body="Dag Sophie,\n\nNatuurlijk! Hierbij het werkblad, ook de Word-versie.\n\nWouter\n"),
    M(ME_P, WOUTER, "2026-09-17 06:50", body="Dank je wel, Wouter! Super.\n\nSophie\n"),
)

thread("awaiting", "The hall's lettings office wrote without a Message-ID or Date; I confirmed and asked for the invoice; nothing since.",
    M(LETTINGS, ME_P, "2026-11-16 10:30", subject="Hall booking Sat 6 March - science fair", mid=None, date_raw="",
      headers=[("X-Mailer", "Lettings Manager 3.2")],
      body="Dear Sophie\n\nWe have pencilled in the small hall for your science fair on Saturday 6 March, 8am-6pm. Please confirm the "
           "booking.\n\nBev\nLettings Office, St Mary's Hall\n"),
    M(ME_P, LETTINGS, "2026-11-17 07:40", subject="Re: Hall booking Sat 6 March - science fair", irt=None, refs=None,
      body="Dear Bev,\n\nYes, please confirm the booking. Could you send the invoice so I can pass it to our treasurer?\n\nThanks,\n" + SIG_P),
)

thread("awaiting", "I asked the ASE region whether they will co-badge; he asked a question, I answered and asked again; nothing since.",
    M(ME_P, PAUL, "2026-11-04 19:20", subject="ASE co-badging for WEST Conf?",
      body="Dear Paul,\n\nWould the ASE South West region be willing to co-badge WEST Conf 2027?\n\nBest wishes,\n" + SIG_P),
    M(PAUL, ME_P, "2026-11-06 08:15", body="Dear Sophie,\n\nPossibly - the committee would want to know whether ASE members get a "
           "discount. Do they?\n\nPaul\n"),
    M(ME_W, PAUL, "2026-11-13 12:50",
      body="Dear Paul,\n\nYes - ASE members get 20% off the standard ticket. Could you put the co-badging to the committee at its "
           "December meeting?\n\nBest wishes,\nSophie\n" + SIG_W),
)

thread("none", "September outreach thread closed with my short thanks (same subject reused in November, a new thread).",
    M(ME_W, KATE, "2026-09-10 13:05", subject="Outreach visit",
      body="Hi Kate,\n\nCould we book a Year 12 visit to the teaching labs this autumn?\n\nSophie\n" + SIG_W),
    M(KATE, ME_W, "2026-09-11 09:20", body="Hi Sophie,\n\nYes - 22 October or 5 November, 10am-2pm, up to 24 students.\n\nKate\n\n"
           "Kate Morgan\nSchools Outreach Officer, School of Chemistry\n"),
    M(ME_W, KATE, "2026-09-11 10:02", body="Perfect, thanks! We'll take 22 October.\n\nSophie\n"),
)

thread("awaiting", "Same subject as September, over 30 days later: my new request for a spring visit, unanswered.",
    M(ME_W, KATE, "2026-11-23 12:30", subject="Outreach visit", quote=False,
      body="Hi Kate,\n\nThe October visit was a hit - thank you! Could we book a Year 13 visit in the spring term, ideally in February?\n\n"
           "Sophie\n" + SIG_W),
)

thread("none", "Ticketsy's automatic new-registration notice (no-reply).",
    M(TICKETSY, ME_P, "2026-11-28 21:04", subject="New order: 3 tickets for WEST Conf 2027", client="service_html",
      headers=noreply_headers("auto-generated") + [("X-Ticketsy-Event", "west-conf-2027")],
      body="You've got a new order!\n\nOrder #48213 - 3 x Standard ticket - Portishead Academy\n\nView order\n\n"
           "You're receiving this because you organise WEST Conf 2027. Manage notifications.\n"),
)

thread("none", "My announcement to all speakers and helpers asks nothing; one recipient's plain-text out-of-office came back.",
    M(ME_P, [], "2026-11-17 21:30", subject="WEST Conf 2027: programme published", to_raw="WEST Conf speakers and helpers:;",
      headers=[("Bcc", ", ".join(p.addr for p in (TOM, CHRIS, AMARA, RUTH, OWEN)))],
      body="Dear all,\n\nJust to let you know that the WEST Conf 2027 programme is now live on the website, and tickets are on sale. "
           "Thank you for making it such a strong line-up - nothing is needed from you at this stage.\n\nBest wishes,\n" + SIG_P),
    M(OWEN, ME_P, "2026-11-17 21:31", subject="Out of office", quote=False, client="webmail",
      body="I am out of the office on a residential trip until 20 November and will read emails on my return.\n\nOwen Pritchard\n"),
)

# ---------------------------------------------------------------- lists, bulk, other

thread("none", "Mailing-list question to the whole list (List-Id, Precedence: list), not to me.",
    M(FARAH, CHEMLIST, "2026-11-22 19:12", subject="[chemed-uk] Titration practical for Y10 that actually works?",
      headers=[("List-Id", "UK chemistry teachers <chemed-uk.lists.chemteach.example>"), ("List-Post", "<mailto:chemed-uk@lists.chemteach.example>"),
               ("List-Unsubscribe", "<mailto:chemed-uk-leave@lists.chemteach.example>"), ("Precedence", "list"),
               ("Sender", "chemed-uk-bounces@lists.chemteach.example"), ("X-BeenThere", "chemed-uk@lists.chemteach.example")],
      body="Hi all,\n\nDoes anyone have a Y10 titration practical that works in a 50-minute lesson with 30 students? Ours always overruns.\n\n"
           "Farah\n"),
)

thread("none", "My question to the list, answered by members on the list; my post also came back in the inbox.",
    M(ME_P, CHEMLIST, "2026-10-14 20:05", subject="[chemed-uk] Spare molecular model kits?", also_in=("",),
      copy_headers=[("Delivered-To", ME_P.addr), ("List-Id", "UK chemistry teachers <chemed-uk.lists.chemteach.example>"),
                    ("List-Post", "<mailto:chemed-uk@lists.chemteach.example>"), ("Precedence", "list"),
                    ("Sender", "chemed-uk-bounces@lists.chemteach.example")],
      body="Hi all,\n\nWe've lost half our molecular model kits. Does anyone have spares, or a supplier they'd recommend?\n\nSophie\n"),
    M(OWEN, CHEMLIST, "2026-10-15 07:20",
      headers=[("List-Id", "UK chemistry teachers <chemed-uk.lists.chemteach.example>"), ("List-Post", "<mailto:chemed-uk@lists.chemteach.example>"),
               ("Precedence", "list"), ("Sender", "chemed-uk-bounces@lists.chemteach.example")],
      body="Molymod direct from the supplier is cheapest if you buy the class set. We did last year.\n\nOwen\n"),
    M(BEN, CHEMLIST, "2026-10-15 12:41",
      headers=[("List-Id", "UK chemistry teachers <chemed-uk.lists.chemteach.example>"), ("List-Post", "<mailto:chemed-uk@lists.chemteach.example>"),
               ("Precedence", "list"), ("Sender", "chemed-uk-bounces@lists.chemteach.example")],
      body="+1 for Molymod. Also check the RSC's kit loan scheme.\n\nBen\n"),
)

thread("owed", "A list member answered my list question off-list and offers to send her risk assessment, asking if I want the Word version.",
    M(ME_P, CHEMLIST, "2026-11-24 20:10", subject="[chemed-uk] Electrolysis of brine - risk assessment?",
      body="Hi all,\n\nHas anyone got a risk assessment for the electrolysis of brine as a class practical (chlorine concerns)?\n\nSophie\n"),
    M(FARAH, ME_P, "2026-11-25 18:02",
      body="Hi Sophie (off-list),\n\nWe run it in Y11 with the CLEAPSS guidance and small cells in the fume cupboard. I've got our own risk "
           "assessment - shall I send you the Word version so you can adapt it?\n\nFarah\n"),
)

thread("none", "Mailchimp newsletter from a professional body (List-Id, List-Unsubscribe, Precedence: bulk).",
    M(RSC, ME_P, "2026-11-26 07:00", subject="Education in Chemistry - November: starters, misconceptions and more", client="service_html",
      headers=mailchimp("Education in Chemistry", "rsc"),
      body="Education in Chemistry\n\nThis month: five starters for bonding; the misconception that won't die (bonds release energy when "
           "they break); and how to run a mock practical exam.\n\nRead online\n\nYou are receiving this email because you opted in. "
           "Unsubscribe | Update your preferences\n"),
)

thread("none", "Union branch bulletin sent to undisclosed recipients without list headers; asks nothing of me personally.",
    M(NEU, [], "2026-11-11 21:40", subject="Bristol District - members' bulletin, November", to_raw="undisclosed-recipients:;",
      body="Dear members,\n\nThe next district meeting is on Wednesday 2 December at 5pm at the Trades Hall. Agenda: pay offer, workload "
           "survey results, and the Severn Vale appraisal policy.\n\nIn solidarity,\nBristol District NEU\n"),
)

thread("none", "Sales mail-merge to 'Dear Educator' with no list headers; asks nothing of me.",
    M(SCIMART, ME_W, "2026-11-02 10:00", subject="Dear Educator: 20% off lab glassware until 30 November",
      body="Dear Educator,\n\nStock up for spring: 20% off all borosilicate glassware with code SPRING20 until 30 November.\n\n"
           "SciMart Education\n"),
)

thread("none", "Backscatter bounce for a message I never sent (Postfix DSN, no references); not mine to answer.",
    M(DAEMON_W, ME_W, "2026-11-06 03:44", subject="Undelivered Mail Returned to Sender", quote=False,
      headers=[("Auto-Submitted", "auto-replied")],
      raw=dsn("mail.kyiv-logistics.example", "info@kyiv-logistics.example", "5.7.1", "554 5.7.1 Message rejected as spam",
              "From: \"Ashcombe Academy\" <s.vermeulen@ashcombe-academy.example>\nTo: info@kyiv-logistics.example\n"
              "Subject: Invoice 88213 overdue\nMessage-ID: <5d1a.88213.spoof@ashcombe-academy.example>\n",
              "3F1C2A0B47.1762400640/mail.kyiv-logistics.example",
              "This is the mail system at host mail.kyiv-logistics.example.\n\nI'm sorry to have to inform you that your message "
              "could not be delivered to one or more recipients.")),
)

thread("owed", "Exam-board moderator asks for the practical endorsement sample by 4 December; unanswered.",
    M(GILLIAN, ME_W, "2026-11-25 09:05", subject="CPAC monitoring visit - sample request (centre 54321)",
      body="Dear Ms Vermeulen,\n\nAhead of the practical endorsement monitoring visit, please send me by Friday 4 December the lab "
           "records of three students of your choice, and the tracking spreadsheet for the cohort. Could you also confirm who will be "
           "my contact on the day?\n\nKind regards,\nGillian Moss\nMonitor, Northern Exams\n"),
)

thread("owed", "Publisher asks whether I would review a draft chapter (a collaboration proposal).",
    M(IMOGEN, ME_P, "2026-11-19 11:30", subject="Reviewer for a new GCSE chemistry title?",
      body="Dear Sophie,\n\nI'm commissioning editor for Harper Education's new GCSE chemistry series. Dr Nwosu recommended you as a "
           "reviewer. Would you be willing to review two draft chapters (about 40 pages) in January, for a fee of £300?\n\n"
           "Kind regards,\nImogen Clarke\nCommissioning Editor, Science\n"),
)


# ---------------------------------------------------------------- write


def replied(later: list[M]) -> bool:
    """Is my next real message (not an auto-reply, not a draft) the next one in the thread? Then it is marked answered."""
    for m in later:
        if m.sent and (m.folder != ".Sent" or any(k == "Auto-Submitted" for k, _ in m.headers)):
            continue
        return m.sent
    return False


def main() -> None:
    if MAILDIR.exists():
        shutil.rmtree(MAILDIR)
    for folder in FOLDERS:
        for sub in ("cur", "new", "tmp"):
            (MAILDIR / folder / sub).mkdir(parents=True, exist_ok=True)
        if folder:
            (MAILDIR / folder / "maildirfolder").write_bytes(b"")
    (MAILDIR / "subscriptions").write_text("\n".join(f[1:] for f in FOLDERS if f) + "\n", encoding="utf-8")
    counter = 0
    labels = []
    now = dt.datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    for tid, t in enumerate(THREADS, 1):
        times = [m.at for m in t["msgs"]]
        assert times == sorted(times) and times[-1] < now, f"thread {tid}: messages out of order or after now"
        done: list[M] = []
        for i, msg in enumerate(t["msgs"], 1):
            data = render(msg, i, done, tid)
            done.append(msg)
            head, body = data.split(b"\n\n", 1)
            for folder in [msg.folder, *msg.also_in]:
                counter += 1
                blob = data
                if folder != msg.folder:  # the copy delivered to me: no Bcc, delivery headers on top
                    lines = [ln for ln in head.split(b"\n") if not ln.startswith(b"Bcc:")]
                    extra = "".join(f"{k}: {v}\n" for k, v in msg.copy_headers).encode()
                    blob = extra + b"\n".join(lines) + b"\n\n" + body
                name = f"{int(msg.at.timestamp())}.M{counter:03d}P{3100 + counter}.{HOST}"
                if msg.unread and not msg.sent:
                    path = MAILDIR / folder / "new" / name
                else:
                    flags = "RS" if not msg.sent and replied(t["msgs"][i:]) else msg.flags
                    path = MAILDIR / folder / "cur" / f"{name}:2,{flags}"
                path.write_bytes(blob)
        root = next(m.mid for m in t["msgs"] if m.mid)
        labels.append((root, t["expect"], t["why"]))
    for folder in FOLDERS:
        for sub in ("cur", "new", "tmp"):
            d = MAILDIR / folder / sub
            if not any(d.iterdir()):
                (d / ".gitkeep").write_bytes(b"")
    out = [
        '# Independent labelled corpus #5 (written blind). "me" = Sophie Vermeulen, head of chemistry at a',
        "# Bristol secondary school, applying for deputy-head posts, tutoring privately and organising a",
        "# regional science-teaching conference. Work address (Microsoft 365) and personal Gmail address.",
        f'me = ["{ME[0]}", "{ME[1]}"]',
        f'now = "{NOW}"',
    ]
    for root, expect, why in labels:
        out += ["", "[[thread]]", f'root = "{root}"', f'expect = "{expect}"',
                'why = "' + why.replace("\\", "\\\\").replace('"', '\\"') + '"']
    (HERE / "labels.toml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
