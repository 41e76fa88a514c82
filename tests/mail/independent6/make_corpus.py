"""Generate the sixth independent labelled mail corpus (written blind).

"me" is Inês Marques, a Portuguese documentary producer living in London who
runs a one-woman company (Salt Marsh Films Ltd). She is raising funds for a
feature documentary (THE LAST TIDE, co-produced with Portugal and shot in
Peniche and Sciacca) and hiring its crew. Two addresses: the company's Google
Workspace mailbox and a personal SAPO address she reads on her iPhone.

Mail in English, Portuguese and Italian. Standard library only; deterministic:
running it twice gives the same files.

    python tests/mail/independent6/make_corpus.py
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
HOST = "im-macbook"
NOW = "2026-11-30T17:00:00Z"
FOLDERS = ("", ".Sent", ".Drafts", ".Archive", ".Funding", ".Crew", ".Crew.Applicants", ".Festivals")


# ---------------------------------------------------------------- people


class P:
    """A correspondent: display name, address, the client they write with, their time zone."""

    def __init__(self, name: str, addr: str, client: str = "gmail", tz: str = "uk", lang: str = "en"):
        self.name, self.addr, self.client, self.tz, self.lang = name, addr, client, tz, lang

    @property
    def domain(self) -> str:
        return self.addr.split("@")[1]


ME_W = P("Inês Marques", "ines@saltmarshfilms.example", "gmail")
ME_P = P("Inês Marques", "ines.marques@sapo.example", "apple")
ME = (ME_W.addr, ME_P.addr)

SIG_W = "\nInês\n\n--\nInês Marques | Producer\nSalt Marsh Films Ltd · THE LAST TIDE (feature doc, in development)\n+44 7700 900318\n"
SIG_P = "\nInês\n\nEnviado do meu iPhone\n"
SIG_S = "\nInês\n"

# ---------------------------------------------------------------- time


def offset(tz: str, day: dt.date) -> dt.timezone:
    summer = day < dt.date(2026, 10, 25)  # EU/UK/PT clocks went back on 25 October 2026
    hours = {"uk": 1 if summer else 0, "pt": 1 if summer else 0, "cet": 2 if summer else 1, "utc": 0,
             "est": -4 if day < dt.date(2026, 11, 1) else -5, "pst": -7 if day < dt.date(2026, 11, 1) else -8}[tz]
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
        if self.sent and self.folder not in (".Sent", ".Drafts"):  # my mail filed under a project label: Sent holds it too
            also_in = [self.folder, *also_in]
            self.folder = ".Sent"
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
    if c.startswith("outlook"):
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
    if client.startswith("outlook"):
        heads = {"outlook_pt": ("De", "Enviado", "Para", "Assunto"),
                 "outlook_it": ("Da", "Inviato", "A", "Oggetto")}.get(client, ("From", "Sent", "To", "Subject"))
        sep = ": "
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
    if lang == "pt":
        head = f"A {prev.at.strftime('%d/%m/%Y')} às {prev.at.strftime('%H:%M')}, {name} <{prev.frm.addr}> escreveu:"
    elif lang == "it":
        head = f"Il giorno {prev.at.strftime('%d/%m/%Y')} alle ore {prev.at.strftime('%H:%M')} {name} <{prev.frm.addr}> ha scritto:"
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
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
}


def render(msg: M, index: int, prev: list[M], tid: int) -> bytes:
    key = f"{tid}.{index}"
    if msg.mid == "auto":
        msg.mid = message_id(msg, key)
    if msg.subject is None:
        base = prev[0].subject if prev else "(no subject)"
        low = base.lower()
        pre = {"outlook_it": "R: "}.get(msg.client, "RE: " if msg.client.startswith("outlook") else "Re: ")
        msg.subject = base if low.startswith(("re:", "r:", "res:")) else pre + base
    text = msg.body
    if msg.quote and prev and msg.raw is None:
        text = text.rstrip("\n") + "\n" + quote_block(prev[-1], msg.client, msg.frm.lang)
    if not text.endswith("\n"):
        text += "\n"
    msg.plain_text = msg.body
    ids = [p.mid for p in prev if p.mid]
    hs: list[tuple[str, str]] = []
    if msg.client.startswith("outlook"):
        hs.append(("From", addr(msg.frm, msg.name_charset)))
        hs.append(("To", msg.to_raw or ", ".join(addr(p) for p in msg.to)))
        if msg.cc:
            hs.append(("CC", ", ".join(addr(p) for p in msg.cc)))
        hs.append(("Subject", msg.subj_raw or subj(msg.subject, msg.subj_charset)))
        topic = msg.subject
        for pre in ("RE: ", "Re: ", "FW: ", "R: ", "I: ", "ENC: ", "RES: "):
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
        lang = {"outlook_pt": "pt-PT", "outlook_it": "it-IT"}.get(msg.client, "en-GB")
        hs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    hs += CLIENT_HEADERS.get(msg.client, [])
    hs += msg.headers
    hs.append(("MIME-Version", "1.0"))
    if msg.raw is not None:
        head = "".join(f"{k}: {v}\n" for k, v in hs)
        return (head + "\n" + msg.raw).encode("utf-8")
    cs = msg.charset
    if msg.client in ("gmail", "outlook", "outlook_mobile", "outlook_pt", "outlook_it", "service_html") or msg.html_only:
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


# ---------------------------------------------------------------- special messages


def ooo_headers(kind: str = "auto") -> list[tuple[str, str]]:
    if kind == "auto":
        return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if kind == "xauto":
        return [("X-Autoreply", "yes")]
    return []


def bounce_raw(key: str, orig_from: str, orig_to: str, orig_mid: str, orig_subject: str, orig_date: str) -> tuple[list, str]:
    b = "00000000000" + h(key, "bounce", n=12)
    headers = [("Auto-Submitted", "auto-replied"),
               ("Content-Type", f'multipart/report; boundary="{b}"; report-type=delivery-status')]
    body = (f"--{b}\nContent-Type: multipart/related; boundary=\"{b}x\"\n\n--{b}x\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
            f"** Address not found **\n\nYour message wasn't delivered to {orig_to} because the address couldn't be found,"
            " or is unable to receive mail.\n\nThe response from the remote server was:\n"
            f"550 5.1.1 <{orig_to}>: Recipient address rejected: User unknown in virtual mailbox table\n\n--{b}x--\n"
            f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.example\n"
            f"Arrival-Date: {orig_date}\n\nFinal-Recipient: rfc822; {orig_to}\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{orig_to}>: Recipient address rejected\n\n"
            f"--{b}\nContent-Type: text/rfc822-headers\n\nFrom: {orig_from}\nTo: {orig_to}\nSubject: {orig_subject}\n"
            f"Date: {orig_date}\nMessage-ID: {orig_mid}\n\n--{b}--\n")
    return headers, body


def mdn_raw(key: str, reader: str, orig_mid: str, orig_subject: str) -> tuple[list, str]:
    b = f"_{h(key, 'mdn', n=20)}_"
    headers = [("Content-Type", f'multipart/report; report-type=disposition-notification; boundary="{b}"')]
    body = (f"--{b}\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
            f"Your message\n\n  To: {reader}\n  Subject: {orig_subject}\n\nwas read on {{when}}.\n\n"
            f"--{b}\nContent-Type: message/disposition-notification\n\nReporting-UA: Microsoft Outlook\n"
            f"Final-Recipient: rfc822;{reader}\nOriginal-Message-ID: {orig_mid}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
            f"--{b}--\n")
    return headers, body


def ics_raw(key: str, method: str, summary: str, start: str, end: str, organizer: str, attendee: str,
            text: str, partstat: str = "NEEDS-ACTION") -> tuple[list, str]:
    b = "000000000000" + h(key, "ics", n=12)
    uid = h(key, "uid", n=26) + "@google.com"
    cal = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
           f"CALSCALE:GREGORIAN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
           f"DTSTAMP:{start}\r\nORGANIZER;CN={organizer}:mailto:{organizer}\r\nUID:{uid}\r\n"
           f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={attendee}:mailto:{attendee}\r\n"
           f"SUMMARY:{summary}\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    headers = [("Content-Type", f'multipart/mixed; boundary="{b}"')]
    body = (f"--{b}\nContent-Type: multipart/alternative; boundary=\"{b}a\"\n\n--{b}a\n"
            f"Content-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\n\n{text}\n\n"
            f"--{b}a\nContent-Type: text/calendar; charset=\"UTF-8\"; method={method}\n\n{cal}\n--{b}a--\n"
            f"--{b}\nContent-Type: application/ics; name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\n"
            f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(cal.encode()).decode()}\n--{b}--\n")
    return headers, body


def list_headers(list_id: str, unsub: str, precedence: str | None = None) -> list[tuple[str, str]]:
    hs = []
    if list_id:
        hs.append(("List-Id", list_id))
    if unsub:
        hs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    if precedence:
        hs.append(("Precedence", precedence))
    return hs


# ---------------------------------------------------------------- correspondents

TOM = P("Tom Reilly", "tom@saltmarshfilms.example", "gmail")
CREW = P("The Last Tide crew", "crew@saltmarshfilms.example", "gmail")
INFO = P("Salt Marsh Films", "info@saltmarshfilms.example", "gmail")
# funders, broadcasters, sales
HANNAH = P("Hannah Brooke", "hannah.brooke@docsociety.example", "outlook")
RUPERT = P("Rupert Okoye", "rupert.okoye@bfi.example", "outlook")
BFI_PORTAL = P("BFI Funding", "no-reply@funding.bfi.example", "service", "utc")
JOANA = P("Joana Figueiredo", "joana.figueiredo@rtp.example", "outlook_pt", "pt", "pt")
MEDIA = P("Creative Europe Desk UK", "desk@creativeeurope-uk.example", "outlook")
SALVO = P("Salvatore Greco", "s.greco@siciliafilmcommission.example", "outlook_it", "cet", "it")
EMMA = P("Emma Holt", "emma.holt@bbc.example", "outlook")
LENA = P("Lena Vogt", "l-vogt@arte.example", "outlook", "cet")
KATRIN = P("Katrin Albers", "k-albers@arte.example", "outlook", "cet")
MARCO = P("Marco Ferri", "marco@rossofilmsales.example", "gmail", "cet", "it")
RUI = P("Rui Tavares", "rui@mareproducoes.example", "gmail", "pt", "pt")
METTE = P("Mette Kjær", "mette@nordkystfilm.example", "apple", "cet")
JON = P("Jonathan Park", "jpark@meridianstream.example", "outlook", "pst")
JON_ASST = P("Alicia Romero", "aromero@meridianstream.example", "outlook", "pst")
C4 = P("Priya Shah", "pshah@channel4.example", "outlook")
GULB = P("Teresa Aguiar", "taguiar@fundacao-atlantica.example", "outlook_pt", "pt", "pt")
ANGEL = P("Richard Ames", "richard@amesfamilyoffice.example", "apple")
CHARITY = P("Gemma Doyle", "g.doyle@coastwatch-trust.example", "outlook")
# crew and applicants
AOIFE = P("Aoife Brennan", "aoife@aoifebrennan-dop.example", "apple")
KWAME = P("Kwame Asante", "kwame.sound@gmail.example", "gmail")
CHIARA = P("Chiara Lombardi", "chiara.lombardi@libero.example", "webmail", "cet", "it")
ZE = P("José Rocha", "ze.rocha.peniche@gmail.example", "gmail", "pt", "pt")
PRIYA_N = P("Priya Nair", "priya.nair.research@gmail.example", "gmail")
DANIEL = P("Daniel Kowalski", "d.kowalski@outlook.example", "outlook")
FATIMA = P("Fatima Haddad", "fatima.haddad@proton.example", "webmail")
OLD_DOP = P("Sam Whitlock", "sam@whitlockcamera.example", "gmail")
LUKAS = P("Lukas Weber", "lukas@lukasweber-music.example", "thunderbird", "cet")
NADIA = P("Nadia Osei", "nadia@oseiartists.example", "outlook")
POST = P("Ben Carter", "ben.carter@harbourpost.example", "outlook")
# places, services, people around the project
MARTA = P("Marta Silva", "marta.silva@cm-peniche.example", "webmail", "pt", "pt")
GIUSEPPE = P("Giuseppe Sanfilippo", "coop.pescatori.sciacca@tiscali.example", "webmail", "cet", "it")
LAB = P("Cinelab Palermo", "preventivi@cinelabpalermo.example", "webmail", "cet", "it")
CINEMATECA = P("Arquivo Nacional de Imagens", "arquivo@cinemateca-pt.example", "outlook_pt", "pt", "pt")
DEVI = P("Devi Shah", "devi@shahandco-accounts.example", "thunderbird")
MARK_INS = P("Mark Hughes", "m.hughes@mediacover.example", "outlook")
SHIFT = P("Dan Pryor", "dan@shiftkithire.example", "outlook")
SHIFT_NEWS = P("Shift Kit Hire", "hello@shiftkithire.example", "service_html", "utc")
LAWYER = P("Sophie Grant", "sgrant@greenleaf-media-law.example", "outlook")
PARALEGAL = P("Owen Lutz", "olutz@greenleaf-media-law.example", "outlook")
ALAN = P("Alan Pryce", "alan.pryce@btinternet.example", "webmail")
BACKER = P("Helen Marsh", "helen.marsh61@gmail.example", "gmail")
LUISA = P("Luísa Correia", "luisa.correia@sapo.example", "webmail", "pt", "pt")
OLIVIA = P("Olivia Chen", "olivia@fathomtalent.example", "gmail")
ANNA = P("Anna Kessler", "anna@northlightdist.example", "gmail")
PORTOPOST = P("Porto/Post/Doc", "programacao@portopostdoc.example", "webmail", "pt", "pt")
PPD_PERSON = P("Daniel Ribeiro", "programacao@portopostdoc.example", "webmail", "pt", "pt")
FILMFREEWAY = P("Giulia Bernardi via FilmFreeway", "noreply@filmfreeway.example", "service", "utc")
GIULIA = P("Giulia Bernardi", "giulia.bernardi@festivaldelmare.example", "gmail", "cet", "it")
FRAMEIO = P("Frame.io Support", "support@frameio.example", "service", "utc")
FRAMEIO_AGENT = P("Kenji from Frame.io", "support@frameio.example", "service", "utc")
# machines, lists, bulk
DAEMON = P("Mail Delivery Subsystem", "mailer-daemon@googlemail.example", "service", "utc")
POSTMASTER = P("Microsoft Outlook", "postmaster@outlook.example", "service", "utc")
MANDY = P("Mandy", "jobs-noreply@mandy.example", "service_html", "utc")
PRODBASE = P("ProductionBase", "alerts@productionbase.example", "service", "utc")
LINKEDIN = P("LinkedIn", "notifications-noreply@linkedin.example", "service_html", "utc")
LINKEDIN_MSG = P("Marco Ferri via LinkedIn", "messages-noreply@linkedin.example", "service_html", "utc")
INSTAGRAM = P("Instagram", "no-reply@mail.instagram.example", "service_html", "utc")
KICKSTARTER = P("Kickstarter", "no-reply@kickstarter.example", "service", "utc")
DWORD = P("Ruth Beckett", "ruth.beckett@gmail.example", "gmail")
DWORD_LIST = P("docmakers-uk", "docmakers-uk@lists.docmakers.example", "gmail")
DOCFEST = P("Sheffield DocFest", "news@sheffdocfest.example", "service_html", "utc")
CALLFOR = P("Festival Internacional de Cine del Mar", "convocatoria.fimar@gmail.example", "gmail", "cet")
SCAM = P("Golden Reel Independent Awards", "selection.committee@goldenreel-awards.example", "gmail", "est")
DHL = P("DHL Express", "noreply@dhl-news.example", "service", "utc")


# ---------------------------------------------------------------- funding and broadcasters

thread("owed", "RTP's co-production executive answered my pitch in Portuguese: interested, asks for the budget breakdown and a call next week; unanswered.",
    M(ME_W, JOANA, "2026-11-09 10:12", "Cara Joana,\n\nNa sequência da nossa conversa em Lisboa, envio em anexo o dossier de THE LAST TIDE (título provisório em português: A Última Maré), um documentário de longa-metragem sobre as mulheres da pesca da sardinha em Peniche e em Sciacca.\n\nGostaríamos muito de ter a RTP como coprodutora. Teria disponibilidade para ler o dossier e darmos uma palavra?\n\nCom os melhores cumprimentos,\n" + SIG_W,
      "Coprodução RTP - A Última Maré (THE LAST TIDE)", folder=".Funding"),
    M(JOANA, ME_W, "2026-11-24 15:40", "Cara Inês,\n\nObrigada pelo dossier, que li com muito interesse. O projeto encaixa bem na nossa linha de documentário para 2027.\n\nPara levar à reunião de programação preciso de duas coisas: o orçamento detalhado (com a parte portuguesa separada) e o plano de financiamento atual. Podemos também marcar uma chamada na próxima semana? Diga-me que dias lhe dão jeito.\n\nCumprimentos,\nJoana Figueiredo\nCoproduções Internacionais | RTP\n",
      folder=".Funding", subj_charset="iso-8859-1", charset="iso-8859-1"),
)

thread("owed", "The Sicily Film Commission asks for shooting dates and crew size for the location-support form (Italian, 'R:' prefix); unanswered.",
    M(ME_W, SALVO, "2026-11-02 11:05", "Dear Mr Greco,\n\nI am the producer of THE LAST TIDE, a feature documentary that will film with the women of the fishing cooperative in Sciacca in late January. We would like to apply for location support from the Film Commission.\n\nCould you tell me what the process is and which documents you need?\n\nKind regards,\n" + SIG_W,
      "Richiesta supporto location – THE LAST TIDE / Sciacca", folder=".Funding"),
    M(SALVO, ME_W, "2026-11-26 12:31", "Gentile Inês,\n\ngrazie per il suo messaggio e scusi il ritardo. Per compilare il modulo di supporto location ho bisogno di: date precise delle riprese a Sciacca, numero di persone della troupe, e se prevedete riprese in mare o solo al porto.\n\nMi può mandare queste informazioni entro la prossima settimana?\n\nCordiali saluti,\nSalvatore Greco\nSicilia Film Commission – Ufficio Produzioni\n",
      folder=".Funding"),
)

thread("owed", "A festival programmer writes through FilmFreeway's no-reply address with her own Reply-To and asks me to confirm the screening format by 4 December.",
    M(FILMFREEWAY, ME_W, "2026-11-27 09:14", "Giulia Bernardi from Festival del Mare sent you a message about your submission THE LAST TIDE (work-in-progress):\n\nDear Inês,\nwe are delighted to include THE LAST TIDE in our Works in Progress showcase on 16 January. Could you confirm by 4 December whether you will send a DCP or a ProRes file, and the running time of the cut?\n\nGiulia Bernardi\nProgramme Coordinator\n\n----\nReply to this email to respond to Giulia directly.\nFilmFreeway, 1 Film Way, Burlington VT\n",
      "Message from Festival del Mare about THE LAST TIDE", folder=".Festivals", reply_to=GIULIA,
      headers=[("X-Mailer", "FilmFreeway Mailer")]),
)

thread("owed", "My co-producer writes to the sales agent with me only in Cc, but asks me by name to confirm the premiere strategy first.",
    M(RUI, MARCO, "2026-11-25 18:02", "Olá Marco,\n\nthanks for the festival list. Before I answer you properly I need one thing from our side.\n\nInês, can you confirm we are going for a world premiere at CPH:DOX and not Visions du Réel? Marco needs to know before Friday.\n\nAbraço,\nRui\n--\nRui Tavares | Maré Produções | Porto\n",
      "Festival strategy 2027", cc=[ME_W], folder=".Festivals"),
)

thread("owed", "The DOP thanks me for the deal memo but asks whether the day rate covers prep days; unanswered.",
    M(ME_W, AOIFE, "2026-11-18 16:20", "Hi Aoife,\n\nAttached is the deal memo for THE LAST TIDE: 18 shoot days in Peniche and Sciacca between 11 January and 6 February, plus the recce. Let me know if anything looks off.\n\n" + SIG_W,
      "Deal memo – THE LAST TIDE", folder=".Crew"),
    M(AOIFE, ME_W, "2026-11-19 08:47", "Thanks Inês! Looks good overall.\n\nOne thing before I sign: does the day rate include the two prep days at the rental house, or are those billed separately?\n\nAoife\n\nSent from my iPhone\n",
      folder=".Crew"),
)

thread("owed", "An applicant for the archive researcher role sent her CV and a cover note; nobody has answered her.",
    M(PRIYA_N, ME_W, "2026-11-23 21:15", "Dear Inês,\n\nI saw your post on the docmakers list for an archive researcher on THE LAST TIDE and would love to be considered. I have spent the last four years clearing archive for BBC and Al Jazeera documentaries, including Portuguese and Italian news archives, and I read both languages.\n\nMy CV is attached. I am available from early January and happy to talk at any time.\n\nBest wishes,\nPriya Nair\n",
      "Archive researcher – THE LAST TIDE", folder=".Crew.Applicants"),
)

thread("owed", "The fixer's reply came without In-Reply-To or References (same subject, within days) and asks which language the harbour-master letter must be in.",
    M(ME_W, ZE, "2026-11-10 10:30", "Olá Zé,\n\nPara as filmagens no mar em janeiro precisamos das licenças para embarcar nos barcos da pesca do cerco. Sabes se é a Capitania do Porto de Peniche que trata disso, e quanto tempo demora?\n\nObrigada!\n" + SIG_W,
      "Licenças barcos Peniche", folder=".Crew"),
    M(ZE, ME_W, "2026-11-12 19:52", "Olá Inês,\n\nSim, é a Capitania. Falei com o comandante e ele diz que demora cerca de três semanas. Precisam de uma carta da produção a explicar as filmagens.\n\nA carta tem de ser em português ou pode ser em inglês? Se for em português eu posso ajudar a rever.\n\nAbraço,\nZé\n",
      "Re: Licenças barcos Peniche", folder=".Crew", irt=None, refs=None, quote=False),
)

thread("owed", "Porto/Post/Doc invited me to a panel (their first mail has no Message-ID); I said yes and asked the date; they gave it and ask for a bio and photo.",
    M(PORTOPOST, ME_W, "2026-10-28 14:02", "Cara Inês Marques,\n\nO Porto/Post/Doc gostaria de a convidar para o painel \"Produzir entre países\" durante o festival. Estaria interessada?\n\nCumprimentos,\nA equipa de programação\n",
      "Convite painel Porto/Post/Doc", folder=".Festivals", mid=None),
    M(ME_W, PORTOPOST, "2026-10-28 17:45", "Olá,\n\nMuito obrigada pelo convite, aceito com todo o gosto! Em que dia e a que horas seria o painel?\n\n" + SIG_W,
      "Re: Convite painel Porto/Post/Doc", quote=True),
    M(PPD_PERSON, ME_W, "2026-11-20 11:20", "Cara Inês,\n\nÓtimo! O painel é no dia 5 de dezembro às 15h00, no Rivoli. Pode enviar-nos uma biografia curta (até 600 caracteres) e uma fotografia até quarta-feira?\n\nObrigado,\nDaniel Ribeiro\nPorto/Post/Doc – Programação\n",
      folder=".Festivals"),
)

thread("owed", "My accountant asks for the Q3 receipts for the VAT return (her Date header is malformed); unanswered.",
    M(DEVI, ME_W, "2026-11-26 10:14", "Hi Inês,\n\nThe VAT return for the quarter to 30 September is due on 7 December. I still need the receipts for the Peniche recce (travel, van hire, the fixer's invoice). Could you upload them to the shared folder or send them over by Friday?\n\nThanks,\nDevi\n\n-- \nDevi Shah ACCA\nShah & Co Accounts\n",
      "Q3 VAT – receipts needed", date_raw="Thu, 31 Nov 2026 10:14:07 +0000"),
)

thread("owed", "The BBC Storyville editor (HTML-only mail) wants a 10-minute assembly link by 11 December after my pitch; unanswered.",
    M(ME_W, EMMA, "2026-11-03 09:40", "Dear Emma,\n\nThank you for taking the time to meet at Doc/Fest Exchange. As promised, here is the one-pager and the teaser for THE LAST TIDE (password: sardinha).\n\nBest,\n" + SIG_W,
      "THE LAST TIDE – one-pager and teaser", folder=".Funding"),
    M(EMMA, ME_W, "2026-11-25 13:05", "Dear Inês,\n\nThank you, I watched the teaser with the team this week and we liked the access very much.\n\nBefore we can discuss a pre-buy we would need to see a ten-minute assembly. Could you send us a link by 11 December?\n\nBest wishes,\nEmma\n\nEmma Holt\nCommissioning Editor, Storyville\n",
      folder=".Funding", html_only=True),
)

thread("owed", "The Italian editor writes in Italian, base64-encoded, asking about her start date and whether the edit is in Rome or London.",
    M(CHIARA, ME_W, "2026-11-21 17:33", "Ciao Inês,\n\nho visto il teaser, è bellissimo. Sono molto contenta di poter montare il film.\n\nDue domande: quando pensi che possiamo cominciare, a marzo o ad aprile? E il montaggio sarà a Roma o a Londra? Devo organizzarmi con un altro lavoro.\n\nUn abbraccio,\nChiara\n",
      "Montaggio THE LAST TIDE", folder=".Crew", b64=True, charset="utf-8"),
)

thread("owed", "My coordinator forwards the insurer's request and asks me to send the kit values to the broker myself; unanswered.",
    M(TOM, ME_W, "2026-11-27 11:48", "Inês, Mark at Media Cover needs the replacement values for the camera and sound kit before he can quote the equipment cover. I don't have the numbers for Aoife's own lenses, so could you send them straight to him (cc me)?\n\nT\n\n---------- Forwarded message ---------\nFrom: Mark Hughes <m.hughes@mediacover.example>\nDate: Thu, 26 Nov 2026 at 16:02\nSubject: Equipment insurance – The Last Tide\nTo: Tom Reilly <tom@saltmarshfilms.example>\n\nHi Tom,\n\nTo quote the equipment cover I need a kit list with replacement values, including any owner-operator kit.\n\nRegards,\nMark\n",
      "Fwd: Equipment insurance – The Last Tide", quote=False),
)

thread("owed", "An ARTE commissioning editor's assistant writes on her behalf offering IDFA meeting slots and asks which one suits; unanswered.",
    M(LENA, ME_W, "2026-11-26 14:10", "Dear Ms Marques,\n\nI am writing on behalf of Dr Katrin Albers, who would like to meet you about THE LAST TIDE during the IDFA Forum next week.\n\nShe could offer Thursday 3 December at 10:30 or Friday 4 December at 14:00, at the ARTE stand in De Brakke Grond. Could you let me know which one suits you?\n\nKind regards,\nLena Vogt\nAssistant to Dr Katrin Albers | ARTE Documentaires\n",
      "Meeting request – Dr Albers / THE LAST TIDE", cc=[KATRIN], folder=".Funding"),
)

thread("owed", "A long thread with the co-producer, the editor and the sales agent; the last word is the sales agent asking me by name to choose Berlinale or CPH:DOX.",
    M(MARCO, [ME_W, RUI], "2026-11-04 09:12", "Ciao both,\n\nfor the sales strategy I need to know when a rough cut will exist. Can we fix a timeline?\n\nMarco\n--\nMarco Ferri | Rosso Film Sales | Roma\n",
      "Rough cut timeline", folder=".Festivals"),
    M(RUI, [MARCO, ME_W], "2026-11-04 12:40", "Olá Marco, Inês,\n\nfrom our side the Portuguese footage will be shot by mid-February. Chiara should join the conversation, I add her.\n\nRui\n", cc=[CHIARA], folder=".Festivals"),
    M(CHIARA, [MARCO, RUI, ME_W], "2026-11-05 10:05", "Hi all,\n\nwith ten weeks of editing from March, a rough cut could be ready mid-May, a fine cut end of June.\n\nChiara\n", folder=".Festivals"),
    M(ME_W, [MARCO, RUI, CHIARA], "2026-11-05 15:30", "Thanks Chiara, that works for me. Marco, does a rough cut in May leave you enough time for the autumn festivals?\n\n" + SIG_W),
    M(MARCO, [ME_W, RUI, CHIARA], "2026-11-09 08:55", "Autumn is fine, but I would push for a spring premiere instead. If we aim for CPH:DOX in March 2028 we lose nothing.\n\nMarco\n", folder=".Festivals"),
    M(RUI, [MARCO, ME_W, CHIARA], "2026-11-10 19:20", "I'd rather go earlier, Berlinale Panorama in February 2028, the Portuguese funds like a big premiere.\n\nRui\n", folder=".Festivals"),
    M(MARCO, [ME_W, RUI, CHIARA], "2026-11-23 10:02", "Ok, we go round in circles. Inês, as producer it is your call: Berlinale or CPH:DOX? I need the answer to plan the submissions budget.\n\nMarco\n", folder=".Festivals"),
)

thread("owed", "A distributor wrote to my company's info@ address (which only I read) asking for a screener link; unanswered.",
    M(ANNA, INFO, "2026-11-24 16:45", "Hello,\n\nI'm an acquisitions manager at Northlight Distribution. A colleague saw the work-in-progress of THE LAST TIDE at Doc/Fest Exchange. Could you send me a screener link for the teaser and the current materials? We are building our 2028 slate.\n\nThanks,\nAnna Kessler\nNorthlight Distribution\n",
      "Screener request – THE LAST TIDE"),
)

thread("none", "September availability thread with the sound recordist: I gave him the recce dates and he said thanks; nothing left.",
    M(KWAME, ME_W, "2026-09-03 12:10", "Hi Inês,\n\nJust a heads-up: I'm free most of October and November if you need sound for the recce.\n\nCheers,\nKwame\n", "Availability", folder=".Crew"),
    M(ME_W, KWAME, "2026-09-04 09:15", "Hi Kwame,\n\nGreat timing. We'll need you 14–16 October in Peniche, flights and accommodation on us, usual rate. I'll put you on the call sheet.\n\n" + SIG_W),
    M(KWAME, ME_W, "2026-09-04 10:02", "Brilliant, thanks Inês! See you in Peniche.\n\nK\n", folder=".Crew"),
)

thread("owed", "Same subject as September's thread, more than 30 days later: the sound recordist asks if the January shoot is still on, he must answer another job by Wednesday.",
    M(KWAME, ME_W, "2026-11-20 14:40", "Hi Inês,\n\nAnother production has asked me to hold 11–22 January. Is The Last Tide shoot still on those dates? I'd rather keep them for you, but I need to answer them by Wednesday.\n\nCheers,\nKwame\n", "Availability", folder=".Crew"),
)

thread("owed", "Doc Society asks for the updated budget and the state of match funding; my reply is only an unsent draft.",
    M(HANNAH, ME_W, "2026-11-19 11:30", "Dear Inês,\n\nThe panel meets on 10 December. Could you send me the updated production budget and let me know whether the RTP and Sicily contributions are confirmed or still in discussion? I want to brief the panel accurately.\n\nWarm wishes,\nHannah\n\nHannah Brooke\nFund Manager | Doc Society\n",
      "Panel 10 Dec – updated budget", folder=".Funding"),
    M(ME_W, HANNAH, "2026-11-21 22:40", "Dear Hannah,\n\nThank you. The updated budget is attached. On match funding: RTP has asked\n",
      folder=".Drafts", flags="D"),
)

thread("owed", "A mentor gave me an hour and then a list of contacts; I have not thanked him.",
    M(ME_P, ALAN, "2026-11-16 08:30", "Dear Alan,\n\nLuísa said you might be willing to give a first-time feature producer some advice on co-production treaties. Would you have half an hour for a call this month?\n\nBest,\nInês\n",
      "Advice on co-production treaties"),
    M(ALAN, ME_P, "2026-11-16 13:12", "Dear Inês, of course. Thursday at 4pm, I'll ring you. Alan\n"),
    M(ALAN, ME_P, "2026-11-19 18:05", "Dear Inês,\n\nGood to talk today. As promised, here are the people I mentioned: Ana Raposo at ICA (treaty questions), Filippo Conti at the Italian Ministry's co-production office, and Mette Kjær if you want a Nordic partner. Use my name.\n\nDo let me know how you get on.\n\nAlan\n"),
)

thread("owed", "Doc Society's fund manager introduced me to a Danish co-producer and left us to it; I have not written to either.",
    M(HANNAH, [ME_W, METTE], "2026-11-25 17:20", "Inês, meet Mette Kjær of Nordkyst Film in Skagen, who has co-produced three fishing-community films with DR. Mette, meet Inês Marques, whose THE LAST TIDE I mentioned at Nordisk Panorama.\n\nI think you two should talk; I'll let you take it from here.\n\nHannah\n",
      "Intro: Inês Marques <> Mette Kjær", folder=".Funding"),
)

thread("owed", "A Kickstarter backer wrote to my personal address asking when the backer rewards will arrive; unanswered.",
    M(BACKER, ME_P, "2026-11-28 20:11", "Hello Inês,\n\nI backed THE LAST TIDE in October at the postcard-and-tin level (I love sardines!). Do you know roughly when the rewards will be posted? It's a Christmas present for my brother.\n\nBest wishes,\nHelen Marsh\n",
      "Backer reward question"),
)

thread("owed", "An old RTP colleague asks me in Portuguese to recommend a sound recordist in London (a favour); unanswered.",
    M(LUISA, ME_P, "2026-11-26 22:03", "Olá Inês!\n\nEspero que esteja tudo bem contigo e com o filme. Tenho uma pergunta: vamos filmar três dias em Londres em janeiro para uma série da RTP2 e precisamos de um técnico de som. Conheces alguém de confiança? Se tiveres um contacto, agradecia muito.\n\nBeijinhos,\nLuísa\n",
      "Técnico de som em Londres?", subj_charset="iso-8859-1", charset="iso-8859-1", name_charset="iso-8859-1"),
)

thread("owed", "A recruiter approaches me about a head-of-documentary staff role and asks for a call; unanswered.",
    M(OLIVIA, ME_P, "2026-11-25 10:40", "Hi Inês,\n\nI'm working with an award-winning London production company that is hiring a Head of Documentary (permanent, £85–95k, hybrid). Your work producing cross-border docs stood out to me.\n\nWould you be open to a confidential 15-minute call this week or next? Even if the timing is wrong, I'd love to know what might interest you.\n\nBest,\nOlivia Chen\nFathom Talent\n",
      "Head of Documentary – confidential"),
)

thread("owed", "A co-producer asked me a question; only my own vacation auto-reply went back (Auto-Submitted), which is no answer.",
    M(RUI, ME_W, "2026-11-27 16:30", "Inês,\n\nthe ICA deadline for minority co-productions is 14 December. Do you want me to submit with the current budget, or wait for your revised one? I need to know by Wednesday.\n\nRui\n",
      "ICA minority co-production deadline", folder=".Funding"),
    M(ME_W, RUI, "2026-11-27 16:31", "Thanks for your email. I'm at IDFA in Amsterdam until 5 December with limited access to email. For anything urgent about THE LAST TIDE, please contact Tom Reilly at tom@saltmarshfilms.example.\n\nInês\n",
      "Out of office – Inês Marques (IDFA, back 5 Dec)", quote=False,
      headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")]),
)

thread("owed", "The insurance broker asks for the signed proposal form; his mail sits unread in new/ and only my vacation auto-reply went back.",
    M(MARK_INS, ME_W, "2026-11-30 09:22", "Hi Inês,\n\nTo put production cover in place from 4 January I need the signed proposal form (attached) and confirmation of whether any filming will be at sea. Can you return it this week?\n\nRegards,\nMark Hughes\nAccount Executive | Media Cover Ltd\n",
      "Production insurance – proposal form", unread=True),
    M(ME_W, MARK_INS, "2026-11-30 09:22", "Thanks for your email. I'm at IDFA in Amsterdam until 5 December with limited access to email. For anything urgent about THE LAST TIDE, please contact Tom Reilly at tom@saltmarshfilms.example.\n\nInês\n",
      "Out of office – Inês Marques (IDFA, back 5 Dec)", quote=False,
      headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")]),
)

thread("owed", "Peniche town hall thanks me for the documents but in the same short line asks for the insurance certificate (Portuguese).",
    M(ME_W, MARTA, "2026-11-16 11:00", "Cara Marta,\n\nConforme pedido, seguem em anexo o plano de rodagem e a lista da equipa para a autorização de filmagem no porto de Peniche.\n\nCumprimentos,\n" + SIG_W,
      "Autorização de filmagem – porto de Peniche", folder=".Crew"),
    M(MARTA, ME_W, "2026-11-17 09:48", "Muito obrigada, Inês. Só falta a apólice do seguro de responsabilidade civil – pode enviar?\n\nMarta Silva\nCâmara Municipal de Peniche – Gabinete de Comunicação\n",
      folder=".Crew", name_charset="iso-8859-1"),
)

thread("owed", "A charity client for whom I produce a short film asks for a revised quote with a second shoot day; unanswered.",
    M(ME_W, CHARITY, "2026-11-12 14:00", "Dear Gemma,\n\nPlease find attached our quote for the three-minute film about the Coastwatch volunteers: one shoot day, edit, grade and mix, £6,400 + VAT.\n\nBest,\n" + SIG_W,
      "Coastwatch film – quote"),
    M(CHARITY, ME_W, "2026-11-24 10:15", "Dear Inês,\n\nThanks for this, the trustees liked it. They now wonder whether we could film at two stations instead of one. Could you send a revised quote with a second shoot day, so I can take it to the meeting on the 8th?\n\nMany thanks,\nGemma\n\nGemma Doyle\nCommunications Manager, Coastwatch Trust\n"),
)

thread("owed", "The Sciacca fishing cooperative agrees in Italian to the filming and asks how many of us will come and whether we want to go out at night; unanswered.",
    M(ME_W, GIUSEPPE, "2026-11-06 10:00", "Gentile signor Sanfilippo,\n\nsono la produttrice del documentario THE LAST TIDE. Vorremmo filmare le donne della cooperativa durante la stagione di gennaio. Sarebbe possibile?\n\nGrazie mille,\n" + SIG_W,
      "Riprese con la cooperativa - gennaio", folder=".Crew"),
    M(GIUSEPPE, ME_W, "2026-11-13 20:41", "Gentile Inês,\n\nabbiamo parlato in assemblea e le donne sono d'accordo, con piacere. Però ci serve sapere quante persone sarete sulla barca e se volete uscire anche di notte con la lampara, perché bisogna chiedere al comandante.\n\nCordiali saluti,\nGiuseppe Sanfilippo\nCooperativa Pescatori Sciacca\n",
      folder=".Crew", charset="iso-8859-1", subj_charset="iso-8859-1"),
)


# ---------------------------------------------------------------- awaiting

thread("awaiting", "I asked the BFI funding executive about development-fund eligibility; only an Outlook automatic reply (Auto-Submitted) came back.",
    M(ME_W, RUPERT, "2026-11-23 09:10", "Dear Rupert,\n\nWe are preparing an application to the BFI Doc Society fund, and I have one question first: is a project with a Portuguese majority co-producer still eligible for development funding if the UK share is 40%?\n\nMany thanks,\n" + SIG_W,
      "Eligibility question – UK minority share", folder=".Funding"),
    M(RUPERT, ME_W, "2026-11-23 09:10", "Thank you for your email. I am on leave until Monday 7 December. For urgent matters please contact funding@bfi.example.\n\nRupert Okoye\n",
      "Automatic reply: Eligibility question – UK minority share", folder=".Funding", quote=False, headers=ooo_headers("auto")),
)

thread("awaiting", "I asked the Creative Europe desk about the slate deadline; the only reply is an out-of-office in plain words with no auto-reply headers.",
    M(ME_W, MEDIA, "2026-11-24 15:00", "Hello,\n\nCould you confirm whether the MEDIA Development – Mini-slate call closes on 13 January or 20 January? The guidelines say one thing and the portal another.\n\nThank you,\n" + SIG_W,
      "MEDIA Mini-slate deadline", folder=".Funding"),
    M(MEDIA, ME_W, "2026-11-24 15:02", "Hello,\n\nI am out of the office until 1 December and will have no access to my emails. I will reply to your message on my return.\n\nBest regards,\nCreative Europe Desk UK\n",
      folder=".Funding", quote=False),
)

thread("awaiting", "I asked a Palermo lab for a DCP and subtitle quote; the only answer is an Italian auto-reply ('Risposta automatica', X-Autoreply only).",
    M(ME_W, LAB, "2026-11-20 11:30", "Buongiorno,\n\nwe need a quote for a DCP (2K, 5.1) of a 90-minute documentary and Italian and English subtitles, delivery in June 2027. Could you send me your prices?\n\nGrazie,\n" + SIG_W,
      "Preventivo DCP e sottotitoli"),
    M(LAB, ME_W, "2026-11-20 12:31", "Gentile cliente,\n\ngrazie per averci scritto. I nostri uffici sono chiusi per inventario fino al 30 novembre. Risponderemo alla sua richiesta al più presto.\n\nCinelab Palermo\n",
      "Risposta automatica: Preventivo DCP e sottotitoli", quote=False, headers=ooo_headers("xauto")),
)

thread("awaiting", "I asked the Portuguese national film archive for a licence quote; only a Portuguese out-of-office ('Resposta automática: Ausente') came.",
    M(ME_W, CINEMATECA, "2026-11-18 10:20", "Exmos. Senhores,\n\nGostaríamos de licenciar cerca de 3 minutos de imagens de arquivo da pesca da sardinha em Peniche (anos 50 e 60) para um documentário de longa-metragem, para todos os territórios, 10 anos. Poderiam enviar-nos um orçamento?\n\nCom os melhores cumprimentos,\n" + SIG_W,
      "Pedido de orçamento – imagens de arquivo Peniche"),
    M(CINEMATECA, ME_W, "2026-11-18 10:21", "Estou ausente do escritório até 2 de dezembro, com acesso limitado ao correio eletrónico. Responderei à sua mensagem logo que possível.\n\nArquivo Nacional de Imagens em Movimento\n",
      "Resposta automática: Ausente", quote=False, headers=[("Auto-Submitted", "auto-replied")], subj_charset="iso-8859-1"),
)

thread("awaiting", "I asked the sales agent about a minimum guarantee; he promised to talk to his team and come back by the end of next week.",
    M(ME_W, MARCO, "2026-11-24 09:00", "Ciao Marco,\n\nbefore the Doc Society panel I need to know: would Rosso be ready to offer a minimum guarantee, and roughly what range? Even an indication helps.\n\n" + SIG_W,
      "MG for THE LAST TIDE", folder=".Festivals"),
    M(MARCO, ME_W, "2026-11-25 19:10", "Ciao Inês,\n\ngood question, I need to discuss it with my partners first. Let me talk to the team and I'll come back to you by the end of next week.\n\nMarco\n",
      folder=".Festivals"),
)

thread("awaiting", "I wrote to a streaming executive; his assistant replied that he is travelling and will answer after the 7th.",
    M(ME_W, JON, "2026-11-17 16:00", "Dear Jonathan,\n\nWe met briefly at the Doc/Fest pitch. I'd love to send you the teaser of THE LAST TIDE; would you be the right person at Meridian for a feature documentary about European fishing communities?\n\nBest,\n" + SIG_W,
      "THE LAST TIDE – teaser", folder=".Funding"),
    M(JON_ASST, ME_W, "2026-11-18 09:30", "Hi Inês,\n\nJonathan is travelling for the next few weeks. He has your note and will get back to you after December 7.\n\nBest,\nAlicia Romero\nExecutive Assistant to Jonathan Park\n",
      folder=".Funding", cc=[JON]),
)

thread("awaiting", "My question to a camera operator's old address bounced (Gmail delivery failure); I still need his answer.",
    M(ME_W, OLD_DOP, "2026-11-26 12:00", "Hi Sam,\n\nDo you still have the Ronin 2 and would you rent it to us for two weeks in January? We'd pay the usual rate.\n\n" + SIG_W,
      "Ronin 2 rental in January?", folder=".Crew"),
    M(DAEMON, ME_W, "2026-11-26 12:01", "", "Delivery Status Notification (Failure)", quote=False, raw="bounce"),
)

thread("awaiting", "I sent the composer's agent a contract to sign; only a read receipt came back.",
    M(ME_W, NADIA, "2026-11-20 10:10", "Dear Nadia,\n\nPlease find attached the composer agreement for THE LAST TIDE. Could you ask Lukas to sign and return it by 4 December?\n\nBest,\n" + SIG_W,
      "Composer agreement – signature", folder=".Crew"),
    M(NADIA, ME_W, "2026-11-20 11:02", "", "Read: Composer agreement – signature", quote=False, raw="mdn", folder=".Crew"),
)

thread("awaiting", "After the MeetMarket meeting I thanked the Channel 4 editor, then followed up once asking for news; nothing since.",
    M(ME_W, C4, "2026-10-22 18:30", "Dear Priya,\n\nThank you for meeting me at the MeetMarket. As promised, here is the deck and the teaser link.\n\nBest,\n" + SIG_W,
      "THE LAST TIDE – deck and teaser", folder=".Funding"),
    M(ME_W, C4, "2026-11-12 10:00", "Dear Priya,\n\nJust following up on my note above: have you had a chance to look at the teaser? I'd be glad to hear whether it could fit your slate.\n\nBest,\n" + SIG_W),
)

thread("awaiting", "I forwarded the festival's technical specs to the post house asking whether they can deliver a DCP by 10 December; no answer.",
    M(ME_W, POST, "2026-11-27 15:15", "Hi Ben,\n\nSee the specs below from Festival del Mare. Could you make a DCP of the 25-minute work-in-progress by 10 December, and at what cost?\n\n" + SIG_W +
      "\n---------- Forwarded message ---------\nFrom: Giulia Bernardi <giulia.bernardi@festivaldelmare.example>\nSubject: Technical specifications\n\nDCP 2K flat, 24fps, 5.1 or stereo, English subtitles burnt in.\n",
      "Fwd: Technical specifications – Festival del Mare", quote=False),
)

thread("awaiting", "I answered the Peniche fixer's budget question from work, then sent a further question from my iPhone without threading headers; he has not replied.",
    M(ZE, ME_W, "2026-11-02 18:00", "Olá Inês, para o orçamento: preferes que eu cobre à semana ou ao dia?\nZé\n", "Orçamento fixer", folder=".Crew"),
    M(ME_W, ZE, "2026-11-03 09:00", "Olá Zé, à semana é melhor para nós: 4 semanas em janeiro.\n" + SIG_W),
    M(ME_P, ZE, "2026-11-19 22:14", "Zé, esqueci-me de perguntar: o teu valor semanal inclui o carro, ou o combustível é à parte?\n" + SIG_P,
      "Re: Orçamento fixer", irt=None, refs=None, quote=False),
)

thread("awaiting", "I asked the kit-hire company for a quote (Bcc to my personal address, so the message is also in the inbox and the archive); no answer.",
    M(ME_W, SHIFT, "2026-11-25 11:40", "Hi Dan,\n\nCould you quote for a Sony FX9 package with Cooke Panchro lenses, 11 January – 6 February, shipping to Lisbon? A carnet may be needed.\n\nThanks,\n" + SIG_W,
      "Quote: FX9 package, 11 Jan – 6 Feb", also_in=["", ".Archive"],
      copy_headers=[("Delivered-To", "ines.marques@sapo.example"), ("Received", "from mail-sor-f41.google.example by mx.sapo.example; Wed, 25 Nov 2026 11:40:52 +0000")]),
)

thread("awaiting", "I asked a family office whether they would consider investing in the film; no reply.",
    M(ME_P, ANGEL, "2026-11-10 09:45", "Dear Richard,\n\nThank you for your interest at the screening. I attach the finance plan of THE LAST TIDE: we are looking for £60,000 of private equity to close the budget, recouping alongside the funds. Would you consider an investment, and would a call next week be useful?\n\nBest wishes,\nInês Marques\n",
      "THE LAST TIDE – investment"),
)

thread("awaiting", "I offered the archive researcher role to an applicant and asked him to confirm by Friday; no reply yet.",
    M(DANIEL, ME_W, "2026-11-09 08:10", "Dear Inês,\n\nplease find my application for the archive researcher role attached.\n\nKind regards,\nDaniel Kowalski\n", "Application – archive researcher", folder=".Crew.Applicants"),
    M(ME_W, DANIEL, "2026-11-26 17:00", "Dear Daniel,\n\nThank you for talking to Tom and me last week. I am happy to offer you the archive researcher role: 30 days between January and April at £260 a day. Could you confirm by Friday 4 December whether you accept?\n\nBest,\n" + SIG_W),
)

thread("awaiting", "I asked our media lawyer about clearing the fishermen's songs; a paralegal said she is away and will reply on Monday.",
    M(ME_W, LAWYER, "2026-11-25 10:00", "Dear Sophie,\n\nIn Sciacca the women sing traditional work songs on the boats. Do we need clearances for them, and from whom? Our sales agent asks.\n\nBest,\n" + SIG_W,
      "Clearance question – traditional songs"),
    M(PARALEGAL, ME_W, "2026-11-26 14:30", "Dear Inês,\n\nSophie is in court until Friday. I have passed your question on; she will reply to you on Monday.\n\nKind regards,\nOwen Lutz\nParalegal, Greenleaf Media Law\n"),
)

thread("awaiting", "I sent an invoice and asked for payment by the due date; nothing came back but a delivery-delay notice, which is no answer.",
    M(ME_W, CHARITY, "2026-10-30 16:00", "Dear Gemma,\n\nPlease find attached invoice SMF-0142 for the pre-production work on the Coastwatch film (£1,200 + VAT). Could you let me know when it will be paid? Our terms are 30 days.\n\nBest,\n" + SIG_W,
      "Invoice SMF-0142"),
    M(DAEMON, ME_W, "2026-10-30 20:00", "** Message not delivered yet **\n\nYour message to g.doyle@coastwatch-trust.example has not been delivered yet. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n",
      "Delivery Status Notification (Delay)", quote=False, headers=[("Auto-Submitted", "auto-replied")]),
)


# ---------------------------------------------------------------- none: lists, bulk, machines

thread("none", "A post on the documentary makers' mailing list (List-Id, List-Unsubscribe) asking the list for recommendations; not to me.",
    M(DWORD, DWORD_LIST, "2026-11-23 12:02", "Hi all,\n\nDoes anyone have a good drone operator with a CAA licence in the north of Scotland? Shooting in March.\n\nThanks,\nRuth\n\n--\nYou received this message because you are subscribed to the docmakers-uk group.\nTo unsubscribe, email docmakers-uk+unsubscribe@lists.docmakers.example\n",
      "[docmakers-uk] Drone operator, north Scotland?",
      headers=list_headers("<docmakers-uk.lists.docmakers.example>", "<mailto:docmakers-uk+unsubscribe@lists.docmakers.example>", "list")
      + [("Mailing-list", "list docmakers-uk@lists.docmakers.example; contact docmakers-uk+owners@lists.docmakers.example")]),
)

thread("none", "Festival newsletter with List-Unsubscribe; bulk mail.",
    M(DOCFEST, ME_W, "2026-11-19 08:00", "Sheffield DocFest 2027: submissions are open!\n\nEarly-bird deadline 15 December. Plus: our new Alternate Realities commission and the MeetMarket call.\n\nUnsubscribe | Manage preferences\n",
      "Submissions are open – early-bird ends 15 December", folder=".Festivals",
      headers=list_headers("", "<https://sheffdocfest.example/u/abc123>, <mailto:unsub@sheffdocfest.example>")
      + [("X-Mailgun-Tag", "newsletter")]),
)

thread("none", "A festival's call for entries sent from a plain Gmail address to a hidden list ('Dear filmmaker'), no list headers; bulk mail that asks me nothing personally.",
    M(CALLFOR, [], "2026-11-16 10:30", "Dear filmmaker,\n\nThe 5th Festival Internacional de Cine del Mar (Cádiz, 12–18 April 2027) is now accepting submissions of documentaries about the sea and coastal life. Submission is free until 31 January through our website.\n\nWe hope to see your film!\n\nFestival team\n",
      "Call for entries – FIMAR 2027", to_raw="undisclosed-recipients:;", folder=".Festivals"),
)

thread("none", "The kit-hire company's monthly offers with Precedence: bulk; bulk mail.",
    M(SHIFT_NEWS, ME_W, "2026-11-02 07:30", "November at Shift: 20% off all lighting packages booked before 15 December. New in: the Sony Burano.\n\nYou are receiving this because you hired from us. Unsubscribe.\n",
      "20% off lighting – and the Burano is here",
      headers=[("Precedence", "bulk"), ("X-Campaign", "nov-offers")]),
)

thread("none", "The BFI funding portal's automatic receipt (no-reply, Auto-Submitted: auto-generated); nothing to answer.",
    M(BFI_PORTAL, ME_W, "2026-10-15 14:22", "Dear Inês Marques,\n\nThank you for submitting your application DEV-2026-0871 (THE LAST TIDE) to the BFI Doc Society Fund. You will hear from us within 8 weeks.\n\nThis is an automated message; please do not reply.\n",
      "Application received – DEV-2026-0871", folder=".Funding",
      headers=[("Auto-Submitted", "auto-generated")]),
)

thread("none", "Job-board notification of new crew jobs; automatic.",
    M(MANDY, ME_P, "2026-11-22 06:00", "12 new jobs match your profile: Producer, Documentary\n\nLine producer – natural history series (Bristol)\nProducer – feature documentary (London)\n...\n\nView all jobs on Mandy.\n",
      "12 new jobs for Producer, Documentary",
      headers=list_headers("", "<https://mandy.example/unsubscribe?u=8812>")),
)

thread("none", "ProductionBase alert with no list headers; a machine's notice.",
    M(PRODBASE, ME_W, "2026-11-24 07:15", "New crew profiles matching your search 'archive researcher, Portuguese':\n\n3 new profiles this week. Log in to ProductionBase to view them.\n",
      "Your saved search: 3 new profiles"),
)

thread("none", "LinkedIn notification that someone viewed my profile; automatic.",
    M(LINKEDIN, ME_P, "2026-11-25 18:40", "Your profile was viewed by 14 people this week, including a Head of Development at Hartwell Pictures.\n\nSee all views\n",
      "You appeared in 27 searches this week",
      headers=list_headers("", "<https://www.linkedin.example/e/v2?e=unsub>")),
)

thread("none", "LinkedIn's copy of a message from the sales agent, from a no-reply address; the conversation lives on LinkedIn and he also writes to me by mail.",
    M(LINKEDIN_MSG, ME_P, "2026-11-21 09:30", "Marco Ferri sent you a message\n\n\"Ciao Inês, great to connect here too!\"\n\nReply on LinkedIn\n",
      "Marco sent you a new message",
      headers=list_headers("", "<https://www.linkedin.example/e/v2?e=unsub2>")),
)

thread("none", "Kickstarter's automatic 'you have a new backer' notice; no-reply.",
    M(KICKSTARTER, ME_W, "2026-10-20 13:00", "You have a new backer!\n\nHelen Marsh pledged £35 to THE LAST TIDE.\n\nThis is an automated message from Kickstarter.\n",
      "New backer for THE LAST TIDE", headers=[("Auto-Submitted", "auto-generated")]),
)

thread("none", "A courier's dispatch notification from a no-reply address (the Date header is missing).",
    M(DHL, ME_W, "2026-11-12 07:45", "Your shipment 4471 2290 18 from Shift Kit Hire is on its way and will arrive on 13 November.\n\nPlease do not reply to this email.\n",
      "Your DHL shipment is on its way", date_raw=""),
)

thread("none", "An award scam: 'selected' for a laurel, pay a fee; no reply owed.",
    M(SCAM, ME_W, "2026-11-18 03:14", "CONGRATULATIONS!\n\nYour film THE LAST TIDE has been OFFICIALLY SELECTED by the Golden Reel Independent Awards jury. To receive your laurels and certificate, please pay the $120 processing fee within 48 hours via the link below. Offer expires soon!\n\nSelection Committee\n",
      "OFFICIAL SELECTION – Golden Reel Independent Awards 2026"),
)

thread("none", "A Frame.io support ticket: automatic receipt, then the agent solved my problem completely and closed it.",
    M(ME_W, FRAMEIO, "2026-11-10 12:00", "Hello,\n\nOur review links for the project 'THE LAST TIDE – teaser' show 'access denied' to external viewers even with a password. Can you help?\n\n" + SIG_W,
      "Review links show access denied"),
    M(FRAMEIO, ME_W, "2026-11-10 12:00", "Hi Inês,\n\nThanks for reaching out. Your request (#558812) has been received and a member of our team will reply shortly.\n\nThe Frame.io team\n",
      "[Frame.io] Re: Review links show access denied", quote=False,
      headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
    M(FRAMEIO_AGENT, ME_W, "2026-11-10 16:25", "Hi Inês,\n\nThe links were set to 'team only' at the project level, which overrides link passwords. I've switched the project to 'anyone with the link'; your existing links now work. I've marked this ticket as solved.\n\nKenji\nFrame.io Support\n",
      "[Frame.io] Re: Review links show access denied"),
)


# ---------------------------------------------------------------- none: Cc, courtesy, closed

thread("none", "My coordinator writes to the DOP about call times with me only in Cc; nobody asks me anything.",
    M(TOM, AOIFE, "2026-11-24 13:20", "Hi Aoife,\n\nFor the recce on 8 December: van pickup at the Lisbon kit house at 07:00, arrive Peniche 09:00. I've booked the Residencial Maré for two nights.\n\nTom\n",
      "Recce 8 Dec – logistics", cc=[ME_W], folder=".Crew"),
    M(AOIFE, TOM, "2026-11-24 14:05", "Perfect, thanks Tom.\n\nAoife\n", cc=[ME_W], folder=".Crew"),
)

thread("none", "I sent the sound recordist the call sheet; his last word is 'Thanks, Inês!'.",
    M(ME_W, KWAME, "2026-10-09 17:00", "Hi Kwame,\n\nAttached: call sheet and travel for the recce, 14–16 October. Flight TP1351 on the 13th.\n\n" + SIG_W,
      "Call sheet – recce Peniche"),
    M(KWAME, ME_W, "2026-10-09 17:40", "Thanks, Inês!\n", folder=".Crew"),
)

thread("none", "My accountant answered my question on expenses fully; my last word is a short thank-you.",
    M(ME_W, DEVI, "2026-10-05 10:00", "Hi Devi,\n\nCan I claim the Lisbon flights for the co-production meeting as a company expense, even though I stayed on two days with family?\n\n" + SIG_W,
      "Lisbon flights – expense?"),
    M(DEVI, ME_W, "2026-10-05 15:30", "Hi Inês,\n\nYes: the trip's main purpose was business, so the flights are fully claimable. The two extra nights' accommodation and meals are not.\n\nDevi\n"),
    M(ME_W, DEVI, "2026-10-05 16:02", "Perfect, thank you!\n" + SIG_S),
)

thread("none", "The Peniche fish-market contact answers my thanks with 'Obrigada!'; nothing more.",
    M(ME_W, MARTA, "2026-10-20 09:00", "Cara Marta,\n\nMuito obrigada pela ajuda durante a visita ao porto na semana passada. A equipa ficou encantada.\n\n" + SIG_W,
      "Obrigada pela visita ao porto"),
    M(MARTA, ME_W, "2026-10-20 11:15", "Obrigada, Inês! Até janeiro.\n\nMarta\n"),
)

thread("none", "A composer proposed to score the film; I declined clearly ('I'll pass this time, thank you').",
    M(LUKAS, ME_W, "2026-11-05 20:10", "Dear Inês,\n\nI saw the teaser of THE LAST TIDE and would love to compose the score. I work with field recordings and small acoustic ensembles; my showreel is below. Would you consider me?\n\nBest regards,\nLukas Weber\n",
      "Score for THE LAST TIDE"),
    M(ME_W, LUKAS, "2026-11-06 09:30", "Dear Lukas,\n\nThank you for thinking of the film, and for the showreel. I'll pass this time: we already have a composer attached. Good luck with your next projects.\n\n" + SIG_W),
)

thread("none", "A Sicilian production-services company offered its services; I declined in Italian ('per ora non ne abbiamo bisogno').",
    M(P("Trinacria Service", "info@trinacriaservice.example", "webmail", "cet", "it"), ME_W, "2026-11-08 11:00",
      "Gentile produttrice,\n\nabbiamo saputo che girerete a Sciacca. Offriamo servizi completi: mezzi, permessi, catering, troupe locale. Possiamo inviarle un preventivo?\n\nCordiali saluti,\nTrinacria Service srl\n",
      "Servizi di produzione in Sicilia"),
    M(ME_W, P("Trinacria Service", "info@trinacriaservice.example", "webmail", "cet", "it"), "2026-11-09 10:00",
      "Buongiorno,\n\ngrazie mille per la proposta, ma per ora non ne abbiamo bisogno: lavoriamo già con un fixer locale. Cordiali saluti,\n" + SIG_W),
)

thread("none", "Channel 4's specialist factual editor answered my pitch with a clear no.",
    M(ME_W, P("Tom Hadley", "thadley@channel4.example", "outlook"), "2026-10-01 10:00",
      "Dear Tom,\n\nI'd like to pitch THE LAST TIDE for your specialist factual slot; the one-pager is attached. Would it be of interest?\n\n" + SIG_W,
      "Pitch: THE LAST TIDE", folder=".Funding"),
    M(P("Tom Hadley", "thadley@channel4.example", "outlook"), ME_W, "2026-10-14 16:40",
      "Dear Inês,\n\nThanks for sending this. It's a lovely project, but it isn't one we can take forward: our slot needs UK stories, and we're fully committed until 2028. Best of luck with it.\n\nTom\n",
      folder=".Funding"),
)

thread("none", "A Portuguese foundation turned down my grant application (their clear no, in Portuguese).",
    M(ME_W, GULB, "2026-09-15 12:00", "Cara Dra. Teresa Aguiar,\n\nSubmetemos hoje a candidatura de A Última Maré ao programa de apoio ao documentário. Fico ao dispor para qualquer esclarecimento.\n\nCumprimentos,\n" + SIG_W,
      "Candidatura: A Última Maré", folder=".Funding"),
    M(GULB, ME_W, "2026-11-06 15:10", "Cara Inês Marques,\n\nLamentamos informar que a candidatura de A Última Maré não foi selecionada nesta edição. O júri recebeu 184 candidaturas para 9 apoios. Desejamos o maior sucesso para o projeto.\n\nCom os melhores cumprimentos,\nTeresa Aguiar\nPrograma Gulbenkian de Cinema – Fundação Atlântica\n",
      folder=".Funding", subj_charset="iso-8859-1"),
)

thread("none", "An applicant asked about the role's dates; my coordinator answered her fully on my behalf, with me in Cc, and she thanked him.",
    M(FATIMA, ME_W, "2026-11-16 19:20", "Dear Inês,\n\nbefore I apply for the archive researcher role: are the 30 days spread over January to April, and can part of the work be done remotely from Marseille?\n\nThank you,\nFatima Haddad\n",
      "Question about the archive researcher role", folder=".Crew.Applicants"),
    M(TOM, FATIMA, "2026-11-17 10:05", "Hi Fatima,\n\nI'm the production coordinator and answer on Inês's behalf. Yes: the days are spread January to April, and apart from four days at the Lisbon archive everything can be done remotely. The deadline to apply is 30 November.\n\nBest,\nTom\n",
      cc=[ME_W]),
    M(FATIMA, TOM, "2026-11-17 11:12", "Thank you Tom, that's very clear.\n\nFatima\n", cc=[ME_W], folder=".Crew.Applicants"),
)

thread("none", "The co-producer's Google Calendar invitation to a sync call; I accepted it with the calendar button.",
    M(RUI, ME_W, "2026-11-20 10:00", "", "Invitation: Sync THE LAST TIDE @ Tue 1 Dec 2026 15:00 - 16:00 (WET) (ines@saltmarshfilms.example)",
      quote=False, raw="ics:REQUEST"),
    M(ME_W, RUI, "2026-11-20 10:30", "", "Accepted: Sync THE LAST TIDE @ Tue 1 Dec 2026 15:00 - 16:00 (WET) (rui@mareproducoes.example)",
      quote=False, raw="ics:REPLY"),
)

thread("none", "The DOP's calendar acceptance of my recce invitation; a calendar notice, nothing awaited.",
    M(ME_W, AOIFE, "2026-11-18 12:00", "", "Invitation: Recce Peniche @ Tue 8 Dec 2026 - Thu 10 Dec 2026 (aoife@aoifebrennan-dop.example)",
      quote=False, raw="ics:REQUEST", folder=".Sent"),
    M(AOIFE, ME_W, "2026-11-18 13:10", "", "Accepted: Recce Peniche @ Tue 8 Dec 2026 - Thu 10 Dec 2026 (ines@saltmarshfilms.example)",
      quote=False, raw="ics:REPLY", folder=".Crew"),
)

thread("none", "A pitch to a second investor that I drafted and never sent (only in Drafts); nothing is awaited.",
    M(ME_W, P("Catherine Lowe", "catherine@lowefoundation.example", "outlook"), "2026-11-29 23:10",
      "Dear Catherine,\n\nI hope you don't mind me writing out of the blue. THE LAST TIDE is\n",
      "THE LAST TIDE – a question", folder=".Drafts", flags="D"),
)

thread("none", "I mailed the budget spreadsheet from my work address to my personal one; mail between my own addresses.",
    M(ME_W, ME_P, "2026-11-22 18:00", "budget v7 for the iPad\n", "budget v7", also_in=[""]),
)

thread("none", "My crowdfunding announcement to friends in Bcc ('Dear all'); the only reply is someone's out-of-office.",
    M(ME_P, [], "2026-10-12 09:00", "Dear all,\n\nAfter two years of research, THE LAST TIDE is live on Kickstarter! It's the story of the women who keep the sardine fishery alive in Peniche and Sciacca. If you can share the link, that's already a huge help.\n\nWith love and thanks,\nInês\n",
      "THE LAST TIDE is live on Kickstarter!", to_raw="undisclosed-recipients:;"),
    M(P("Paul Dennison", "paul.dennison@ucl.example", "outlook"), ME_P, "2026-10-12 09:01",
      "I am on research leave until 31 October and checking email only occasionally.\n\nPaul Dennison\n",
      "Automatic reply: THE LAST TIDE is live on Kickstarter!", quote=False, headers=ooo_headers("auto")),
)

thread("none", "My coordinator's day-one notes to the crew@ group alias (which includes me); an announcement, nothing asked of me.",
    M(TOM, CREW, "2026-11-27 17:30", "Hi all,\n\nDraft schedule for the January shoot is in the shared drive. Flights are booked; you'll get your tickets on Monday. No action needed for now.\n\nTom\n",
      "January shoot – draft schedule",
      headers=[("List-Id", "<crew.saltmarshfilms.example>"), ("Mailing-list", "list crew@saltmarshfilms.example"),
               ("Precedence", "list")], folder=".Crew"),
)

thread("none", "My thank-you note to the Porto hotel manager bounced; a thank-you asks nothing, so nothing is awaited.",
    M(ME_W, P("Carla Pinto", "carla@casadoribeiro.example", "webmail", "pt", "pt"), "2026-10-19 10:00",
      "Cara Carla,\n\nMuito obrigada pela hospitalidade durante a semana da rodagem. Voltaremos com certeza!\n\n" + SIG_W,
      "Obrigada!"),
    M(DAEMON, ME_W, "2026-10-19 09:01", "", "Delivery Status Notification (Failure)", quote=False, raw="bounce"),
)

thread("none", "I thanked my co-producer for dinner in Porto (asking nothing); only his auto-reply came back.",
    M(ME_W, RUI, "2026-10-16 08:00", "Rui, obrigada pelo jantar ontem, foi ótimo conhecer a Ana. Até breve!\n" + SIG_S,
      "Jantar"),
    M(RUI, ME_W, "2026-10-16 08:00", "Estou fora até 19 de outubro. / I'm away until 19 October.\n\nRui\n",
      "Ausência: Jantar", quote=False, headers=ooo_headers("auto")),
)

thread("none", "The DOP's question on frame rate, which I answered fully; her message is also filed in the Archive folder (a duplicate).",
    M(AOIFE, ME_W, "2026-10-28 09:10", "Hi Inês, quick check for the recce tests: are we shooting 25p for the whole film, or 24p because of the Italian co-pro?\n\nAoife\n",
      "Frame rate", also_in=[".Archive"]),
    M(ME_W, AOIFE, "2026-10-28 11:30", "Hi Aoife, 25p throughout: the Italian partner is fine with it and it suits RTP and the BBC. No need for 24p tests.\n\n" + SIG_W),
)

thread("none", "A long thread among the co-producer, the coordinator, the fixer and me about the van; the coordinator answered the last question for us.",
    M(RUI, [ME_W, TOM], "2026-11-05 09:00", "Who is booking the van for January, us in Porto or you in London?\n\nRui\n", "Van for January", cc=[ZE]),
    M(ZE, [RUI, ME_W, TOM], "2026-11-05 12:00", "Posso falar com o meu primo, ele aluga carrinhas em Peniche.\n\nZé\n", "Re: Van for January"),
    M(ME_W, [RUI, ZE, TOM], "2026-11-05 14:00", "Great idea. Tom, can you sort it out with Zé's cousin?\n\n" + SIG_W),
    M(RUI, [ME_W, ZE, TOM], "2026-11-06 10:00", "Fine by me. Tom, do you need the Portuguese VAT number for the booking?\n\nRui\n"),
    M(TOM, [RUI, ME_W, ZE], "2026-11-06 11:40", "No, the booking is on Salt Marsh's account, so our UK details are enough. It's booked: 9-seater, 10 Jan – 7 Feb, pick-up in Peniche.\n\nTom\n"),
)

thread("none", "The Doc Society fund manager promised the panel guidelines, sent them, and I thanked her.",
    M(ME_W, HANNAH, "2026-10-02 10:00", "Dear Hannah,\n\nCould you send me the guidelines for the December panel when they are out?\n\n" + SIG_W, "December panel guidelines"),
    M(HANNAH, ME_W, "2026-10-02 12:00", "Of course, they'll be published next week and I'll send them straight over.\n\nHannah\n"),
    M(HANNAH, ME_W, "2026-10-09 09:30", "Dear Inês, here they are, attached. Hannah\n"),
    M(ME_W, HANNAH, "2026-10-09 10:10", "Thank you so much, Hannah!\n" + SIG_S),
)

thread("none", "Doc Society's FYI that a date moved, saying no reply is needed.",
    M(HANNAH, [ME_W], "2026-11-12 17:00", "Dear Inês,\n\nJust so you know: the panel has moved from 3 to 10 December. Nothing changes for your application and there's no need to reply.\n\nHannah\n",
      "FYI – panel date", folder=".Funding"),
)

thread("none", "The broker answered my question about drone cover in full and asked nothing back.",
    M(ME_W, MARK_INS, "2026-09-22 10:00", "Hi Mark,\n\nDoes your production policy cover a drone operated by a licensed subcontractor, or does the operator need his own cover?\n\n" + SIG_W,
      "Drone cover"),
    M(MARK_INS, ME_W, "2026-09-22 15:20", "Hi Inês,\n\nThe operator needs his own aviation liability cover (minimum £5m); our policy then covers your production's contingent liability at no extra premium.\n\nRegards,\nMark\n"),
)

thread("none", "The editor asked the aspect ratio back in October; I answered fully and nothing more was asked.",
    M(CHIARA, ME_W, "2026-10-07 18:00", "Ciao Inês, una domanda veloce: in che formato girate? 16:9 o 2.39?\n\nChiara\n", "Formato",
      folder=".Crew"),
    M(ME_W, CHIARA, "2026-10-08 09:00", "Ciao Chiara, 2.39:1, in 4K on the FX9, 25p. The teaser is in the same format.\n\n" + SIG_W),
)


# ---------------------------------------------------------------- write

CAL = {
    "Sync THE LAST TIDE": ("20261201T150000Z", "20261201T160000Z", "rui@mareproducoes.example", "ines@saltmarshfilms.example"),
    "Recce Peniche": ("20261208T090000Z", "20261210T180000Z", "ines@saltmarshfilms.example", "aoife@aoifebrennan-dop.example"),
}


def prepare(msg: M, prev: list[M], key: str) -> None:
    """Build the bodies only a machine writes: bounces, read receipts, calendar mail."""
    if msg.raw == "bounce":
        orig = prev[-1]
        msg.headers, msg.raw = bounce_raw(key, addr(orig.frm), orig.to[0].addr, orig.mid, orig.subject, rfc_date(orig))
    elif msg.raw == "mdn":
        orig = prev[-1]
        msg.headers, msg.raw = mdn_raw(key, msg.frm.addr, orig.mid, orig.subject)
        msg.raw = msg.raw.replace("{when}", msg.at.strftime("%d/%m/%Y %H:%M"))
    elif msg.raw and msg.raw.startswith("ics:"):
        method = msg.raw[4:]
        summary = next(k for k in CAL if k in msg.subject)
        start, end, organizer, attendee = CAL[summary]
        if method == "REQUEST":
            text = (f"You have been invited to the following event.\n\n{summary}\nWhen: {msg.subject.split('@', 1)[1].rsplit(' (', 1)[0].strip()}\n"
                    f"Organizer: {organizer}\n\nGoing ({attendee})?   Yes - Maybe - No    more options »\n\n"
                    "Invitation from Google Calendar\n")
            msg.headers, msg.raw = ics_raw(key, method, summary, start, end, organizer, attendee, text)
            msg.headers.append(("Sender", "Google Calendar <calendar-notification@google.example>"))
            msg.reply_to = msg.frm
        else:
            text = f"{msg.frm.name} has accepted this invitation.\n\n{summary}\n\nInvitation from Google Calendar\n"
            msg.headers, msg.raw = ics_raw(key, method, summary, start, end, organizer, msg.frm.addr, text, "ACCEPTED")


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
            prepare(msg, done, f"{tid}.{i}")
            data = render(msg, i, done, tid)
            done.append(msg)
            head, body = data.split(b"\n\n", 1)
            for folder in [msg.folder, *msg.also_in]:
                counter += 1
                blob = data
                if folder != msg.folder:  # the copy delivered to me: delivery headers on top
                    extra = "".join(f"{k}: {v}\n" for k, v in msg.copy_headers).encode()
                    blob = extra + head + b"\n\n" + body
                name = f"{int(msg.at.timestamp())}.M{counter:03d}P{4200 + counter}.{HOST}"
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
        '# Independent labelled corpus #6 (written blind). "me" = Inês Marques, a London-based freelance',
        "# documentary producer (Salt Marsh Films Ltd) raising funds for a Portuguese-Italian-UK feature",
        "# documentary and hiring its crew. Work address (Google Workspace) and personal address (SAPO, iPhone).",
        f'me = ["{ME[0]}", "{ME[1]}"]',
        f'now = "{NOW}"',
    ]
    for root, expect, why in labels:
        out += ["", "[[thread]]", f'root = "{root}"', f'expect = "{expect}"',
                'why = "' + why.replace("\\", "\\\\").replace('"', '\\"') + '"']
    (HERE / "labels.toml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
